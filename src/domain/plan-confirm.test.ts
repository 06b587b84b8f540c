import { planConfirm, ConfirmInput } from './plan-confirm';
import { orderIdAllocator } from './order-id';
import { IdPlace } from './order-plan';
import { OrderRow } from './order-record';
import { anOrder, aConfirmedOrder, NOW, orderRows, planEnv, stockRows } from '../../test/e2e/pipeline-fixtures';

const input = (changes: Partial<ConfirmInput> = {}): ConfirmInput => ({
  selected: orderRows([anOrder()]), idPlaces: [], stock: stockRows(), ids: orderIdAllocator([], 'TK', NOW), ...changes,
});

/** The places the use case finds for the typed IDs of these CS rows (each row is a place of its own ID). */
const csPlaces = (rows: readonly OrderRow[]): IdPlace[] =>
  rows.filter((r) => r.record.orderId !== '').map((r) => ({ orderId: String(r.record.orderId), sheet: 'CS · Pesanan', rowNumber: r.rowNumber }));
const approvalPlace = (row: OrderRow): IdPlace => ({ orderId: String(row.record.orderId), sheet: 'Keuangan · Approval', rowNumber: row.rowNumber, record: row.record });

describe('planConfirm', () => {
  it('confirming a good order numbers it, reserves its stock, prices it and moves it to Approval', () => {
    const plan = planConfirm(input(), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.ids).toEqual([{ rowNumber: 2, changes: { orderId: 'TK-2611-0001' } }]);
    expect(plan.sourceUpdates).toEqual([]);
    expect(plan.targetAppends[0]).toMatchObject({
      orderId: 'TK-2611-0001', phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', subtotal: 220000, total: 238000,
      costOfGoods: 100000, fulfilment: 'Menunggu approval', confirmedAt: NOW, paymentStatus: 'Belum bayar', updatedBy: 'rina@toko.test',
    });
    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 10, reserved: 2, available: 8, orderTrail: 'TK-2611-0001:R' } },
      { rowNumber: 3, changes: { onHand: 5, reserved: 1, available: 4, orderTrail: 'TK-2611-0001:R' } },
    ]);
    expect(plan.sourceRemovals).toEqual([2]);
    expect(plan.skipped).toEqual([]);
  });

  it('a bad row stays untouched and says which row and column', () => {
    const source = orderRows([anOrder({ items: 'KAOS-HTM-L x dua' }), anOrder({ customerName: 'Budi' })]);

    const plan = planConfirm(input({ selected: source }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0].reason.id).toBe('Baris 2, kolom "Item": item ke-1 ("KAOS-HTM-L x dua"): jumlah "dua" bukan angka — tulis dengan angka, mis. x2');
    expect(plan.ids.map((u) => u.rowNumber)).toEqual([3]);
    expect(plan.sourceRemovals).toEqual([3]);
  });

  it('two orders for the last units: the first gets them, the second stays with the shortage', () => {
    const source = orderRows([anOrder({ items: 'TOPI-01 x3' }), anOrder({ items: 'TOPI-01 x3', customerName: 'Budi' })]);

    const plan = planConfirm(input({ selected: source }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.skipped[0].reason.id).toBe('Baris 3: stok TOPI-01 kurang: perlu 3, tersedia 2');
  });

  it('refuses an unknown SKU, an ID typed twice and an ID used on another sheet', () => {
    const source = orderRows([
      anOrder({ items: 'SEPATU-99 x1' }),
      anOrder({ orderId: 'TK-X1' }),
      anOrder({ orderId: 'TK-X1' }),
      anOrder({ orderId: 'TK-OLD' }),
    ]);

    const idPlaces = [...csPlaces(source), { orderId: 'TK-OLD', sheet: 'Gudang · Selesai', rowNumber: 812 }];

    const plan = planConfirm(input({ selected: source, idPlaces }), planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped.map((s) => s.reason.id)).toEqual([
      'Baris 2: SKU SEPATU-99 tidak ada di Gudang · Stok',
      'Baris 3: ID TK-X1 sudah ada di CS · Pesanan baris 4 — kosongkan kolom ID untuk pesanan baru',
      'Baris 4: ID TK-X1 sudah ada di CS · Pesanan baris 3 — kosongkan kolom ID untuk pesanan baru',
      'Baris 5: ID TK-OLD sudah ada di Gudang · Selesai baris 812 — kosongkan kolom ID untuk pesanan baru',
    ]);
    expect(plan.stock).toEqual([]);
  });

  it('numbers new orders after every ID the shop ever issued, even ones whose rows were deleted', () => {
    const plan = planConfirm(input({ ids: orderIdAllocator([], 'TK', NOW, 41) }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0042']);
  });

  it('a rerun after the order reached Approval only removes it from CS and reserves nothing again', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0001' })]);
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 2, orderTrail: 'TK-2611-0001:R' }, 'TOPI-01': { reserved: 1, orderTrail: 'TK-2611-0001:R' } });

    const idPlaces = [...csPlaces(source), approvalPlace(orderRows([aConfirmedOrder('TK-2611-0001')])[0])];

    const plan = planConfirm(input({ selected: source, idPlaces, stock }), planEnv());

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.targetAppends).toEqual([]);
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([2]);
  });

  it('a different customer under an ID already in Approval is refused, not merged', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0001', customerName: 'Budi' })]);

    const plan = planConfirm(input({ selected: source, idPlaces: [approvalPlace(orderRows([aConfirmedOrder('TK-2611-0001')])[0])] }), planEnv());

    expect(plan.skipped[0].reason.id).toBe('Baris 2: ID TK-2611-0001 sudah ada di Keuangan · Approval baris 2 — kosongkan kolom ID untuk pesanan baru');
  });

  it('a repeat customer\'s row copied with its ID and other items is refused with both places named, and reserves nothing', () => {
    const source = orderRows([anOrder({ orderId: 'TK-2611-0007', items: 'TOPI-01 x1' })]);
    const inApproval = { ...approvalPlace(orderRows([aConfirmedOrder('TK-2611-0007')])[0]), rowNumber: 5 };

    const plan = planConfirm(input({ selected: source, idPlaces: [inApproval] }), planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped[0].reason.id).toBe('Baris 2: ID TK-2611-0007 sudah ada di Keuangan · Approval baris 5 — kosongkan kolom ID untuk pesanan baru');
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });

  it('refuses a discount larger than the subtotal', () => {
    const source = orderRows([anOrder({ items: 'TOPI-01 x1', discount: 60000 })]);

    const plan = planConfirm(input({ selected: source }), planEnv());

    expect(plan.skipped[0].reason.id).toBe('Baris 2: diskon Rp60.000 lebih besar dari subtotal Rp50.000');
  });
});
