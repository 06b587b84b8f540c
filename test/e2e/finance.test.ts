/**
 * Finance end to end on the built bundle (dist/Code.js) in the local runtime: install the monthly
 * report, let the clock reach 1 December 07.00 WIB, and read what the owner and finance get; the mail
 * quota spent; stock received in two parts.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { PURCHASES_SHEET } from '../../src/sheets/schema';
import { FINANCE, FINANCE_NOW, OWNER, recordsOf, seedShop } from './finance-fixtures';

const J = jakartaInstant;
const REPORT = 'Laporan 2026-11';
const FIRST_OF_DECEMBER_7AM = J(2026, 12, 1, 7);

function openShop(): LocalRuntime {
  const rt = LocalRuntime.load({ now: FINANCE_NOW });
  seedShop(rt, { digest: 'Tidak' }); // the mail under test is the report's, not the owner's daily digest
  rt.open(OWNER);
  return rt;
}

const row = (rt: LocalRuntime, label: string) => rt.workbook.values(REPORT).find((r) => r[0] === label);

describe('the monthly report on its trigger (built bundle)', () => {
  it('installed twice is one trigger; on 1 December 07.00 WIB it writes Laporan 2026-11 and mails owner and finance', () => {
    const rt = openShop();

    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    expect(rt.triggers().filter((t) => t.handler === 'monthlyReportTrigger')).toHaveLength(1);
    expect(rt.triggers().filter((t) => t.handler === 'outboxRetryTrigger')).toHaveLength(1);
    expect(rt.workbook.alerts.pop()?.message).toContain('jadwal lama diganti');

    rt.advanceTo(FIRST_OF_DECEMBER_7AM - 60000);
    expect(rt.workbook.sheetNames()).not.toContain(REPORT);
    rt.advanceTo(FIRST_OF_DECEMBER_7AM);

    expect(rt.failures).toEqual([]);
    expect(row(rt, 'Pendapatan (omzet)')?.slice(1, 4)).toEqual([0, 85000, 315000]);
    expect(row(rt, 'Laba bersih')?.slice(1, 4)).toEqual([0, 55000, 55000]);
    expect(rt.workbook.values(REPORT)[0][0]).toBe('Laporan Keuangan November 2026 · Toko Ceria');
    expect(rt.outbox).toHaveLength(1);
    const mail = rt.outbox[0];
    expect(mail.recipients).toEqual([OWNER, FINANCE]);
    expect(mail.sentAt).toBe(FIRST_OF_DECEMBER_7AM);
    expect(mail.subject).toBe('Laporan keuangan November 2026 · Toko Ceria — laba bersih Rp55.000');
    expect(mail.body).toContain('- Jumlah pesanan: 0 | 1 | 3');
    expect(mail.htmlBody).toContain('<table');
    expect(mail.htmlBody).not.toContain('<Kanvas>');
  });

  it('run again from the menu, it rebuilds the same sheet and does not mail the same report twice', () => {
    const rt = openShop();
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.advanceTo(FIRST_OF_DECEMBER_7AM);

    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Toko > Buat laporan bulanan sekarang', FINANCE);

    expect(rt.failures).toEqual([]);
    expect(rt.workbook.sheetNames().filter((name) => name.startsWith('Laporan'))).toEqual([REPORT]);
    expect(rt.workbook.alerts.find((a) => a.kind === 'prompt')?.message).toContain('Kosongkan untuk 2026-11');
    expect(rt.outbox).toHaveLength(1);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('sudah ada di sheet Outbox dari proses sebelumnya, jadi tidak dibuat atau dikirim dua kali');
  });

  it('with the mail quota spent, the sheet is still written, the mail waits in Outbox and the retry trigger sends it once the quota refills 24 hours after its first send', () => {
    const rt = openShop();
    rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
    rt.advanceTo(J(2026, 12, 1, 6, 30));
    rt.mailQuota.spend(100);

    rt.advanceTo(FIRST_OF_DECEMBER_7AM);

    expect(rt.workbook.sheetNames()).toContain(REPORT);
    expect(rt.outbox).toHaveLength(0);
    expect(recordsOf(rt, 'Outbox')).toEqual([expect.objectContaining({ Status: 'Menunggu', Subjek: expect.stringContaining('November 2026') })]);

    rt.advanceTo(J(2026, 12, 2, 6));
    expect(rt.outbox).toHaveLength(0); // midnight refills nothing: the owner's window opened at 06.30
    rt.advanceTo(J(2026, 12, 2, 7));

    expect(rt.failures).toEqual([]);
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].recipients).toEqual([OWNER, FINANCE]);
    expect(rt.outbox[0].htmlBody).toContain('<h2');
    expect(recordsOf(rt, 'Outbox')[0].Status).toBe('Terkirim');
  });
});

describe('Terima stok (built bundle)', () => {
  it('receives a PO in two parts: stock, average cost, two expenses and the PO status', () => {
    const rt = openShop();
    const receiveNow = String.fromCharCode(65 + PURCHASES_SHEET.columns.findIndex((c) => c.key === 'receiveNow'));

    rt.workbook.userEdit(PURCHASES_SHEET.name, `${receiveNow}2`, '4');
    rt.workbook.select(PURCHASES_SHEET.name, 'A2');
    rt.clickMenu('Toko > Terima stok', FINANCE);
    rt.workbook.userEdit(PURCHASES_SHEET.name, `${receiveNow}2`, '6');
    rt.workbook.select(PURCHASES_SHEET.name, 'A2');
    rt.clickMenu('Toko > Terima stok', FINANCE);

    expect(rt.failures).toEqual([]);
    const stock = recordsOf(rt, 'Gudang · Stok').find((r) => r.SKU === 'KAOS-HTM-L');
    // 4 at 46.000 → (20 × 40.000 + 184.000) / 24 = 41.000; then 6 → (24 × 41.000 + 276.000) / 30 = 42.000
    expect(stock).toMatchObject({ 'Stok Fisik': 30, Tersedia: 28, 'Harga Pokok': 42000 });
    const purchases = recordsOf(rt, 'Keuangan · Kas').filter((r) => r.Kategori === 'Pembelian stok');
    expect(purchases.map((r) => [r.ID, r.Jumlah])).toEqual([
      ['PB-PO-1-KAOS-HTM-L-4', 184000],
      ['PB-PO-1-KAOS-HTM-L-10', 276000],
    ]);
    expect(recordsOf(rt, PURCHASES_SHEET.name)[0]).toMatchObject({ 'Qty Diterima': 10, Status: 'Diterima' });
  });
});

describe('a new shop (built bundle)', () => {
  it('right after Setup, the report of a month with no orders is written, all zeros', () => {
    const rt = LocalRuntime.load({ now: FINANCE_NOW });
    rt.open(OWNER);
    rt.clickMenu('Toko > Setup', OWNER);

    rt.workbook.answerNext({ button: 'OK', text: '' });
    rt.clickMenu('Toko > Buat laporan bulanan sekarang', OWNER);

    expect(rt.failures).toEqual([]);
    const report = rt.workbook.values('Laporan 2026-10');
    expect(report.find((r) => r[0] === 'Jumlah pesanan')?.slice(1, 4)).toEqual([0, 0, 0]);
    expect(report.find((r) => r[0] === 'Laba bersih')?.slice(1, 4)).toEqual([0, 0, 0]);
  });
});
