/** The transactional outbox on the local runtime's services: write with the data, send after, retry, give up. */
import { LocalRuntime } from '../../emulator/runtime';
import { MAX_SEND_ATTEMPTS } from '../domain/outbox-rules';
import { LOG_SHEET, OUTBOX_SHEET } from '../sheets/schema';
import { FINANCE_NOW, OWNER, recordsOf, seedShop, writeSheet } from '../../test/e2e/finance-fixtures';
import { Mail, Outbox, retryOutbox } from './outbox';

const QUOTA = 'Service invoked too many times for one day: email.';
const HOUR = 60 * 60 * 1000;
let rt: LocalRuntime;
let restore: () => void;

beforeEach(() => {
  rt = LocalRuntime.create({ now: FINANCE_NOW });
  restore = rt.installGlobals();
  seedShop(rt);
});
afterEach(() => restore());

const packingList = (changes: Partial<Mail> = {}): Mail => ({
  id: 'GUDANG-TK-2611-0001-1-abc', to: ['gudang@toko.test'], subject: '[Toko Ceria] Packing list: 1 pesanan disetujui (TK-2611-0001)', body: 'Mohon dikemas: TK-2611-0001', htmlBody: '<p>Mohon dikemas</p>', ...changes,
});
/** An Outbox row as the sheet holds it, keyed by column key. */
const outboxRow = (changes: Record<string, string | number> = {}) => ({
  mailId: 'GUDANG-TK-2611-0001-1-abc', createdAt: FINANCE_NOW, to: 'gudang@toko.test', subject: '[Toko Ceria] Packing list: 1 pesanan disetujui (TK-2611-0001)',
  body: 'Mohon dikemas: TK-2611-0001', htmlBody: '<p>Mohon dikemas</p>', status: 'Menunggu', attempts: 1, lastError: 'x', sentAt: '', ...changes,
});
const outbox = () => recordsOf(rt, OUTBOX_SHEET.name);
const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const retry = () => rt.run(() => retryOutbox(ss(), rt.state.now()), { mode: 'time-trigger' });
const nextHour = () => rt.state.setNow(rt.state.now() + HOUR);
/** Terkirim rows: the Outbox's history. */
const history = (n: number) => Array.from({ length: n }, (_, i) => outboxRow({ mailId: `OLD-${i}`, status: 'Terkirim', attempts: 1, lastError: '', sentAt: FINANCE_NOW }));

