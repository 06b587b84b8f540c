import { jakartaInstant } from './jakarta-time';
import { checkLedgerRows, ledgerRecord, parseLedgerDate, refundLedgerId, salesLedgerId } from './ledger';
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

describe('ledger guards', () => {
  it.each([['28/11/0226'], ['28/11/1899'], ['0226-11-28'], ['28 Nov 0226']])('a ledger year typed as in %p is not a date', (raw) => {
    expect(parseLedgerDate(raw)).toBeNull();
  });

  it.each([['00/11/2026'], ['28/00/2026'], ['29/02/2027'], ['2026-11-31'], ['28 Foo 2026'], ['2026/11/28'], ['28/11/26'], ['x28/11/2026'], ['28/11/2026x'], ['x2026-11-28'], ['2026-11-28x'], ['x28 Nov 2026'], ['28 Nov 2026x']])('refuses %p', (raw) => {
    expect(parseLedgerDate(raw)).toBeNull();
  });

  it.each([
    ['28.11.2026', jakartaInstant(2026, 11, 28)],
    ['1/1/1900', jakartaInstant(1900, 1, 1)],
    ['31-12-9999', jakartaInstant(9999, 12, 31)],
    ['29/02/2028', jakartaInstant(2028, 2, 29)],
    ['28 NOV. 2026', jakartaInstant(2026, 11, 28)],
    ['  28 november 2026 ', jakartaInstant(2026, 11, 28)],
    ['2026-1-5', jakartaInstant(2026, 1, 5)],
    ['28  Nov  2026', jakartaInstant(2026, 11, 28)],
  ])('reads %p', (raw, expected) => {
    expect(parseLedgerDate(raw)).toBe(expected);
  });

  it.each([[Infinity], [NaN], [1e11], [-1e11]])('refuses the sheet number %p as a date', (raw) => {
    expect(parseLedgerDate(raw)).toBeNull();
  });

  it('names each missing column of a row, in both languages', () => {
    const { entries, problems } = check({ entryId: 'X-1', date: ' ', type: '', category: '', amount: '' });

    expect(entries).toEqual([]);
    expect(problems).toEqual([{
      rowNumber: 2,
      text: {
        id: 'Keuangan · Kas baris 2: Tanggal kosong; Jenis kosong (Pemasukan atau Pengeluaran); Kategori kosong; Jumlah kosong.',
        en: 'Keuangan · Kas row 2: Date is blank; Type is blank (Pemasukan or Pengeluaran); Category is blank; Amount is blank.',
      },
    }]);
  });

  it('names a date that is not a day', () => {
    expect(check({ ...good, date: '31/02/2026' }).problems[0].text.id).toBe('Keuangan · Kas baris 2: Tanggal "31/02/2026" bukan tanggal (tulis seperti 28/11/2026).');
  });

  it.each([['masuk', 'Pemasukan'], ['IN', 'Pemasukan'], ['pemasukan', 'Pemasukan'], ['out', 'Pengeluaran'], ['Expense', 'Pengeluaran'], ['PENGELUARAN', 'Pengeluaran']])('reads type %p as %p', (type, expected) => {
    expect(check({ ...good, type }).entries.map((e) => e.type)).toEqual([expected]);
  });

  it('a category is matched whatever its case and spacing in the list', () => {
    const { entries } = checkLedgerRows([{ rowNumber: 2, record: { ...good, category: 'IKLAN ' } }], [' Iklan ']);

    expect(entries.map((e) => e.category)).toEqual([' Iklan ']);
  });

  it('a zero amount names the amount', () => {
    expect(check({ ...good, amount: 0 }).problems[0].text.en).toBe('Keuangan · Kas row 2: Amount Rp0 must be more than 0 (write expenses as positive amounts with type Pengeluaran).');
  });

  it('an amount of Rp1 counts', () => {
    expect(check({ ...good, amount: 1 }).entries.map((e) => e.amount)).toEqual([1]);
  });

  it('an ID used on three rows flags the later two, each naming the first row', () => {
    const { entries, problems } = check({ ...good, entryId: 'PJ-1' }, { ...good, entryId: 'PJ-1' }, { ...good, entryId: 'PJ-1' }, { ...good, entryId: '' }, { ...good, entryId: '' });

    expect(entries.map((e) => e.rowNumber)).toEqual([2, 5, 6]);
    expect(problems.map((p) => p.text.id)).toEqual([
      'Keuangan · Kas baris 3: ID "PJ-1" sudah dipakai di baris 2 (hapus salah satu agar tidak terhitung dua kali).',
      'Keuangan · Kas baris 4: ID "PJ-1" sudah dipakai di baris 2 (hapus salah satu agar tidak terhitung dua kali).',
    ]);
  });

  it('a good row keeps its ID, reference, note and who typed it, trimmed', () => {
    const { entries } = check({ ...good, entryId: ' PJ-TK-1 ', reference: ' TK-1 ', note: ' Iklan IG ', by: ' fin@toko.test ' });

    expect(entries[0]).toMatchObject({ entryId: 'PJ-TK-1', reference: 'TK-1', note: 'Iklan IG', by: 'fin@toko.test' });
  });

  it('names the ledger IDs of an order’s sale and refund', () => {
    expect([salesLedgerId('TK-1'), refundLedgerId('TK-1')]).toEqual(['PJ-TK-1', 'RF-TK-1']);
  });
});
