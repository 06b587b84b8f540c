/**
 * The monthly report's mail through the transactional outbox, on the built bundle: "done" means mailed
 * or queued, so a monthly run that fails half-way is caught up and mailed once; the mail's ID comes from
 * the report's content, so running the report again after a failure mails nothing twice, while a
 * changed report is mailed again.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { LEDGER_SHEET } from '../../src/sheets/schema';
import { FINANCE, FINANCE_NOW, OWNER, recordsOf, seedShop } from './finance-fixtures';
import { appendRecords } from './pipeline-shop';
import { diesIn, runDiesAt } from './run-dies';

const J = jakartaInstant;
const REPORT = 'Laporan 2026-11';

function openShop(): LocalRuntime {
  const rt = LocalRuntime.load({ now: FINANCE_NOW });
  seedShop(rt, { digest: 'Tidak' }); // the mail under test is the report's, not the owner's daily digest
  rt.open(OWNER);
  return rt;
}

const reportMails = (rt: LocalRuntime) => rt.outbox.filter((m) => m.subject.startsWith('Laporan keuangan November 2026'));
const stampOf = (rt: LocalRuntime) => rt.workbook.values(REPORT)[0][4];

function reportFromMenu(rt: LocalRuntime): void {
  rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
  rt.clickMenu('Toko > Buat laporan bulanan sekarang', FINANCE);
}

/** Dies after the report mail was sent and recorded Terkirim: at the Log append (its first call). */
const afterTheMail = () => {
  let sent = false;
  return (method: string) => {
    if (method === 'MailApp.sendEmail') sent = true;
    return sent && method === 'Sheet.getLastRow';
  };
};

describe('the monthly report mail is never lost', () => {
  it('the monthly run dies while inserting the chart: the hourly catch-up completes the sheet, and the report is mailed exactly once', () => {
    const rt = openShop();
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.advanceTo(J(2026, 12, 1, 6, 30)); // past the daily dashboard run, which inserts a chart too
    runDiesAt(rt, 'Sheet.insertChart');

    rt.advanceTo(J(2026, 12, 1, 12));

    expect(rt.failures.map((f) => f.functionName)).toEqual(['monthlyReportTrigger']);
    expect(reportMails(rt)).toHaveLength(1);
    expect(reportMails(rt)[0].recipients).toEqual([OWNER, FINANCE]);
    expect(rt.workbook.spreadsheet.getSheetByName(REPORT)?.getCharts()).toHaveLength(1);
    expect((stampOf(rt) as Date).getTime()).toBeGreaterThanOrEqual(J(2026, 12, 1, 9));
    expect(recordsOf(rt, 'Outbox').map((r) => r.Status)).toEqual(['Terkirim']);
  });

  it('the monthly run dies while formatting the sheet: it leaves no built-at stamp (values go last), so it is caught up and mailed once', () => {
    const rt = openShop();
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.advanceTo(J(2026, 12, 1, 6, 30)); // past the daily dashboard run, which formats a sheet too
    runDiesAt(rt, 'Range.setFontWeights');

    rt.advanceTo(J(2026, 12, 1, 7));
    expect(rt.workbook.values(REPORT)[0]?.[4] ?? '').toBe('');
    rt.advanceTo(J(2026, 12, 1, 12));

    expect(reportMails(rt)).toHaveLength(1);
    expect(stampOf(rt)).toBeInstanceOf(Date);
  });
});

describe('Buat laporan bulanan sekarang run again', () => {
  it('after a failure that came after the mail, mails nothing twice, and says the report is already in Outbox', () => {
    const rt = openShop();
    const revive = runDiesAt(rt, afterTheMail());
    expect(diesIn(() => reportFromMenu(rt))).toBe(true);
    revive();
    expect(reportMails(rt)).toHaveLength(1);

    reportFromMenu(rt);
    rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });

    expect(reportMails(rt)).toHaveLength(1);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('sudah ada di sheet Outbox dari proses sebelumnya, jadi tidak dibuat atau dikirim dua kali');
  });

  it('after the figures changed (a late expense typed in the cash book), mails the corrected report', () => {
    const rt = openShop();
    reportFromMenu(rt);
    appendRecords(rt, LEDGER_SHEET, [{ entryId: '', date: J(2026, 11, 20, 10), type: 'Pengeluaran', category: 'Iklan', amount: 20000, reference: '', note: 'Iklan IG susulan', by: FINANCE }]);

    reportFromMenu(rt);

    expect(reportMails(rt).map((m) => m.subject)).toEqual([
      'Laporan keuangan November 2026 · Toko Ceria — laba bersih Rp55.000',
      'Laporan keuangan November 2026 · Toko Ceria — laba bersih Rp35.000',
    ]);
  });
});
