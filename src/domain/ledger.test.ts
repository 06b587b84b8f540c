import { jakartaInstant } from './jakarta-time';
import { checkLedgerRows, ledgerRecord, parseLedgerDate } from './ledger';
import { LEDGER_CATEGORIES } from '../sheets/schema';

const good = { entryId: '', date: jakartaInstant(2026, 11, 10), type: 'Pengeluaran', category: 'Iklan', amount: 150000, reference: '', note: 'Iklan IG', by: 'fin@toko.test' };
const check = (...records: Record<string, unknown>[]) =>
  checkLedgerRows(records.map((record, i) => ({ rowNumber: i + 2, record })), LEDGER_CATEGORIES);

describe('checkLedgerRows', () => {
  it('accepts an expense typed by finance, with the category spelled as in Pengaturan', () => {
    const { entries, problems } = check({ ...good, category: 'iklan', amount: 'Rp150.000' });

    expect(problems).toEqual([]);
    expect(entries).toEqual([{ rowNumber: 2, entryId: '', date: good.date, type: 'Pengeluaran', category: 'Iklan', amount: 150000, reference: '', note: 'Iklan IG', by: 'fin@toko.test' }]);
  });

  it('names the row and every fault of a bad row in one message, in both languages', () => {
    const { entries, problems } = check(good, { ...good, date: '', type: 'Biaya', amount: 'seratus' });

    expect(entries).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0].rowNumber).toBe(3);
    expect(problems[0].text.id).toBe('Keuangan · Kas baris 3: Tanggal kosong; Jenis "Biaya" harus Pemasukan atau Pengeluaran; Jumlah "seratus" bukan angka Rupiah bulat (tulis seperti 150000).');
    expect(problems[0].text.en).toContain('Keuangan · Kas row 3: Date is blank');
  });

  it('refuses a category that is not in the list, and lists the allowed ones', () => {
    const { problems } = check({ ...good, category: 'Bensin' });

    expect(problems[0].text.id).toContain('Kategori "Bensin" tidak ada di daftar Kategori Kas di Pengaturan (Penjualan, Ongkir,');
  });

  it.each([[0], [-50000], ['-50.000']])('refuses amount %p: expenses are positive with type Pengeluaran', (amount) => {
    const { problems } = check({ ...good, amount });

    expect(problems[0].text.id).toContain('harus lebih dari 0');
  });

  it('refuses decimals in an amount', () => {
    expect(check({ ...good, amount: 1500.5 }).problems[0].text.id).toContain('bukan angka Rupiah bulat');
  });

  it('flags the second row using an ID already used, so nothing is counted twice', () => {
    const { entries, problems } = check({ ...good, entryId: 'PJ-TK-1' }, { ...good, entryId: 'PJ-TK-1' });

    expect(entries.map((e) => e.rowNumber)).toEqual([2]);
    expect(problems[0].text.id).toContain('ID "PJ-TK-1" sudah dipakai di baris 2');
  });

  it('accepts Income/Expense and masuk/keluar as types', () => {
    const { entries } = check({ ...good, type: 'Income', category: 'Lainnya' }, { ...good, type: 'keluar' });

    expect(entries.map((e) => e.type)).toEqual(['Pemasukan', 'Pengeluaran']);
  });
});

describe('parseLedgerDate', () => {
  it.each([
    ['28/11/2026', jakartaInstant(2026, 11, 28)],
    ['1-12-2026', jakartaInstant(2026, 12, 1)],
    ['2026-11-28', jakartaInstant(2026, 11, 28)],
    ['28 Nov 2026', jakartaInstant(2026, 11, 28)],
    ['5 Agustus 2026', jakartaInstant(2026, 8, 5)],
    [jakartaInstant(2026, 11, 28, 13), jakartaInstant(2026, 11, 28, 13)],
  ])('reads %p as a Jakarta day', (raw, expected) => {
    expect(parseLedgerDate(raw)).toBe(expected);
  });

  it.each([['31/02/2026'], ['besok'], ['13/13/2026'], [45000], ['']])('refuses %p', (raw) => {
    expect(parseLedgerDate(raw)).toBeNull();
  });
});

describe('ledgerRecord', () => {
  it('keys an entry by the ledger sheet’s column keys', () => {
    expect(ledgerRecord({ ...good, entryId: 'PB-1', type: 'Pengeluaran', amount: 5 })).toEqual({ ...good, entryId: 'PB-1', amount: 5 });
  });
});
