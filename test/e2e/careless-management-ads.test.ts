/**
 * The team is careless with the digest hour, the ad channels, the targets and the research log: each
 * case runs on the built bundle and ends with Toko doing what was meant, or saying plainly what to type
 * and changing nothing it should not.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { DONE_SHEET, LEDGER_SHEET, PLAN_SHEET, RESEARCH_SHEET } from '../../src/sheets/schema';
import { appendRecords, headerColumns, OWNER, openShop, setSetting, sheetOrder, typeRows } from './pipeline-shop';

const digestTrigger = (rt: LocalRuntime) => rt.triggers().filter((t) => t.handler === 'dailyDigestTrigger').map((t) => t.description);
const reportRow = (rt: LocalRuntime, label: string) => rt.workbook.values('Laporan 2026-11').find((r) => r[0] === label);
const buildNovemberReport = (rt: LocalRuntime) => {
  rt.workbook.answerNext({ button: 'OK', text: 'Nov 2026' });
  rt.clickMenu('Toko > Buat laporan bulanan sekarang', OWNER);
};
const deleteColumn = (rt: LocalRuntime, sheet: string, column: number) =>
  rt.run(() => rt.workbook.spreadsheet.getSheetByName(sheet)!.deleteColumn(column));

describe('the digest hour typed carelessly', () => {
  it.each(['20.00', '20:00', 'jam 8 malam', '8 pm', 'pukul 20.00 WIB'])('"%s" installs one digest trigger at 20.00 WIB', (typed) => {
    const rt = openShop();
    setSetting(rt, 'Jam ringkasan harian', typed);

    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);

    expect(digestTrigger(rt)).toEqual([expect.stringContaining('20:00')]);
  });

  it('"nanti malam" cannot be read: the trigger goes in at 20.00 and the owner is told what to type, and the evening mail says it again', () => {
    const rt = openShop();
    setSetting(rt, 'Jam ringkasan harian', 'nanti malam');
    setSetting(rt, 'Ringkasan harian', 'Setiap hari');

    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);

    expect(digestTrigger(rt)).toEqual([expect.stringContaining('20:00')]);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Jam ringkasan harian "nanti malam" di Pengaturan tidak terbaca, jadi dipakai 20.00; ketik mis. 20.00 atau jam 8 malam');
    rt.advanceTo(jakartaInstant(2026, 11, 28, 20, 30));
    expect(rt.outbox.at(-1)?.body).toContain('Jam ringkasan harian "nanti malam" di Pengaturan tidak terbaca');
  });

  it('"jam 7 pagi": the morning digest covers yesterday whole', () => {
    const rt = openShop();
    setSetting(rt, 'Jam ringkasan harian', 'jam 7 pagi');
    setSetting(rt, 'Ringkasan harian', 'Setiap hari');
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);

    rt.advanceTo(jakartaInstant(2026, 11, 29, 7, 30));

    expect(digestTrigger(rt)).toEqual([expect.stringContaining('07:00')]);
    expect(rt.outbox.at(-1)?.body).toContain('Kemarin, 28 Nov 2026');
  });
});

/** A shop with a WA, a TikTok Shop and a Shopee sale in November. */
function shopWithSales(): LocalRuntime {
  const rt = openShop();
  const at = jakartaInstant(2026, 11, 10, 10);
  appendRecords(rt, DONE_SHEET, ['WA', 'TikTok Shop', 'Shopee'].map((channel, i) => sheetOrder(`TK-11-${i}`, { channel, orderDate: at, approvedAt: at, deliveredAt: at + 86_400_000 })));
  return rt;
}

