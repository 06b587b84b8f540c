import { StockBook } from './stock-book';
import { StockRow } from './order-record';

const rows: StockRow[] = [
  { rowNumber: 2, record: { sku: 'KAOS-HTM-L', onHand: 10, reserved: 0, sellingPrice: 85000 } },
  { rowNumber: 3, record: { sku: 'TOPI-01', onHand: 1, reserved: 0, sellingPrice: 50000 } },
  { rowNumber: 4, record: { sku: 'DUP', onHand: 1 } },
  { rowNumber: 5, record: { sku: 'dup', onHand: 1 } },
];

describe('StockBook', () => {
  it('moves all items of an order or none of them', () => {
    const book = new StockBook(rows);

    const result = book.move('TK-1', [{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 2 }], 'reserve');

    expect(result.ok).toBe(false);
    expect(book.changes()).toEqual([]);
  });

  it('finds SKUs whatever their case and hands back the changed rows', () => {
    const book = new StockBook(rows);

    book.move('TK-1', [{ sku: 'kaos-htm-l', quantity: 2 }], 'reserve');

    expect(book.changes()).toEqual([{ rowNumber: 2, changes: { onHand: 10, reserved: 2, available: 8, orderTrail: 'TK-1:R' } }]);
  });

  it('refuses an unknown SKU and a SKU listed twice', () => {
    const book = new StockBook(rows);

    const result = book.move('TK-1', [{ sku: 'NOPE', quantity: 1 }, { sku: 'DUP', quantity: 1 }], 'reserve');

    expect(!result.ok && result.reasons.map((r) => r.id)).toEqual([
      'SKU NOPE tidak ada di Gudang · Stok',
      'SKU dup tercantum dua kali di Gudang · Stok (baris 4 dan 5)',
    ]);
  });
});

describe('StockBook guards', () => {
  const sheet: StockRow[] = [
    { rowNumber: 2, record: { sku: 'KAOS-HTM-L', onHand: 10, reserved: 2, orderTrail: 'TK-1:R' } },
    { rowNumber: 3, record: { sku: '', onHand: 99 } },
    { rowNumber: 4, record: { sku: 'TOPI-01', onHand: 1, reserved: 1, orderTrail: 'TK-1:R' } },
    { rowNumber: 5, record: { sku: 'RUSAK', onHand: -3 } },
  ];

  it('finds a SKU typed with spaces and any case', () => {
    const found = new StockBook(sheet).level(' topi-01 ');

    expect(found.ok && found.level.onHand).toBe(1);
  });

  it('a row with negative stock cannot be used, and says why', () => {
    const book = new StockBook(sheet);

    expect(book.move('TK-2', [{ sku: 'RUSAK', quantity: 1 }], 'reserve')).toEqual({
      ok: false,
      reasons: [expect.objectContaining({ id: 'Stok Fisik untuk SKU RUSAK di Gudang · Stok bukan angka bulat ≥ 0 ("-3")' })],
    });
  });

  it('a row without a SKU is not a product', () => {
    expect(new StockBook(sheet).level('').ok).toBe(false);
  });

  it('a later move in the same action sees the earlier one: the last unit is not promised twice', () => {
    const book = new StockBook([{ rowNumber: 2, record: { sku: 'TOPI-01', onHand: 1 } }]);

    const first = book.move('TK-1', [{ sku: 'TOPI-01', quantity: 1 }], 'reserve');
    const second = book.move('TK-2', [{ sku: 'TOPI-01', quantity: 1 }], 'reserve');

    expect(first).toEqual({ ok: true, applied: true, warnings: [] });
    expect(second.ok).toBe(false);
    expect(book.changes()).toEqual([{ rowNumber: 2, changes: { onHand: 1, reserved: 1, available: 0, orderTrail: 'TK-1:R' } }]);
  });

  it('ships and releases every item of an order, handing back the rows in sheet order', () => {
    const book = new StockBook(sheet);

    const shipped = book.move('TK-1', [{ sku: 'TOPI-01', quantity: 1 }, { sku: 'KAOS-HTM-L', quantity: 2 }], 'ship');

    expect(shipped).toEqual({ ok: true, applied: true, warnings: [] });
    expect(book.changes()).toEqual([
      { rowNumber: 2, changes: { onHand: 8, reserved: 0, available: 8, orderTrail: 'TK-1:S' } },
      { rowNumber: 4, changes: { onHand: 0, reserved: 0, available: 0, orderTrail: 'TK-1:S' } },
    ]);
  });

  it('a move already applied changes nothing and says so', () => {
    const book = new StockBook(sheet);

    expect(book.move('TK-1', [{ sku: 'KAOS-HTM-L', quantity: 2 }], 'reserve')).toEqual({ ok: true, applied: false, warnings: [] });
    expect(book.changes()).toEqual([]);
  });

  it('releasing an order hands back its warnings when the sheet holds less than it reserved', () => {
    const book = new StockBook([{ rowNumber: 2, record: { sku: 'KAOS-HTM-L', onHand: 10, reserved: 1, orderTrail: 'TK-1:R' } }]);

    const released = book.releaseOrder('TK-1', 'KAOS-HTM-L x2');

    expect(released.ok && released.applied).toBe(true);
    expect(released.ok && released.warnings.map((w) => w.id)).toEqual(['Di-booking untuk KAOS-HTM-L tinggal 1, kurang dari 2; dibuat 0 — cek Gudang · Stok']);
    expect(book.changes()).toEqual([{ rowNumber: 2, changes: { onHand: 10, reserved: 0, available: 10, orderTrail: '' } }]);
  });

  it('an Item cell that cannot be read releases nothing', () => {
    const book = new StockBook(sheet);

    expect(book.releaseOrder('TK-1', 'KAOS-HTM-L x dua')).toEqual({ ok: true, applied: false, warnings: [] });
    expect(book.changes()).toEqual([]);
  });
});
