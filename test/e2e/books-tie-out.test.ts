/**
 * Books that tie out, on the built bundle: opening balances and the Akun column of Keuangan · Kas, a PO
 * paid separately (Terima stok books no cash; the report shows what is owed), the position and the tax
 * helper in Laporan 2026-11, a blank tax setting answered in the report, and a cash book from before the
 * Akun column.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { LEDGER_SHEET, PURCHASES_SHEET, SETTINGS_SHEET } from '../../src/sheets/schema';
import { FINANCE, FINANCE_NOW, LEDGER, OWNER, PURCHASES, recordsOf, seedShop, settingsRows, writeSheet } from './finance-fixtures';

const J = jakartaInstant;
const REPORT = 'Laporan 2026-11';
const TAX_SETTINGS = [
  { settingKey: 'Akun kas', settingValue: 'BCA, GoPay, Tunai' },
  { settingKey: 'Wajib pajak', settingValue: 'Orang pribadi' },
  { settingKey: 'PPh final UMKM 0,5%', settingValue: 'Ya' },
  { settingKey: 'PKP', settingValue: 'Tidak' },
];
/** Opening balances of 1 Sep 2026 in BCA and the cash box, and an ad paid from GoPay (no opening balance there). */
const OPENING = [
  { entryId: '', date: J(2026, 9, 1), type: 'Pemasukan', category: 'Saldo awal', amount: 2_000_000, reference: '', note: 'Saldo rekening 1 Sep', by: FINANCE, account: 'BCA' },
  { entryId: '', date: J(2026, 9, 1), type: 'Pemasukan', category: 'Saldo awal', amount: 300_000, reference: '', note: 'Kas laci', by: FINANCE, account: 'Tunai' },
  { entryId: '', date: J(2026, 11, 3), type: 'Pengeluaran', category: 'Iklan', amount: 25_000, reference: '', note: 'Boost IG', by: FINANCE, account: 'GoPay' },
];

function openShop(settings: Array<Record<string, string>>, ledger = [...LEDGER, ...OPENING]): LocalRuntime {
  const rt = LocalRuntime.load({ now: FINANCE_NOW });
  seedShop(rt, { digest: 'Tidak' });
  const ss = rt.workbook.spreadsheet;
  writeSheet(ss, SETTINGS_SHEET, [...settingsRows({ digest: 'Tidak' }), ...settings]);
  writeSheet(ss, LEDGER_SHEET, ledger);
  writeSheet(ss, PURCHASES_SHEET, PURCHASES.map((po) => (po.poId === 'PO-1' ? { ...po, paidSeparately: 'Ya', receiveNow: 4 } : po)));
  rt.open(OWNER);
  return rt;
}

const reportOnSchedule = (rt: LocalRuntime) => {
  rt.clickMenu('Toko > Aktifkan laporan bulanan otomatis', OWNER);
  rt.advanceTo(J(2026, 12, 1, 7));
  return rt.workbook.values(REPORT);
};
const row = (sheet: unknown[][], label: string) => sheet.find((r) => r[0] === label)?.slice(1, 4);
const texts = (sheet: unknown[][]) => sheet.map((r) => String(r[0]));

