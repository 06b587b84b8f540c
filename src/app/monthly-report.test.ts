import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../domain/jakarta-time';
import { APPROVAL_SHEET, ORDERS_SHEET, SHIPPING_SHEET } from '../sheets/schema';
import { FINANCE, ORDERS, OWNER, recordsOf, seedShop, useSeededFinanceShop, writeSheet } from '../../test/e2e/finance-fixtures';
import { monthlyReportFromMenu, monthlyReportOnSchedule } from './monthly-report';
import { installMonthlyReportFromMenu, retryOutboxOnSchedule } from './report-trigger';
import { validateLedgerFromMenu } from './validate-ledger';

const REPORT = 'Laporan 2026-11';
let rt: LocalRuntime;
useSeededFinanceShop((runtime) => (rt = runtime));

function setClock(ms: number): void {
  jest.setSystemTime(ms);
  rt.state.setNow(ms);
}

/** The report row whose label is `label`: the label, three months and the last column. */
const reportRow = (label: string) => rt.workbook.values(REPORT).find((row) => row[0] === label);

function reportFromMenu(month: string, user = FINANCE): void {
  rt.workbook.answerNext({ button: 'OK', text: month });
  rt.run(() => monthlyReportFromMenu(), { user });
}

describe('Buat laporan bulanan sekarang', () => {
  it('writes Laporan 2026-11 with the hand-computed figures beside September and October', () => {
    reportFromMenu('2026-11');

    // Nov: TK-1 170.000 + TK-2 45.000 + TK-3 100.000 (approved 30 Nov 23.30 WIB); TK-4 (1 Dec 00.10 WIB) is December.
    expect(reportRow('Pendapatan (omzet)')?.slice(1, 4)).toEqual([0, 85000, 315000]);
    expect(reportRow('Jumlah pesanan')?.slice(1, 4)).toEqual([0, 1, 3]);
    // HPP Nov: 80.000 + 15.000 + TK-3 not shipped, estimated 2 × 20.000 → 135.000.
    expect(reportRow('HPP (harga pokok terjual)')?.slice(1, 4)).toEqual([0, 40000, 135000]);
    // Net Nov: 180.000 + ongkir 25.000 (TK-2's 12.000 went to Shopee, which pays its courier: issue 12) − (Iklan 50.000 + Gaji 100.000) = 55.000; the bad ledger row is left out.
    expect(reportRow('Laba bersih')?.slice(1, 4)).toEqual([0, 55000, 55000]);
    expect(rt.workbook.values(REPORT).find((row) => row[0] === 'Baris 5')?.[1]).toContain('Jumlah "dua ratus" bukan angka Rupiah bulat');
    expect(rt.workbook.toasts.pop()?.message).toBe(
      `Sheet ${REPORT} sudah dibuat.\nE-mail terkirim ke ${OWNER}, ${FINANCE}: "Laporan keuangan November 2026 · Toko Ceria — laba bersih Rp55.000".`,
    );
  });

  it('e-mails the owner and finance, as HTML and plain text', () => {
    reportFromMenu('2026-11');

    expect(rt.outbox).toHaveLength(1);
    const mail = rt.outbox[0];
    expect(mail.recipients).toEqual([OWNER, FINANCE]);
    expect(mail.subject).toBe('Laporan keuangan November 2026 · Toko Ceria — laba bersih Rp55.000');
    expect(mail.body).toContain('- Pendapatan (omzet): Rp0 | Rp85.000 | Rp315.000');
    expect(mail.htmlBody).toContain('<h2');
    expect(mail.htmlBody).toContain('Tote Bag &lt;Kanvas&gt;');
  });

  it('links the spreadsheet in the e-mail, so a reader on a phone opens it with one tap', () => {
    reportFromMenu('2026-11');

    const url = rt.workbook.spreadsheet.getUrl();
    expect(rt.outbox[0].body).toContain(`Buka spreadsheet: ${url}`);
    expect(rt.outbox[0].htmlBody).toContain(`<a href="${url}"`);
  });

  it('rebuilds the same sheet when run again: one sheet, one chart', () => {
    reportFromMenu('2026-11');
    reportFromMenu('2026-11');

    expect(rt.workbook.sheetNames().filter((name) => name === REPORT)).toHaveLength(1);
    expect(rt.workbook.spreadsheet.getSheetByName(REPORT)!.getCharts()).toHaveLength(1);
  });

  it('takes last month when the answer is blank', () => {
    reportFromMenu('');

    expect(rt.workbook.sheetNames()).toContain('Laporan 2026-10');
  });

  it('refuses a month it cannot read and writes nothing', () => {
    reportFromMenu('bulan lalu');

    expect(rt.workbook.sheetNames().some((name) => name.startsWith('Laporan'))).toBe(false);
    expect(rt.workbook.alerts.pop()?.message).toBe('"bulan lalu" bukan bulan — tulis seperti 2026-11.');
  });

  it('when the mail quota is spent, still writes the sheet; the mail waits in Outbox and the hourly retry sends it the next day', () => {
    rt.mailQuota.spend(100, FINANCE); // the mail of a menu action leaves from the person who clicked

    reportFromMenu('2026-11');

    expect(rt.workbook.sheetNames()).toContain(REPORT);
    expect(rt.outbox).toHaveLength(0);
    expect(recordsOf(rt, 'Outbox')).toEqual([expect.objectContaining({ Status: 'Menunggu', Kepada: `${OWNER}, ${FINANCE}` })]);

    setClock(jakartaInstant(2026, 11, 29, 1));
    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });

    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].subject).toContain('November 2026');
    expect(recordsOf(rt, 'Outbox')[0].Status).toBe('Terkirim');
  });
});

