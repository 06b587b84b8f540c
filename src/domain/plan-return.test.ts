import { damagedItemsOf, planReturn, returnCostOf, ReturnInput } from './plan-return';
import { jakartaDay } from './cod-tally';
import { aConfirmedOrder, NOW, orderRows, planEnv, stockRows } from '../../test/e2e/pipeline-fixtures';

/** A COD order shipped with JNE: two T-shirts and a cap, Ongkir Rp18.000. */
const shippedCod = (orderId: string, changes: Record<string, string | number> = {}) =>
  aConfirmedOrder(orderId, { paymentMethod: 'COD', fulfilment: 'Sudah dikirim', courier: 'JNE', trackingNumber: 'JNE0012345', ...changes });
/** The starter stock after TK-2611-0001's goods shipped (8 T-shirts, 4 caps left). */
const stockAfterShipping = (orderId = 'TK-2611-0001') =>
  stockRows({ 'KAOS-HTM-L': { onHand: 8, orderTrail: `${orderId}:S` }, 'TOPI-01': { onHand: 4, orderTrail: `${orderId}:S` } });
const input = (changes: Partial<ReturnInput> = {}): ReturnInput => ({
  selected: orderRows([shippedCod('TK-2611-0001')]), target: [], ledgerIds: [], stock: stockAfterShipping(), stockHasDamaged: true, ...changes,
});
const env = planEnv({ user: 'agus@toko.test' });

