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