describe('the monthly trigger handler', () => {
  it('builds last month’s report with no UI and no active user, even with a team listed', () => {
    seedShop(rt, { team: [{ email: FINANCE, name: 'Rina', division: 'Keuangan' }] });
    setClock(jakartaInstant(2026, 12, 1, 7));

    rt.run(() => monthlyReportOnSchedule(), { mode: 'time-trigger' });

    expect(reportRow('Laba bersih')?.slice(1, 4)).toEqual([0, 55000, 55000]);
    expect(rt.outbox.map((m) => m.recipients)).toEqual([[OWNER, FINANCE]]);
  });

  it('counts an order caught on Pengiriman and Selesai by a delivery cut short once, as delivered', () => {
    const tk2StillShipping = { ...ORDERS.done[2], fulfilment: 'Sudah dikirim', paymentStatus: 'Belum bayar', deliveredAt: '' };
    writeSheet(rt.workbook.spreadsheet, SHIPPING_SHEET, [...ORDERS.shipping, tk2StillShipping]);
    setClock(jakartaInstant(2026, 12, 1, 7));

    rt.run(() => monthlyReportOnSchedule(), { mode: 'time-trigger' });

    expect(reportRow('Jumlah pesanan')?.slice(1, 4)).toEqual([0, 1, 3]);
    expect(reportRow('COD belum cair di akhir bulan (pesanan)')?.slice(1, 4)).toEqual([0, 0, 0]);
  });

  it('needs neither CS · Pesanan nor Keuangan · Approval: they hold no sale, and without them the figures are the same', () => {
    const ss = rt.workbook.spreadsheet;
    for (const name of [ORDERS_SHEET.name, APPROVAL_SHEET.name]) ss.deleteSheet(ss.getSheetByName(name)!);
    setClock(jakartaInstant(2026, 12, 1, 7));

    rt.run(() => monthlyReportOnSchedule(), { mode: 'time-trigger' });

    expect(reportRow('Pendapatan (omzet)')?.slice(1, 4)).toEqual([0, 85000, 315000]);
    expect(reportRow('Laba bersih')?.slice(1, 4)).toEqual([0, 55000, 55000]);
    expect(rt.outbox).toHaveLength(1);
  });

  it('stamps the sheet with when it was built, and keeps nothing in Properties', () => {
    setClock(jakartaInstant(2026, 12, 1, 7));

    rt.run(() => monthlyReportOnSchedule(), { mode: 'time-trigger' });

    expect((rt.workbook.values(REPORT)[0][4] as Date).getTime()).toBe(jakartaInstant(2026, 12, 1, 7));
    expect(Object.keys(rt.callCounts().byMethod).filter((method) => method.startsWith('Properties'))).toEqual([]);
  });

  it('lets a failure surface instead of swallowing it', () => {
    rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName('Keuangan · Kas')!);
    setClock(jakartaInstant(2026, 12, 1, 7));

    expect(() => rt.run(() => monthlyReportOnSchedule(), { mode: 'time-trigger' })).toThrow('Keuangan · Kas');
  });
});

