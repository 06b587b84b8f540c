import {
  afterSend, failureNoticeMail, FailedMail, isFailureNotice, MAX_SEND_ATTEMPTS, MAYBE_SENT_NOTE, resentMail, sendStateUnknown, splitFailures,
} from './outbox-rules';

const NOW = Date.UTC(2026, 10, 28, 3);
const QUOTA = 'Service invoked too many times for one day: email.';
const BAD = 'Invalid email: gudang@@toko';

const failed = (changes: Partial<FailedMail> = {}): FailedMail => ({
  id: 'GUDANG-TK-2611-0001-1-abc', to: 'gudang@@toko', subject: '[Toko] Packing list: 1 pesanan disetujui (TK-2611-0001)', attempts: 5, lastError: BAD, ...changes,
});

describe('afterSend', () => {
  it('a mail that went out is Terkirim, with the time', () => {
    expect(afterSend({ attempts: 0, maybeSent: false }, { ok: true }, NOW)).toEqual({ status: 'Terkirim', attempts: 1, lastError: '', sentAt: NOW });
  });

  it('a spent quota is not the mail’s fault: it waits again and the try is not counted', () => {
    expect(afterSend({ attempts: 2, maybeSent: false }, { ok: false, error: QUOTA }, NOW)).toEqual({ status: 'Menunggu', attempts: 2, lastError: QUOTA, sentAt: '' });
  });

  it('a bad address waits again until the last allowed try, then is Gagal', () => {
    expect(afterSend({ attempts: MAX_SEND_ATTEMPTS - 2, maybeSent: false }, { ok: false, error: BAD }, NOW).status).toBe('Menunggu');

    expect(afterSend({ attempts: MAX_SEND_ATTEMPTS - 1, maybeSent: false }, { ok: false, error: BAD }, NOW)).toEqual({ status: 'Gagal', attempts: MAX_SEND_ATTEMPTS, lastError: BAD, sentAt: '' });
  });

  it('a mail that may have gone out before keeps saying so, sent or not', () => {
    expect(afterSend({ attempts: 0, maybeSent: true }, { ok: true }, NOW).lastError).toBe(`Dikirim ulang — ${MAYBE_SENT_NOTE}`);
    expect(afterSend({ attempts: 0, maybeSent: true }, { ok: false, error: QUOTA }, NOW).lastError).toBe(`${QUOTA} — ${MAYBE_SENT_NOTE}`);
  });
});

describe('sendStateUnknown', () => {
  it('a row left in Mengirim by a retry that died, or flagged by a resend that failed, may have gone out; a waiting row has not', () => {
    expect(sendStateUnknown({ status: 'Mengirim', attempts: 2, lastError: BAD })).toBe(true);
    expect(sendStateUnknown({ status: 'Menunggu', attempts: 0, lastError: `${QUOTA} — ${MAYBE_SENT_NOTE}` })).toBe(true);

    expect(sendStateUnknown({ status: 'Menunggu', attempts: 0, lastError: '' })).toBe(false);
    expect(sendStateUnknown({ status: 'Menunggu', attempts: 1, lastError: BAD })).toBe(false);
  });
});

describe('resentMail', () => {
  it('says in the subject and the first line that it may be a duplicate, in the shop’s language', () => {
    const mail = { id: 'X', to: ['gudang@toko.test'], subject: '[Toko] Packing list', body: 'isi', htmlBody: '<p>isi</p>' };

    const resent = resentMail(mail, 'id');

    expect(resent.subject).toBe('[Kirim ulang] [Toko] Packing list');
    expect(resent.body).toMatch(/^Kirim ulang otomatis: .*mungkin sudah Anda terima.*jangan dikerjakan dua kali\.\n\nisi$/);
    expect(resent.htmlBody).toContain('mungkin sudah Anda terima');
    expect(resentMail(mail, 'en').subject).toBe('[Resent] [Toko] Packing list');
  });
});

describe('the owner’s notice about mail given up on', () => {
  it('lists each failed mail with its address and error, and says how to send it again', () => {
    const notice = failureNoticeMail({ failed: [failed()], owner: 'owner@toko.test', shopName: 'Toko', lang: 'id' });

    expect(notice.to).toEqual(['owner@toko.test']);
    expect(notice.subject).toBe('[Toko] 1 e-mail gagal dikirim dan tidak dicoba lagi');
    expect(notice.body).toContain('Packing list: 1 pesanan disetujui (TK-2611-0001) → gudang@@toko');
    expect(notice.body).toContain(BAD);
    expect(notice.body).toContain('ubah Status baris itu ke Menunggu');
    expect(isFailureNotice(notice.id)).toBe(true);
  });

  it('has the same ID for the same failed mails, so it is written once', () => {
    const a = failureNoticeMail({ failed: [failed({ id: 'A' }), failed({ id: 'B' })], owner: 'o@t', shopName: 'T', lang: 'id' });
    const b = failureNoticeMail({ failed: [failed({ id: 'B' }), failed({ id: 'A' })], owner: 'o@t', shopName: 'T', lang: 'en' });

    expect(a.id).toBe(b.id);
  });

  it('goes to the Log instead when there is no owner address, the owner’s address is what fails, or the notice itself failed', () => {
    const toOwner = failed({ id: 'L', lastError: 'Invalid email: owner@toko.test' });
    const notice = failed({ id: 'GAGAL-1' });
    const plain = failed({ id: 'P' });

    expect(splitFailures([toOwner, notice, plain], 'Owner@Toko.test')).toEqual({ mail: [plain], log: [toOwner, notice] });
    expect(splitFailures([plain], '')).toEqual({ mail: [], log: [plain] });
  });
});
