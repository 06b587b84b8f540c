import { formatItems, parseItems } from './items';

describe('parseItems', () => {
  it.each([
    ['KAOS-HTM-L x2, TOPI-01 x1', [{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }]],
    ['KAOS-HTM-L X 2; TOPI-01 × 1', [{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }]],
    ['KAOS-HTM-Lx2\nTOPI-01*1', [{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }]],
    ['BOX-XL x3,', [{ sku: 'BOX-XL', quantity: 3 }]],
    ['  TOPI-01 x 12  ', [{ sku: 'TOPI-01', quantity: 12 }]],
  ])('reads %p', (typed, items) => {
    expect(parseItems(typed)).toEqual({ ok: true, items });
  });

  it.each([
    ['', 'item belum diisi'],
    ['KAOS-HTM-L x0', 'item ke-1 ("KAOS-HTM-L x0"): jumlah 0'],
    ['TOPI-01 x1, KAOS-HTM-L x-1', 'item ke-2 ("KAOS-HTM-L x-1"): jumlah -1 tidak boleh negatif'],
    ['KAOS-HTM-L x dua', 'jumlah "dua" bukan angka'],
    ['KAOS-HTM-L x1.5', 'jumlah "1.5" harus bilangan bulat'],
    ['KAOS-HTM-L x1,5', 'item ke-2 ("5"): jumlahnya belum diisi'],
    ['KAOS-HTM-L', 'item ke-1 ("KAOS-HTM-L"): jumlahnya belum diisi'],
    ['KAOS-HTM-L x', 'jumlahnya belum diisi'],
    ['KAOS-HTM-L x100000', 'terlalu besar'],
    [',,;', 'tidak berisi item'],
    ['x2', 'item ke-1 ("x2"): SKU-nya belum ditulis'],
    ['KAOS-HTM-L x1, kaos-htm-l x2', 'item ke-2 ("kaos-htm-l x2"): SKU kaos-htm-l sudah ada di item ke-1'],
  ])('refuses %p and names the entry', (typed, message) => {
    const result = parseItems(typed);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.id).join(' | ')).toContain(message);
  });

  it('reports every bad entry, not only the first', () => {
    const result = parseItems('A x0, B x1, C x-2');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.en)).toEqual([
      'item 1 ("A x0"): quantity 0 — at least 1',
      'item 3 ("C x-2"): quantity -2 cannot be negative',
    ]);
  });
});

describe('formatItems', () => {
  it('writes items the way CS types them', () => {
    expect(formatItems([{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }])).toBe('KAOS-HTM-L x2, TOPI-01 x1');
  });
});
