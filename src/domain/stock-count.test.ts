import { planStockCount, stockCountEntry, netStockLoss, parseCountReason, StockCountRow } from './stock-count';

const NOW = Date.UTC(2026, 10, 30, 3);
const row = (rowNumber: number, changes: Record<string, string | number> = {}): StockCountRow => ({
  rowNumber,
  record: { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L', onHand: 20, reserved: 3, available: 17, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000, orderTrail: 'TK-2611-0001:R', countedQty: '', countReason: '', ...changes },
});
const problemsOf = (rows: StockCountRow[]) => planStockCount(rows).problems.map((p) => p.id);

describe('planStockCount', () => {
  it('two shirts missing: on hand becomes the count, the loss is booked at cost, reserved stays as it is', () => {
    const plan = planStockCount([row(2, { countedQty: 18, countReason: 'Hilang' })]);

    expect(plan.problems).toEqual([]);
    expect(plan.adjustments).toEqual([
      { rowNumber: 2, sku: 'KAOS-HTM-L', before: 20, counted: 18, difference: -2, reason: 'Hilang', unitCost: 40000, value: 80000, entryId: 'SO-KAOS-HTM-L-1', trail: 'TK-2611-0001:R OPNAME-1:O' },
    ]);
    expect(stockCountEntry(plan.adjustments[0], NOW, 'agus@toko.test')).toEqual({
      entryId: 'SO-KAOS-HTM-L-1', date: NOW, type: 'Pengeluaran', category: 'Penyesuaian Stok', amount: 80000, reference: 'KAOS-HTM-L',
      note: 'Stock opname KAOS-HTM-L: Stok Fisik 20 → 18 (−2 × Rp40.000) · Hilang', by: 'agus@toko.test',
    });
  });

  it('a count that finds more, from a miscount, is booked as Pemasukan at cost', () => {
    const [found] = planStockCount([row(2, { countedQty: '21', countReason: 'salah hitung' })]).adjustments;

    expect(found).toMatchObject({ difference: 1, reason: 'Salah hitung', value: 40000 });
    expect(stockCountEntry(found, NOW, 'agus@toko.test')).toMatchObject({ type: 'Pemasukan', amount: 40000 });
  });

  it('the next opname of the same SKU gets the next ID from the mark in its trail, so an old entry never hides a new one', () => {
    const [second] = planStockCount([row(2, { countedQty: 19, countReason: 'Rusak', orderTrail: 'TK-2611-0001:R OPNAME-1:O' })]).adjustments;

    expect(second.entryId).toBe('SO-KAOS-HTM-L-2');
    expect(second.trail).toBe('TK-2611-0001:R OPNAME-2:O');
  });

  it('a count equal to on hand needs no reason and books nothing; only counted rows are looked at', () => {
    const plan = planStockCount([row(2, { countedQty: 20 }), row(3, { sku: 'TOPI-01', onHand: 'rusak?' })]);

    expect(plan.problems).toEqual([]);
    expect(plan.adjustments).toEqual([expect.objectContaining({ sku: 'KAOS-HTM-L', difference: 0, entryId: '', trail: 'TK-2611-0001:R' })]);
  });

  it('a SKU without a cost price has its count written but nothing booked, and the line says so', () => {
    const [adjustment] = planStockCount([row(2, { countedQty: 18, countReason: 'Rusak', costPrice: '' })]).adjustments;

    expect(adjustment).toMatchObject({ value: 0, entryId: '', trail: 'TK-2611-0001:R' });
    expect(stockCountEntry(adjustment, NOW, 'x')).toBeNull();
  });

  it('sums the net loss at cost: two lost, one found', () => {
    const plan = planStockCount([row(2, { countedQty: 18, countReason: 'Hilang' }), row(3, { sku: 'TOPI-01', onHand: 10, reserved: 0, costPrice: 20000, countedQty: 11, countReason: 'Salah hitung' })]);

    expect(netStockLoss(plan.adjustments)).toBe(80000 - 20000);
  });
});

describe('planStockCount refuses bad input and names the row', () => {
  it('letters, a fraction or a negative count', () => {
    expect(problemsOf([row(2, { countedQty: 'delapan belas', countReason: 'Hilang' }), row(3, { sku: 'B', countedQty: '1,5' }), row(4, { sku: 'C', countedQty: -2 })])).toEqual([
      'Baris 2 (KAOS-HTM-L): Hasil Hitung "delapan belas" bukan angka bulat — ketik jumlahnya saja, mis. 18',
      'Baris 3 (B): Hasil Hitung "1,5" bukan angka bulat — ketik jumlahnya saja, mis. 18',
      'Baris 4 (C): Hasil Hitung -2 tidak boleh negatif',
    ]);
  });

  it('a difference without a reason, an unknown reason, and goods that grew by being lost', () => {
    expect(problemsOf([row(2, { countedQty: 18 }), row(3, { sku: 'B', countedQty: 18, countReason: 'dicuri' }), row(4, { sku: 'C', countedQty: 25, countReason: 'Hilang' })])).toEqual([
      'Baris 2 (KAOS-HTM-L): Stok Fisik 20, dihitung 18: pilih Alasan Selisih (Hilang, Rusak, Salah hitung)',
      'Baris 3 (B): Alasan Selisih "dicuri" tidak dikenal — pilih Hilang, Rusak, Salah hitung',
      'Baris 4 (C): dihitung 25, lebih banyak dari Stok Fisik 20: barang tidak bertambah karena hilang — pilih Salah hitung',
    ]);
  });

  it('a count below what customers have booked', () => {
    const [problem] = problemsOf([row(2, { countedQty: 2, countReason: 'Hilang' })]);

    expect(problem).toMatch(/^Baris 2 \(KAOS-HTM-L\): Hasil Hitung 2 lebih kecil dari Di-booking 3: 3 unit sudah di-booking pesanan yang belum dikirim/);
  });

  it('a reason without a count, a count without a SKU, and a SKU listed twice', () => {
    expect(problemsOf([row(2, { countReason: 'Rusak' }), row(3, { sku: '', countedQty: 4 }), row(4, { sku: 'TOPI-01', countedQty: 4 }), row(5, { sku: 'topi-01' })])).toEqual([
      'Baris 2 (KAOS-HTM-L): Alasan Selisih "Rusak" diisi tetapi Hasil Hitung kosong — ketik jumlah yang dihitung di rak, atau kosongkan alasannya',
      'Baris 3: Hasil Hitung/Alasan Selisih diisi tetapi SKU kosong',
      'Baris 4 (TOPI-01): SKU ini tercantum dua kali di Gudang · Stok — gabungkan dulu barisnya',
    ]);
  });
});

describe('parseCountReason', () => {
  it.each([['Hilang', 'Hilang'], ['RUSAK', 'Rusak'], ['salah-hitung', 'Salah hitung'], ['salahhitung', 'Salah hitung'], [' Salah  hitung ', 'Salah hitung'], ['dicuri', null]] as const)('reads %p as %p', (typed, reason) => {
    expect(parseCountReason(typed)).toBe(reason);
  });
});