describe('writing mail with the data', () => {
  it('persist writes the mail as Menunggu before anything is sent; deliver sends it and marks it Terkirim', () => {
    let before: Array<Record<string, unknown>> = [];

    rt.run(() => {
      const box = new Outbox(ss(), FINANCE_NOW);
      box.persist([packingList()]);
      before = outbox();
      box.deliver();
    });

    expect(before).toEqual([expect.objectContaining({ ID: packingList().id, Status: 'Menunggu', Percobaan: 0, Kepada: 'gudang@toko.test' })]);
    expect(rt.outbox.map((m) => m.subject)).toEqual([packingList().subject]);
    expect(outbox()).toEqual([expect.objectContaining({ Status: 'Terkirim', Percobaan: 1, 'Error Terakhir': '' })]);
    expect((outbox()[0].Terkirim as Date).getTime()).toBe(FINANCE_NOW);
  });

  it('a mail whose ID is already in Outbox is neither written nor sent again, found without reading the Outbox’s history', () => {
    writeSheet(ss(), OUTBOX_SHEET, [...history(500), outboxRow({ status: 'Terkirim' })]);
    rt.state.resetCallCounts();

    const report = rt.run(() => {
      const box = new Outbox(ss(), FINANCE_NOW);
      box.persist([packingList()]);
      return box.deliver();
    });

    expect(report.mails).toEqual([expect.objectContaining({ outcome: 'existing' })]);
    expect(rt.outbox).toHaveLength(0);
    expect(outbox()).toHaveLength(501);
    expect(rt.callCounts().cellsRead).toBeLessThanOrEqual(30); // the header row only
    expect(rt.callCounts().byMethod['TextFinder.findAll']).toBe(1);
  });

  it('one append and one status write for a batch of mails', () => {
    writeSheet(ss(), OUTBOX_SHEET, history(3));
    rt.state.resetCallCounts();

    rt.run(() => {
      const box = new Outbox(ss(), FINANCE_NOW);
      box.persist([1, 2, 3].map((i) => packingList({ id: `P${i}`, subject: `Packing list — bagian ${i}/3` })));
      box.deliver();
    });

    expect(outbox().slice(3).map((r) => `${r.ID} ${r.Status}`)).toEqual(['P1 Terkirim', 'P2 Terkirim', 'P3 Terkirim']);
    // The sheet has room: the mails go into its empty rows, no row is inserted.
    expect(rt.callCounts().byMethod['Sheet.getMaxRows']).toBeUndefined();
    expect(rt.callCounts().byMethod['Sheet.insertRowsAfter']).toBeUndefined();
    expect(rt.callCounts().byMethod['Range.setValues']).toBe(2);
  });

  it('with the Outbox deleted and the quota spent, the mail is not lost: the Outbox is made again and the mail waits there', () => {
    ss().deleteSheet(ss().getSheetByName(OUTBOX_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet);
    rt.mailQuota.spend(100);

    const report = rt.run(() => {
      const box = new Outbox(ss(), FINANCE_NOW);
      box.persist([packingList()]);
      return box.deliver();
    });

    expect(report.mails).toEqual([expect.objectContaining({ outcome: 'queued', error: QUOTA })]);
    expect(outbox()).toEqual([expect.objectContaining({ ID: packingList().id, Status: 'Menunggu', Percobaan: 0, 'Error Terakhir': QUOTA })]);
  });
});

describe('the hourly retry', () => {
  it('sends a waiting row and marks it Terkirim, reading only the pending rows, not the history', () => {
    writeSheet(ss(), OUTBOX_SHEET, [...history(1000), outboxRow()]);
    rt.state.resetCallCounts();

    retry();

    expect(rt.outbox.map((m) => m.subject)).toEqual([packingList().subject]);
    expect(outbox()[1000]).toEqual(expect.objectContaining({ Status: 'Terkirim', Percobaan: 2, 'Error Terakhir': '' }));
    expect(rt.callCounts().cellsRead).toBeLessThanOrEqual(40); // the header row and the one pending row
  });

  it('resends a row left in Mengirim by a run that died: the mail and the row say it may be a duplicate', () => {
    writeSheet(ss(), OUTBOX_SHEET, [outboxRow({ status: 'Mengirim' })]);

    retry();

    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].subject).toBe(`[Kirim ulang] ${packingList().subject}`);
    expect(rt.outbox[0].body).toMatch(/^Kirim ulang otomatis: .*mungkin sudah Anda terima/);
    expect(outbox()[0]).toEqual(expect.objectContaining({ Status: 'Terkirim', 'Error Terakhir': expect.stringContaining('Dikirim ulang — mungkin sudah terkirim sebelumnya') }));
  });

  it('a bad address is tried five times, then Gagal; the owner gets one notice and it is not tried again', () => {
    writeSheet(ss(), OUTBOX_SHEET, [outboxRow({ to: 'gudang@@toko', attempts: 0, lastError: 'Invalid email: gudang@@toko' })]);

    for (let hour = 0; hour < MAX_SEND_ATTEMPTS + 3; hour++) {
      retry();
      nextHour();
    }

    expect(outbox()[0]).toEqual(expect.objectContaining({ Status: 'Gagal', Percobaan: MAX_SEND_ATTEMPTS, 'Error Terakhir': 'Invalid email: gudang@@toko' }));
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].recipients).toEqual([OWNER]);
    expect(rt.outbox[0].subject).toBe('[Toko Ceria] 1 e-mail gagal dikirim dan tidak dicoba lagi');
    expect(rt.outbox[0].body).toContain('Packing list: 1 pesanan disetujui (TK-2611-0001) → gudang@@toko');
    expect(outbox()[1]).toEqual(expect.objectContaining({ ID: expect.stringMatching(/^GAGAL-/), Status: 'Terkirim' }));
  });

  it('a spent quota is not a try: the row waits as long as it takes, and goes out once the quota is back', () => {
    writeSheet(ss(), OUTBOX_SHEET, [outboxRow({ attempts: 1 })]);
    rt.mailQuota.spend(100);

    for (let i = 0; i < 10; i++) retry();

    expect(outbox()[0]).toEqual(expect.objectContaining({ Status: 'Menunggu', Percobaan: 1, 'Error Terakhir': QUOTA }));
    rt.state.setNow(FINANCE_NOW + 24 * HOUR);
    retry();
    expect(rt.outbox).toHaveLength(1);
    expect(outbox()[0].Status).toBe('Terkirim');
  });

  it('when the owner’s own address is what fails, a Log line tells instead of a mail', () => {
    writeSheet(ss(), OUTBOX_SHEET, [outboxRow({ to: OWNER, attempts: MAX_SEND_ATTEMPTS - 1, lastError: 'x' })]);
    const remove = rt.state.addCallHook((method) => {
      if (method === 'MailApp.sendEmail') throw new Error(`Invalid email: ${OWNER}`);
    });

    retry();
    remove();

    expect(outbox()).toHaveLength(1);
    expect(outbox()[0].Status).toBe('Gagal');
    expect(recordsOf(rt, LOG_SHEET.name).at(-1)?.Detail).toContain(`1 e-mail gagal ${MAX_SEND_ATTEMPTS} kali dan tidak dicoba lagi`);
  });
});
