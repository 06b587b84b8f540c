import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { newFakeBlob } from './blob';
import { MailQuota, SEND_MAIL_SCOPE, createGmailApp, createMailApp, parseAddressList, type SentMail } from './mail';

const JAKARTA_0900 = Date.UTC(2026, 10, 28, 2, 0, 0);

function setup(options: { mailQuota?: number; scopes?: string[] } = {}) {
  const state = new EmulatorState({ now: JAKARTA_0900, mailQuota: options.mailQuota });
  const outbox: SentMail[] = [];
  const quota = new MailQuota(state);
  return {
    state, outbox,
    mailApp: createMailApp(state, outbox, quota, options.scopes),
    gmailApp: createGmailApp(state, outbox, quota, options.scopes),
  };
}

describe('MailApp.sendEmail', () => {
  it('puts the warehouse packing list in the outbox and returns undefined', () => {
    const { mailApp, outbox, state } = setup();

    const result = state.runExecution({ mode: 'menu' }, () => mailApp.sendEmail('gudang@toko.test', 'Packing TK-0001', 'Kaos merah x2'));

    expect(result).toBeUndefined();
    expect(outbox).toEqual([expect.objectContaining({
      service: 'MailApp', to: 'gudang@toko.test', subject: 'Packing TK-0001', body: 'Kaos merah x2',
      sentAt: JAKARTA_0900, sender: 'owner@toko.test', recipients: ['gudang@toko.test'],
    })]);
  });

  it('captures htmlBody, name, replyTo, cc, bcc and attachments, but not from', () => {
    const { mailApp, outbox } = setup();
    const invoice = newFakeBlob(Buffer.from('a,b\n1,2'), 'text/csv', 'laporan.csv');

    mailApp.sendEmail('owner@toko.test', 'Laporan', 'teks', {
      htmlBody: '<b>Laporan</b>', name: 'Toko Bunga', replyTo: 'cs@toko.test', cc: 'keuangan@toko.test',
      bcc: 'arsip@toko.test', attachments: [invoice], from: 'alias@toko.test',
    } as GoogleAppsScript.Mail.MailAdvancedParameters);

    const [mail] = outbox;
    expect(mail).toMatchObject({ htmlBody: '<b>Laporan</b>', name: 'Toko Bunga', replyTo: 'cs@toko.test', cc: 'keuangan@toko.test', bcc: 'arsip@toko.test' });
    expect(mail.from).toBeUndefined();
    expect(mail.attachments).toEqual([{ name: 'laporan.csv', contentType: 'text/csv', bytes: Buffer.from('a,b\n1,2') }]);
  });

  it('accepts the message-object overload and the (to, replyTo, subject, body) overload', () => {
    const { mailApp, outbox } = setup();

    mailApp.sendEmail({ to: 'a@toko.test', subject: 'S1', htmlBody: '<p>x</p>' });
    mailApp.sendEmail('b@toko.test', 'reply@toko.test', 'S2', 'body 2');

    expect(outbox[0]).toMatchObject({ to: 'a@toko.test', subject: 'S1', body: '', htmlBody: '<p>x</p>' });
    expect(outbox[1]).toMatchObject({ to: 'b@toko.test', replyTo: 'reply@toko.test', subject: 'S2', body: 'body 2' });
  });

  it('spends one quota unit per to, cc and bcc recipient', () => {
    const { mailApp } = setup();

    mailApp.sendEmail('a@toko.test, b@toko.test', 'S', 'B', { cc: 'c@toko.test', bcc: 'd@toko.test' });

    expect(mailApp.getRemainingDailyQuota()).toBe(96);
  });

  // https://developers.google.com/apps-script/guides/services/quotas: "Quotas are per user and reset 24
  // hours after the first request."
  it('refuses to send at zero quota with Apps Script\'s text; the quota refills 24 hours after the first send, not at midnight', () => {
    const { mailApp, state, outbox } = setup({ mailQuota: 1 });
    mailApp.sendEmail('a@toko.test', 'S', 'B');

    expectException(() => mailApp.sendEmail('b@toko.test', 'S', 'B'), 'Service invoked too many times for one day: email.');
    expect(outbox).toHaveLength(1);

    state.setNow(Date.UTC(2026, 10, 28, 17, 0, 0)); // 00:00 WIB on 29 Nov: midnight refills nothing
    expect(mailApp.getRemainingDailyQuota()).toBe(0);
    state.setNow(JAKARTA_0900 + 24 * 3600 * 1000 - 1);
    expect(mailApp.getRemainingDailyQuota()).toBe(0);
    state.setNow(JAKARTA_0900 + 24 * 3600 * 1000);
    expect(mailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('each user has their own quota: CS sending from a menu spends CS\'s recipients, not the owner\'s', () => {
    const { mailApp, state, outbox } = setup({ mailQuota: 3 });
    const asUser = <T>(user: string, body: () => T) => state.runExecution({ mode: 'menu', user }, body);

    asUser('cs@toko.test', () => mailApp.sendEmail('a@toko.test, b@toko.test', 'S', 'B'));

    expect(asUser('cs@toko.test', () => mailApp.getRemainingDailyQuota())).toBe(1);
    expect(asUser('owner@toko.test', () => mailApp.getRemainingDailyQuota())).toBe(3);
    expect(outbox[0].sender).toBe('cs@toko.test');
  });

  it('a clock trigger sends from the account of the user who installed it and spends that user\'s quota', () => {
    const { mailApp, state, outbox } = setup({ mailQuota: 5 });

    state.runExecution({ mode: 'time-trigger', user: 'keuangan@toko.test' }, () => mailApp.sendEmail('owner@toko.test', 'Laporan', 'B'));

    expect(outbox[0].sender).toBe('keuangan@toko.test');
    expect(state.runExecution({ mode: 'menu', user: 'keuangan@toko.test' }, () => mailApp.getRemainingDailyQuota())).toBe(4);
    expect(state.runExecution({ mode: 'menu', user: 'owner@toko.test' }, () => mailApp.getRemainingDailyQuota())).toBe(5);
  });

  // https://developers.google.com/apps-script/guides/services/quotas (Current limitations): email body
  // size 200 KB per message for consumer accounts.
  it('refuses a message whose body is over 200 KB with "Limit Exceeded: Email Body Size." and spends nothing', () => {
    const { mailApp, outbox } = setup();

    expectException(() => mailApp.sendEmail('a@toko.test', 'Laporan', 'x'.repeat(200 * 1024 + 1)), 'Limit Exceeded: Email Body Size.');
    expectException(() => mailApp.sendEmail({ to: 'a@toko.test', subject: 'Laporan', body: 'x'.repeat(100 * 1024), htmlBody: 'y'.repeat(100 * 1024 + 1) }), 'Limit Exceeded: Email Body Size.');
    mailApp.sendEmail('a@toko.test', 'Laporan', 'x'.repeat(200 * 1024));

    expect(outbox).toHaveLength(1);
    expect(mailApp.getRemainingDailyQuota()).toBe(99);
  });

  it('a consumer account starts the day with 100 recipients; a Workspace quota is set per runtime', () => {
    expect(setup().mailApp.getRemainingDailyQuota()).toBe(100);
    expect(setup({ mailQuota: 1500 }).mailApp.getRemainingDailyQuota()).toBe(1500);
  });

  it('refuses more than 50 recipients in one message, counting to, cc and bcc, and spends nothing', () => {
    const { mailApp, outbox } = setup({ mailQuota: 1500 });
    const addresses = (n: number, domain: string) => Array.from({ length: n }, (_, i) => `p${i}@${domain}`).join(',');

    expectException(
      () => mailApp.sendEmail(addresses(40, 'toko.test'), 'Promo', 'B', { cc: addresses(10, 'cc.test'), bcc: 'arsip@toko.test' }),
      'Limit Exceeded: Email Recipients Per Message.',
    );
    mailApp.sendEmail(addresses(40, 'toko.test'), 'Promo', 'B', { cc: addresses(10, 'cc.test') });

    expect(outbox).toHaveLength(1);
    expect(mailApp.getRemainingDailyQuota()).toBe(1450);
  });

  it('rejects a bad address with "Invalid email: <addr>" and sends nothing', () => {
    const { mailApp, outbox } = setup();

    expectException(() => mailApp.sendEmail('pembeli@toko.test, bukan-email', 'S', 'B'), 'Invalid email: bukan-email');
    expect(outbox).toHaveLength(0);
  });

  it('errors are Exceptions as Apps Script names them', () => {
    const { mailApp } = setup();

    let caught: unknown;
    try { mailApp.sendEmail('x', 'S', 'B'); } catch (error) { caught = error; }

    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('Exception');
  });

  it('in a simple trigger (onEdit) refuses with the documented permission text', () => {
    const { mailApp, state } = setup();

    expectException(() => state.runExecution({ mode: 'simple-trigger' }, () => mailApp.sendEmail('a@toko.test', 'S', 'B')),
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('refuses when the manifest lacks the send_mail scope', () => {
    const { mailApp } = setup({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });

    expectException(() => mailApp.sendEmail('a@toko.test', 'S', 'B'), `You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND_MAIL_SCOPE}`);
  });

  it('counts each send as a service call', () => {
    const { mailApp, state } = setup();

    mailApp.sendEmail('a@toko.test', 'S', 'B');

    expect(state.callCounts().byMethod['MailApp.sendEmail']).toBe(1);
  });
});

describe('GmailApp.sendEmail', () => {
  it('returns GmailApp for chaining and records from', () => {
    const { gmailApp, outbox } = setup();

    const result = gmailApp.sendEmail('gudang@toko.test', 'Packing', 'isi', { from: 'toko@toko.test', name: 'Toko' });

    expect(result).toBe(gmailApp);
    expect(outbox[0]).toMatchObject({ service: 'GmailApp', from: 'toko@toko.test', name: 'Toko' });
  });

  it('needs the https://mail.google.com/ scope', () => {
    const { gmailApp } = setup({ scopes: [SEND_MAIL_SCOPE] });

    expectException(() => gmailApp.sendEmail('a@toko.test', 'S', 'B'),
      'You do not have permission to call GmailApp.sendEmail. Required permissions: https://mail.google.com/',
    );
  });

  it('fails loudly for mailbox methods the emulator does not model', () => {
    const { gmailApp } = setup();

    expect(() => gmailApp.getInboxThreads()).toThrow('Emulator: GmailApp.getInboxThreads is not implemented');
  });
});

describe('parseAddressList', () => {
  it('reads "Name <addr>" entries and skips blanks', () => {
    expect(parseAddressList('Ani <ani@toko.test>, , budi@toko.test')).toEqual(['ani@toko.test', 'budi@toko.test']);
  });
});