describe('the hourly trigger', () => {
  it('builds and mails last month’s report when the monthly run failed, two hours after 07.00 on the 1st', () => {
    rt.run(() => installMonthlyReportFromMenu(), { user: OWNER });
    setClock(jakartaInstant(2026, 12, 1, 8));
    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });
    expect(rt.workbook.sheetNames()).not.toContain(REPORT);

    setClock(jakartaInstant(2026, 12, 1, 9));
    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });
    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });

    expect(reportRow('Laba bersih')?.slice(1, 4)).toEqual([0, 55000, 55000]);
    expect(rt.outbox).toHaveLength(1);
  });

  it('does not build a report when the monthly run did its job', () => {
    rt.run(() => installMonthlyReportFromMenu(), { user: OWNER });
    setClock(jakartaInstant(2026, 12, 1, 7));
    rt.run(() => monthlyReportOnSchedule(), { mode: 'time-trigger' });

    setClock(jakartaInstant(2026, 12, 1, 10));
    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });

    expect(rt.outbox).toHaveLength(1);
  });

  it('builds and mails the report again when the only Laporan 2026-11 was a preview made before November ended', () => {
    rt.run(() => installMonthlyReportFromMenu(), { user: OWNER });
    reportFromMenu('2026-11');
    setClock(jakartaInstant(2026, 12, 1, 9));

    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });
    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });

    expect(rt.outbox).toHaveLength(2);
    expect(rt.outbox[1].sentAt).toBe(jakartaInstant(2026, 12, 1, 9));
    expect((rt.workbook.values(REPORT)[0][4] as Date).getTime()).toBe(jakartaInstant(2026, 12, 1, 9));
  });

  it('catches nothing up for the month before the report was installed', () => {
    setClock(jakartaInstant(2026, 12, 15, 10));
    rt.run(() => installMonthlyReportFromMenu(), { user: OWNER });

    rt.run(() => retryOutboxOnSchedule(), { mode: 'time-trigger' });

    expect(rt.workbook.sheetNames()).not.toContain(REPORT);
  });
});

describe('Aktifkan laporan bulanan otomatis', () => {
  it('leaves exactly one monthly trigger, one hourly retry and one daily dashboard trigger however often it is run, and says so', () => {
    rt.run(() => installMonthlyReportFromMenu(), { user: OWNER });
    rt.run(() => installMonthlyReportFromMenu(), { user: OWNER });

    expect(rt.triggers().map((t) => t.handler).sort()).toEqual(['complaintSlaTrigger', 'contactsRefreshTrigger', 'contentDigestTrigger', 'dailyDigestTrigger', 'dashboardTrigger', 'monthlyReportTrigger', 'outboxRetryTrigger']);
    expect(rt.triggers().find((t) => t.handler === 'monthlyReportTrigger')?.description).toBe(
      'monthlyReportTrigger: every month on day 1 at 07:00 (Asia/Jakarta)',
    );
    expect(rt.workbook.alerts.pop()?.message).toContain('tiap tanggal 1 pukul 07.00 WIB');
  });

  it('is for the owner only once a team is listed', () => {
    seedShop(rt, { team: [{ email: FINANCE, name: 'Rina', division: 'Keuangan' }] });

    rt.run(() => installMonthlyReportFromMenu(), { user: FINANCE });

    expect(rt.triggers()).toEqual([]);
  });
});

describe('Periksa buku kas', () => {
  it('lists the rows the report cannot count, with their row numbers, then each account’s balance today', () => {
    rt.run(() => validateLedgerFromMenu(), { user: FINANCE });

    expect(rt.workbook.alerts.pop()?.message).toBe(
      '1 dari 4 baris Keuangan · Kas perlu diperbaiki (tidak dihitung di laporan sampai diperbaiki):\nKeuangan · Kas baris 5: Jumlah "dua ratus" bukan angka Rupiah bulat (tulis seperti 150000).\n' +
        'Saldo per akun hari ini (cocokkan dengan rekening): Bank Rp35.000 (tanpa saldo awal).',
    );
  });
});