describe('books that tie out (built bundle)', () => {
  it('a PO paid separately: Terima stok adds the goods and books no cash; the report owes the supplier what arrived', () => {
    const rt = openShop(TAX_SETTINGS);
    rt.workbook.select(PURCHASES_SHEET.name, 'A2');

    rt.clickMenu('Toko > Terima stok', FINANCE);
    const sheet = reportOnSchedule(rt);

    expect(rt.failures).toEqual([]);
    expect(recordsOf(rt, 'Keuangan · Kas').filter((r) => r.Kategori === 'Pembelian stok')).toEqual([]);
    expect(recordsOf(rt, 'Gudang · Stok').find((r) => r.SKU === 'KAOS-HTM-L')).toMatchObject({ 'Stok Fisik': 24 });
    expect(row(sheet, 'Utang ke supplier (saat laporan dibuat)')).toEqual(['', '', 184_000]);
    expect(sheet.find((r) => r[0] === '  PO-1 · CV Kain Jaya: datang | dibayar | utang')?.slice(1, 4)).toEqual([184_000, 0, 184_000]);
  });

  it('shows each account’s balance at every month end from its opening balance, the recognition rule, and the tax helper', () => {
    const sheet = reportOnSchedule(openShop(TAX_SETTINGS));

    // BCA (the main account, where blank Akun rows count): 2.000.000 + 185.000 − 50.000 − 100.000 in November.
    expect(row(sheet, 'Saldo kas · BCA')).toEqual([2_000_000, 2_000_000, 2_035_000]);
    expect(row(sheet, 'Saldo kas · GoPay (belum ada saldo awal)')).toEqual([0, 0, -25_000]);
    expect(row(sheet, 'Saldo kas · Tunai')).toEqual([300_000, 300_000, 300_000]);
    expect(row(sheet, 'Total saldo kas')).toEqual([2_300_000, 2_300_000, 2_310_000]);
    // The opening balances are no income: net profit is the earlier 55.000 (the Shopee order's 12.000 shipping
    // is the marketplace's, not the shop's) less the 25.000 ad.
    expect(row(sheet, 'Laba bersih')).toEqual([0, 55_000, 30_000]);
    expect(row(sheet, 'Kas masuk')).toEqual([0, 0, 185_000]);
    expect(texts(sheet).some((t) => t.startsWith('Aturan pencatatan: penjualan (dan HPP-nya) dihitung saat uangnya pasti'))).toBe(true);
    expect(row(sheet, 'Peredaran bruto bulan ini (penjualan − refund)')).toEqual([0, 0, 185_000]);
    expect(row(sheet, 'Sisa Rp500 juta tidak kena pajak (orang pribadi)')).toEqual([500_000_000, 500_000_000, 499_815_000]);
    expect(row(sheet, 'PPh final 0,5% bulan ini (PP 55/2022)')).toEqual([0, 0, 0]);
    expect(texts(sheet)).toContain('  Setor PPh final 2026-11 paling lambat 15 Des 2026 (tanggal 15 bulan berikutnya).');
    expect(texts(sheet)).toContain('  Alat bantu, bukan nasihat pajak: periksa dengan konsultan pajak atau KPP. Dasar: PP 55/2022, PMK 164/2023.');
  });

  it('blank tax settings: the report is still built and says what to fill in', () => {
    const rt = openShop([]);

    const sheet = reportOnSchedule(rt);

    expect(rt.failures).toEqual([]);
    expect(row(sheet, 'Peredaran bruto bulan ini (penjualan − refund)')).toEqual([0, 0, 185_000]);
    expect(texts(sheet)).toContain('  • Isi "Wajib pajak" di Pengaturan: Orang pribadi atau Badan usaha.');
    expect(texts(sheet)).toContain('  • Isi "PKP" di Pengaturan: Ya kalau toko sudah dikukuhkan sebagai Pengusaha Kena Pajak, Tidak kalau belum.');
    expect(texts(sheet).some((t) => t.startsWith('PPh final'))).toBe(false);
  });

  it('a cash book from before the Akun column: the report is built and every row counts to the main account', () => {
    const rt = openShop(TAX_SETTINGS, [...LEDGER]);
    const ledger = rt.workbook.spreadsheet.getSheetByName(LEDGER_SHEET.name)!;
    ledger.getRange(1, LEDGER_SHEET.columns.findIndex((c) => c.key === 'account') + 1).setValue('');

    const sheet = reportOnSchedule(rt);

    expect(rt.failures).toEqual([]);
    expect(row(sheet, 'Saldo kas · BCA (belum ada saldo awal)')).toEqual([0, 0, 35_000]);
    // 55.000 in November: the Shopee order's 12.000 shipping is the marketplace's, not the shop's.
    expect(row(sheet, 'Laba bersih')).toEqual([0, 55_000, 55_000]);
  });

  it('Periksa buku kas names a row whose Akun is not on the list and gives each account’s balance today', () => {
    const rt = openShop(TAX_SETTINGS, [...LEDGER.filter((r) => r.amount !== 'dua ratus'), ...OPENING, { ...OPENING[2], account: 'Mandiri' }]);

    rt.clickMenu('Toko > Periksa buku kas', FINANCE);

    expect(rt.workbook.alerts.at(-1)?.message).toBe(
      '1 dari 7 baris Keuangan · Kas perlu diperbaiki (tidak dihitung di laporan sampai diperbaiki):\n' +
        'Keuangan · Kas baris 8: Akun "Mandiri" tidak ada di daftar Akun kas di Pengaturan (BCA, GoPay, Tunai); kosongkan untuk akun utama.\n' +
        'Saldo per akun hari ini (cocokkan dengan rekening): BCA Rp2.035.000 · GoPay -Rp25.000 (tanpa saldo awal) · Tunai Rp300.000.',
    );
  });
});