describe('ad channels spelled carelessly', () => {
  it('"FB ads", "Tik tok" and "iklan shopee" on rows whose category is typed "iklan" count for Meta, TikTok and Shopee', () => {
    const rt = shopWithSales();
    typeRows(rt, LEDGER_SHEET, [
      { date: '02/11/2026', type: 'keluar', category: 'iklan', amount: '100000', adChannel: 'FB ads' },
      { date: '03/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '40000', adChannel: 'Tik tok' },
      { date: '04/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '60000', adChannel: 'iklan shopee' },
    ]);

    buildNovemberReport(rt);

    expect(rt.failures).toEqual([]);
    expect(reportRow(rt, 'Meta · biaya iklan')?.[3]).toBe(100_000);
    expect(reportRow(rt, 'TikTok · pesanan (TikTok Shop)')?.[3]).toBe(1);
    expect(reportRow(rt, 'Shopee · ROAS (omzet ÷ biaya)')?.[3]).toBeCloseTo(85_000 / 60_000, 10);
  });

  it('a cash book from before Channel Iklan (Setup not rerun): the report is still built, the ad spend on one line that says to fill the column', () => {
    const rt = shopWithSales();
    typeRows(rt, LEDGER_SHEET, [{ date: '02/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '100000' }]);
    deleteColumn(rt, LEDGER_SHEET.name, headerColumns(rt, LEDGER_SHEET).get('adChannel') as number);

    buildNovemberReport(rt);

    expect(rt.failures).toEqual([]);
    expect(reportRow(rt, 'Tanpa Channel Iklan · biaya iklan')?.[3]).toBe(100_000);
    expect(rt.workbook.values('Laporan 2026-11').flat().map(String).some((c) => c.startsWith('1 baris Iklan tanpa Channel Iklan'))).toBe(true);
  });
});

describe('targets typed carelessly', () => {
  it('"35 persen", "5jt" and "2,5" are read; a Rencana from before the new target columns still gives the orders and revenue targets', () => {
    const rt = shopWithSales();
    typeRows(rt, PLAN_SHEET, [{ targetMonth: '11/2026', targetOrders: '1.000', targetRevenue: 'Rp 100 juta', targetMargin: '35 persen', targetAdSpend: '5jt', targetComplaintRate: '2,5' }]);

    buildNovemberReport(rt);
    expect(reportRow(rt, 'Margin kotor')?.slice(1, 3)).toEqual(['52,9%', '35,0%']);
    expect(reportRow(rt, 'Biaya iklan (anggaran)')?.slice(1, 3)).toEqual([0, 5_000_000]);
    expect(reportRow(rt, 'Rasio komplain (batas)')?.[2]).toBe('2,5%');

    for (const key of ['targetComplaintRate', 'targetAdSpend', 'targetMargin']) deleteColumn(rt, PLAN_SHEET.name, headerColumns(rt, PLAN_SHEET).get(key) as number);
    buildNovemberReport(rt);
    expect(rt.failures).toEqual([]);
    expect(reportRow(rt, 'Omzet')?.slice(1, 3)).toEqual([255_000, 100_000_000]);
    expect(reportRow(rt, 'Margin kotor')?.[2]).not.toBe('35,0%');
  });
});

describe('the research log kept carelessly', () => {
  it('sorted newest first by hand and with a row deleted, each competitor’s latest price still counts', () => {
    const rt = openShop();
    typeRows(rt, RESEARCH_SHEET, [
      { date: '25/11/2026', subject: 'Kaos Murah ID', theirPrice: '80000', ourSku: 'KAOS-HTM-L' },
      { date: '10/11/2026', subject: 'Kaos Murah ID', theirPrice: '60000', ourSku: 'KAOS-HTM-L' },
      { date: '09/11/2026', subject: 'Salah ketik', theirPrice: '1000', ourSku: 'KAOS-HTM-L' },
    ]);
    rt.run(() => rt.workbook.spreadsheet.getSheetByName(RESEARCH_SHEET.name)!.deleteRow(4));

    rt.clickMenu('Toko > Bandingkan harga', OWNER);

    expect(rt.failures).toEqual([]);
    expect(rt.workbook.values('Marketing · Harga').find((r) => r[0] === 'KAOS-HTM-L')?.slice(3, 5)).toEqual([80_000, 'Kaos Murah ID']);
  });

  it('a Riset from before the price columns: Bandingkan harga says to run Setup and writes nothing', () => {
    const rt = openShop();
    for (const key of ['channel', 'ourSku', 'theirPrice', 'product']) deleteColumn(rt, RESEARCH_SHEET.name, headerColumns(rt, RESEARCH_SHEET).get(key) as number);

    rt.clickMenu('Toko > Bandingkan harga', OWNER);

    expect(rt.workbook.alerts.at(-1)?.message).toContain('Kolom Harga Pesaing dan SKU Kita belum ada di Marketing · Riset. Jalankan Toko → Setup sekali');
    expect(rt.workbook.sheetNames()).not.toContain('Marketing · Harga');
  });
});
