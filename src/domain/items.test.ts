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

describe('items guards', () => {
  const problemsOf = (typed: unknown) => {
    const result = parseItems(typed);
    return result.ok ? [] : result.problems;
  };

  it.each([
    ['TOPI-01 x9999', [{ sku: 'TOPI-01', quantity: 9999 }]],
    ['TOPI-01 x+2', [{ sku: 'TOPI-01', quantity: 2 }]],
    ['TOPI-01 ×3', [{ sku: 'TOPI-01', quantity: 3 }]],
    ['XL-BOX x2', [{ sku: 'XL-BOX', quantity: 2 }]],
    ['TOPI-01*2;KAOS-HTM-Lx1', [{ sku: 'TOPI-01', quantity: 2 }, { sku: 'KAOS-HTM-L', quantity: 1 }]],
  ])('reads %p', (typed, items) => {
    expect(parseItems(typed)).toEqual({ ok: true, items });
  });

  it.each([
    ['TOPI-01 x10000', 'item ke-1 ("TOPI-01 x10000"): jumlah 10000 terlalu besar (maks. 9999)', 'item 1 ("TOPI-01 x10000"): quantity 10000 is too large (max 9999)'],
    ['TOPI-01 x2.0', 'item ke-1 ("TOPI-01 x2.0"): jumlah "2.0" harus bilangan bulat', 'item 1 ("TOPI-01 x2.0"): quantity "2.0" must be a whole number'],
    ['TOPI-01x2.5', 'item ke-1 ("TOPI-01x2.5"): jumlah "2.5" harus bilangan bulat', 'item 1 ("TOPI-01x2.5"): quantity "2.5" must be a whole number'],
    ['TOPI-01 x2 pcs', 'item ke-1 ("TOPI-01 x2 pcs"): jumlah "2 pcs" bukan angka — tulis dengan angka, mis. x2', 'item 1 ("TOPI-01 x2 pcs"): quantity "2 pcs" is not a number — use digits, e.g. x2'],
    ['TOPI-01 x-0', 'item ke-1 ("TOPI-01 x-0"): jumlah 0 — minimal 1', 'item 1 ("TOPI-01 x-0"): quantity 0 — at least 1'],
    ['TOPI-01 x -3', 'item ke-1 ("TOPI-01 x -3"): jumlah -3 tidak boleh negatif', 'item 1 ("TOPI-01 x -3"): quantity -3 cannot be negative'],
    ['× 2', 'item ke-1 ("× 2"): SKU-nya belum ditulis — tulis seperti KAOS-HTM-L x2', 'item 1 ("× 2"): the SKU is missing — write it like KAOS-HTM-L x2'],
    ['TOPI-01', 'item ke-1 ("TOPI-01"): jumlahnya belum diisi — tulis seperti KAOS-HTM-L x2', 'item 1 ("TOPI-01"): the quantity is missing — write it like KAOS-HTM-L x2'],
    ['TOPI-01 x ', 'item ke-1 ("TOPI-01 x"): jumlahnya belum diisi — tulis seperti KAOS-HTM-L x2', 'item 1 ("TOPI-01 x"): the quantity is missing — write it like KAOS-HTM-L x2'],
    ['TOPI-01 x1, topi-01 x2', 'item ke-2 ("topi-01 x2"): SKU topi-01 sudah ada di item ke-1 — gabungkan jadi satu (mis. topi-01 x3)', 'item 2 ("topi-01 x2"): SKU topi-01 is already item 1 — merge them into one (e.g. topi-01 x3)'],
  ])('refuses %p, naming the entry in both languages', (typed, id, en) => {
    expect(problemsOf(typed)).toEqual([{ id, en }]);
  });

  it.each([[null], [undefined], ['   ']])('an empty Item cell (%p) says how to write items', (typed) => {
    expect(problemsOf(typed)).toEqual([{ id: 'item belum diisi (tulis seperti KAOS-HTM-L x2, TOPI-01 x1)', en: 'no items (write them like KAOS-HTM-L x2, TOPI-01 x1)' }]);
  });

  it('an Item cell of separators only names what was typed', () => {
    expect(problemsOf(', ;')).toEqual([{ id: '", ;" tidak berisi item (tulis seperti KAOS-HTM-L x2)', en: '", ;" holds no items (write them like KAOS-HTM-L x2)' }]);
  });

  it('a SKU written three times is named twice, each pointing at the first', () => {
    expect(problemsOf('A x1, B x1, a x2, A x5').map((p) => p.id)).toEqual([
      'item ke-3 ("a x2"): SKU a sudah ada di item ke-1 — gabungkan jadi satu (mis. a x3)',
      'item ke-4 ("A x5"): SKU A sudah ada di item ke-1 — gabungkan jadi satu (mis. A x6)',
    ]);
  });

  it('writes no items as an empty cell', () => {
    expect(formatItems([])).toBe('');
  });
});

describe('items as CS really types them', () => {
  it.each([
    ['TOPI-01  x2', [{ sku: 'TOPI-01', quantity: 2 }]],
    ['BOX-XL   X 3', [{ sku: 'BOX-XL', quantity: 3 }]],
  ])('reads %p, with more than one space before the x', (typed, items) => {
    const result = parseItems(typed);

    expect(result).toEqual({ ok: true, items });
  });

  it('a negative quantity written without spaces is refused as negative', () => {
    const result = parseItems('TOPI-01x-2');

    expect(result).toEqual({
      ok: false,
      problems: [{ id: 'item ke-1 ("TOPI-01x-2"): jumlah -2 tidak boleh negatif', en: 'item 1 ("TOPI-01x-2"): quantity -2 cannot be negative' }],
    });
  });

  it.each([
    ['TOPI-01 x12.50', '12.50'],
    ['TOPI-01 x-1.5', '-1.5'],
  ])('a decimal quantity (%p) is refused as not whole, however many digits or whatever its sign', (typed, quantity) => {
    const result = parseItems(typed);

    expect(result).toEqual({
      ok: false,
      problems: [{ id: `item ke-1 ("${typed}"): jumlah "${quantity}" harus bilangan bulat`, en: `item 1 ("${typed}"): quantity "${quantity}" must be a whole number` }],
    });
  });

  it('a quantity with something before its digits (#2) is refused as not a number, never read as one', () => {
    const result = parseItems('TOPI-01 x #2');

    expect(result).toEqual({
      ok: false,
      problems: [{ id: 'item ke-1 ("TOPI-01 x #2"): jumlah "#2" bukan angka — tulis dengan angka, mis. x2', en: 'item 1 ("TOPI-01 x #2"): quantity "#2" is not a number — use digits, e.g. x2' }],
    });
  });

  it('a line with text after a quantity typed without spaces is refused, not read as its number alone', () => {
    const result = parseItems('TOPI-01x2 pcs');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.id)).toEqual([expect.stringMatching(/^item ke-1 \("TOPI-01x2 pcs"\): /)]);
  });

  it.each([['A x1\rB x2'], ['A x1\rBx2']])('two lines split by a lone carriage return (%p) are refused, never half read', (typed) => {
    const result = parseItems(typed);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.id)).toEqual([`item ke-1 ("${typed}"): jumlahnya belum diisi — tulis seperti KAOS-HTM-L x2`]);
  });
});
