/** The UMKM tax helper (PP 55/2022): the untaxed Rp500 juta of an individual, the crossing month, the year boundary, PPN, bad settings. */
import { jakartaInstant } from './jakarta-time';
import { LedgerEntry } from './ledger';
import { monthlyTurnover, readTaxSettings, TaxSetup, umkmTaxMonth, vatIncluded } from './umkm-tax';

const J = jakartaInstant;
const INDIVIDUAL: TaxSetup = { kind: 'individual', finalRegime: true, pkp: false, vatRate: null };
const entry = (date: number, type: 'Pemasukan' | 'Pengeluaran', category: string, amount: number): LedgerEntry => ({ rowNumber: 2, entryId: '', date, type, category, amount, reference: '', note: '', by: '' });
/** Rp100 juta of sales every month of 2026. */
const hundredMillionAMonth = Array<number>(12).fill(100_000_000);

describe('the UMKM final tax of an individual', () => {
  it('nothing is due while the year’s turnover stays within Rp500 juta', () => {
    const april = umkmTaxMonth('2026-04', hundredMillionAMonth, INDIVIDUAL);

    expect([april.turnoverYearBefore, april.turnoverYearToDate, april.untaxedLeft, april.taxedTurnover, april.finalTax]).toEqual([300_000_000, 400_000_000, 100_000_000, 0, 0]);
  });

  it('the month that crosses Rp500 juta is taxed only on its part above it', () => {
    const turnover = [...hundredMillionAMonth];
    turnover[4] = 130_000_001; // May: 400 juta before, 530.000.001 after

    const may = umkmTaxMonth('2026-05', turnover, INDIVIDUAL);

    expect([may.taxedTurnover, may.finalTax, may.untaxedLeft]).toEqual([30_000_001, 150_000, 0]); // 30.000.001 × 0,5% = 150.000,005 → rounded down
  });

  it('after the crossing month the whole month is taxed at 0,5%, deposited by the 15th of the next month', () => {
    const june = umkmTaxMonth('2026-06', hundredMillionAMonth, INDIVIDUAL);

    expect([june.taxedTurnover, june.finalTax]).toEqual([100_000_000, 500_000]);
    expect(june.depositBy).toBe(J(2026, 7, 15));
  });

  it('the year starts again on 1 January, and December’s tax is deposited by 15 January', () => {
    const ledger = [entry(J(2026, 12, 31, 23, 59), 'Pemasukan', 'Penjualan', 600_000_000), entry(J(2027, 1, 1, 0, 0), 'Pemasukan', 'Penjualan', 80_000_000)];

    const december = umkmTaxMonth('2026-12', monthlyTurnover(ledger, 2026), INDIVIDUAL);
    const january = umkmTaxMonth('2027-01', monthlyTurnover(ledger, 2027), INDIVIDUAL);

    expect([december.taxedTurnover, december.finalTax, december.depositBy]).toEqual([100_000_000, 500_000, J(2027, 1, 15)]);
    expect([january.turnoverYearBefore, january.turnoverYearToDate, january.finalTax]).toEqual([0, 80_000_000, 0]);
  });

  it('turnover is sales income less refunds, by the Jakarta month of the cash-book date', () => {
    const ledger = [
      entry(J(2026, 11, 30, 23, 30), 'Pemasukan', 'Penjualan', 210_000),
      entry(J(2026, 12, 1, 0, 10), 'Pemasukan', 'Penjualan', 99_000),
      entry(J(2026, 11, 12), 'Pengeluaran', 'refund', 10_000),
      entry(J(2026, 11, 12), 'Pemasukan', 'Lainnya', 5_000),
      entry(J(2026, 11, 12), 'Pemasukan', 'Saldo awal', 7_000_000),
    ];

    expect(monthlyTurnover(ledger, 2026).slice(10)).toEqual([200_000, 99_000]);
  });
});

describe('the UMKM final tax of a business entity and PPN', () => {
  it('a badan usaha pays 0,5% of the whole month, with no untaxed part', () => {
    const march = umkmTaxMonth('2026-03', [1_000, 2_000, 1_234_567], { kind: 'entity', finalRegime: true, pkp: false, vatRate: null });

    expect([march.untaxed, march.taxedTurnover, march.finalTax]).toEqual([0, 1_234_567, 6_172]);
  });

  it('a PKP sees the PPN inside its prices, due by the end of the next month; not PKP, no PPN', () => {
    const nov = umkmTaxMonth('2026-11', [...Array(10).fill(0), 1_110_000], { ...INDIVIDUAL, pkp: true, vatRate: 11 });

    expect([nov.vat, nov.vatDueBy]).toEqual([110_000, J(2026, 12, 31)]);
    expect(umkmTaxMonth('2026-11', [...Array(10).fill(0), 1_110_000], INDIVIDUAL).vat).toBeNull();
    expect(vatIncluded(1_000_001, 12)).toBe(107_142); // 1.000.001 × 12 ÷ 112 = 107.142,95… → rounded down
  });

  it('off the final regime nothing is computed as due, and a year above Rp4,8 miliar is said', () => {
    const off = umkmTaxMonth('2026-12', Array(12).fill(450_000_000), { ...INDIVIDUAL, finalRegime: false });

    expect(off.finalTax).toBeNull();
    expect(off.overFinalLimit).toBe(true);
  });
});

describe('the tax settings', () => {
  it('reads the words people type', () => {
    expect(readTaxSettings({ taxpayerKind: 'orang pribadi', finalTax: 'Ya', pkp: 'Tidak', vatRate: '' })).toEqual({ setup: INDIVIDUAL, problems: [] });
    expect(readTaxSettings({ taxpayerKind: 'Badan Usaha', finalTax: 'ya', pkp: 'Ya', vatRate: '11 %' }).setup).toEqual({ kind: 'entity', finalRegime: true, pkp: true, vatRate: 11 });
    expect(readTaxSettings({ taxpayerKind: 'CV', finalTax: 'Ya', pkp: 'Ya', vatRate: '0.12' }).setup?.vatRate).toBe(12);
  });

  it('blank or bad settings say what to fill in, every one at once', () => {
    const blank = readTaxSettings({ taxpayerKind: '', finalTax: '', pkp: '', vatRate: '' });
    const bad = readTaxSettings({ taxpayerKind: 'toko', finalTax: 'mungkin', pkp: 'Ya', vatRate: '150%' });

    expect(blank.setup).toBeNull();
    expect(blank.problems.map((p) => p.id)).toEqual([
      'Isi "Wajib pajak" di Pengaturan: Orang pribadi atau Badan usaha.',
      'Isi "PPh final UMKM 0,5%" di Pengaturan: Ya (PP 55/2022) atau Tidak.',
      'Isi "PKP" di Pengaturan: Ya kalau toko sudah dikukuhkan sebagai Pengusaha Kena Pajak, Tidak kalau belum.',
    ]);
    expect(bad.setup).toBeNull();
    expect(bad.problems.map((p) => p.id)).toEqual([
      '"Wajib pajak" di Pengaturan berisi "toko": tulis Orang pribadi atau Badan usaha.',
      '"PPh final UMKM 0,5%" di Pengaturan berisi "mungkin": tulis Ya atau Tidak.',
      '"Tarif PPN" di Pengaturan berisi "150%": tulis persen antara 0 dan 100, misalnya 11%.',
    ]);
  });
});