describe('planReturn (Tandai retur)', () => {
  it('a returned COD parcel moves to Selesai as Retur, its goods back on hand, the return shipping booked, no income', () => {
    const plan = planReturn(input(), env);

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.targetAppends).toEqual([expect.objectContaining({ orderId: 'TK-2611-0001', fulfilment: 'Retur', paymentStatus: 'Belum bayar', returnCost: 18000, returnedAt: NOW, waLink: '' })]);
    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 10, reserved: 0, available: 10, orderTrail: 'TK-2611-0001:K', damaged: 0 } },
      { rowNumber: 3, changes: { onHand: 5, reserved: 0, available: 5, orderTrail: 'TK-2611-0001:K', damaged: 0 } },
    ]);
    expect(plan.ledger).toEqual([{ entryId: 'RT-TK-2611-0001', date: NOW, type: 'Pengeluaran', category: 'Ongkir', amount: 18000, reference: 'TK-2611-0001', note: 'Ongkir retur COD · JNE JNE0012345 · Siti Aminah', by: 'agus@toko.test' }]);
    expect(plan.ledger.some((e) => e.type === 'Pemasukan')).toBe(false);
    expect(plan.sourceRemovals).toEqual([2]);
    expect(plan.outcomes).toEqual([{ orderId: 'TK-2611-0001', kind: 'returned', phone: '6281234567890', city: 'bandung', day: jakartaDay(NOW) }]);
  });

  it('damaged units go to Stok Rusak, never back on hand', () => {
    const plan = planReturn(input({ selected: orderRows([shippedCod('TK-2611-0001', { damagedItems: 'kaos-htm-l x1' })]) }), env);

    expect(plan.stock[0].changes).toMatchObject({ onHand: 9, damaged: 1 });
    expect(plan.logs[0].details).toBe('Retur COD; stok kembali: KAOS-HTM-L x1, TOPI-01 x1; rusak: KAOS-HTM-L x1; ongkir retur Rp18.000; kas RT-TK-2611-0001');
  });

  it('the return shipping the warehouse typed is booked instead of the Ongkir; 0 books nothing', () => {
    const typed = planReturn(input({ selected: orderRows([shippedCod('TK-2611-0001', { returnCost: 'Rp21.500' })]) }), env);
    const none = planReturn(input({ selected: orderRows([shippedCod('TK-2611-0001', { returnCost: 0 })]) }), env);

    expect(typed.ledger.map((e) => e.amount)).toEqual([21500]);
    expect(none.ledger).toEqual([]);
    expect(none.done).toEqual(['TK-2611-0001']);
  });

  it('a rerun after the stock was written returns nothing twice and books nothing twice', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { onHand: 10, orderTrail: 'TK-2611-0001:K' }, 'TOPI-01': { onHand: 5, orderTrail: 'TK-2611-0001:K' } });
    const plan = planReturn(input({ stock, ledgerIds: ['RT-TK-2611-0001'] }), env);

    expect(plan.stock).toEqual([]);
    expect(plan.ledger).toEqual([]);
    expect(plan.done).toEqual(['TK-2611-0001']);
  });

  it('an order already in Selesai (a move cut short) is only removed from Pengiriman', () => {
    const plan = planReturn(input({ target: orderRows([shippedCod('TK-2611-0001', { fulfilment: 'Retur' })], 40) }), env);

    expect(plan.targetAppends).toEqual([]);
    expect(plan.sourceRemovals).toEqual([2]);
  });

  it('refuses, with the reason and nothing changed: not COD, not shipped, already delivered, no ID', () => {
    const selected = orderRows([
      shippedCod('TK-2611-0001', { paymentMethod: 'Transfer', paymentStatus: 'Lunas' }),
      shippedCod('TK-2611-0002', { fulfilment: 'Sudah dikemas' }),
      shippedCod('TK-2611-0003', { paymentStatus: 'Lunas' }),
      shippedCod('TK-2611-0004', { fulfilment: 'Diterima' }),
      shippedCod(''),
    ]);
    const plan = planReturn(input({ selected }), env);

    expect(plan.done).toEqual([]);
    expect(plan.stock).toEqual([]);
    expect(plan.ledger).toEqual([]);
    expect(plan.outcomes).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.id)).toEqual([
      'Baris 2 (TK-2611-0001): bukan COD (Transfer) — Tandai retur hanya untuk paket COD yang kembali; barang yang sudah dibayar dan dikembalikan pelanggan dicatat lewat Catat komplain',
      'Baris 3 (TK-2611-0002): belum dikirim (status Sudah dikemas) — pesanan yang belum dikirim dibatalkan dengan Batalkan pesanan',
      'Baris 4 (TK-2611-0003): sudah diterima pelanggan (COD Lunas) — bukan retur',
      'Baris 5 (TK-2611-0004): sudah diterima pelanggan (COD Lunas) — bukan retur',
      'Baris 6: belum ada ID pesanan',
    ]);
  });

  it('refuses damaged items that are not in the order, or more than shipped, or without the Stok Rusak column', () => {
    const reason = (changes: Partial<ReturnInput>) => planReturn(input(changes), env).skipped.map((s) => s.reason.id);

    expect(reason({ selected: orderRows([shippedCod('TK-2611-0001', { damagedItems: 'TOTE-02 x1' })]) })).toEqual(['Baris 2 (TK-2611-0001): Item Rusak: TOTE-02 tidak ada di pesanan ini (KAOS-HTM-L x2, TOPI-01 x1)']);
    expect(reason({ selected: orderRows([shippedCod('TK-2611-0001', { damagedItems: 'TOPI-01 x3' })]) })).toEqual(['Baris 2 (TK-2611-0001): Item Rusak: TOPI-01 x3 lebih dari yang dikirim (x1)']);
    expect(reason({ selected: orderRows([shippedCod('TK-2611-0001', { damagedItems: 'TOPI-01 x1' })]), stockHasDamaged: false })).toEqual(['Baris 2 (TK-2611-0001): kolom Stok Rusak belum ada di Gudang · Stok — jalankan Toko → Setup, lalu Tandai retur lagi']);
    expect(reason({ selected: orderRows([shippedCod('TK-2611-0001', { returnCost: 'gratis' })]) })).toEqual(['Baris 2 (TK-2611-0001): Ongkir Retur "gratis" bukan jumlah Rupiah (mis. 15000; 0 jika tidak ada biaya)']);
  });

  it('without the Stok Rusak column a parcel that came back whole still returns', () => {
    const plan = planReturn(input({ stockHasDamaged: false }), env);

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.stock[0].changes).toEqual({ onHand: 10, reserved: 0, available: 10, orderTrail: 'TK-2611-0001:K' });
  });

  it('a SKU still reserved for the order (its status typed by hand) is refused: the goods never left', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 2, orderTrail: 'TK-2611-0001:R' } });
    const plan = planReturn(input({ stock }), env);

    expect(plan.skipped[0].reason.id).toContain('stok KAOS-HTM-L untuk pesanan ini masih di-booking');
    expect(plan.stock).toEqual([]);
  });

  it('reads the typed damaged items and return shipping alone', () => {
    expect(damagedItemsOf('', [{ sku: 'A', quantity: 1 }])).toEqual({ ok: true, items: [] });
    expect(damagedItemsOf('a x1', [{ sku: 'A', quantity: 2 }])).toEqual({ ok: true, items: [{ sku: 'A', quantity: 1 }] });
    expect(returnCostOf('', 18000)).toEqual({ ok: true, amount: 18000 });
    expect(returnCostOf('', '')).toEqual({ ok: true, amount: 0 });
    expect(returnCostOf('15.000', 18000)).toEqual({ ok: true, amount: 15000 });
    expect(returnCostOf(-5, 18000).ok).toBe(false);
  });
});
