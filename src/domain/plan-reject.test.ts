import { planReject } from './plan-reject';
import { aConfirmedOrder, orderRows, planEnv, stockHeldFor, stockRows } from '../../test/e2e/pipeline-fixtures';

const held = stockHeldFor('TK-2611-0001');

describe('planReject', () => {
  it('rejecting sends the order back to CS with the reason and releases its stock', () => {
    const plan = planReject({ selected: orderRows([aConfirmedOrder('TK-2611-0001')]), target: [], stock: held, reason: 'Bukti transfer palsu' }, planEnv());

    expect(plan.targetAppends[0]).toMatchObject({ orderId: 'TK-2611-0001', fulfilment: 'Ditolak', rejectReason: 'Bukti transfer palsu' });
    expect(plan.stock).toEqual([
      { rowNumber: 2, changes: { onHand: 10, reserved: 0, available: 10, orderTrail: '' } },
      { rowNumber: 3, changes: { onHand: 5, reserved: 0, available: 5, orderTrail: '' } },
    ]);
    expect(plan.sourceRemovals).toEqual([2]);
  });

  it('a rerun finds the order already back in CS: it updates that row and releases nothing twice', () => {
    const back = orderRows([aConfirmedOrder('TK-2611-0001', { fulfilment: 'Ditolak' })], 5);

    const plan = planReject({ selected: orderRows([aConfirmedOrder('TK-2611-0001')]), target: back, stock: stockRows(), reason: 'x' }, planEnv());

    expect(plan.targetAppends).toEqual([]);
    expect(plan.targetUpdates).toEqual([{ rowNumber: 5, changes: { fulfilment: 'Ditolak', rejectReason: 'x', waLink: '', updatedBy: 'rina@toko.test' } }]);
    expect(plan.stock).toEqual([]);
  });

  it('an order whose ID another order in CS already uses stays in Approval and keeps its reserved stock', () => {
    const someoneElse = orderRows([aConfirmedOrder('TK-2611-0001', { customerName: 'Orang Lain', items: 'TOPI-01 x1' })], 7);

    const plan = planReject({ selected: orderRows([aConfirmedOrder('TK-2611-0001')]), target: someoneElse, stock: held, reason: 'x' }, planEnv());

    expect(plan.done).toEqual([]);
    expect(plan.skipped.map((s) => s.orderId)).toEqual(['TK-2611-0001']);
    expect(plan.stock).toEqual([]);
    expect(plan.sourceRemovals).toEqual([]);
  });
});

describe('planReject guards', () => {
  const reject = (selected: ReturnType<typeof orderRows>, stock = held) => planReject({ selected, target: [], stock, reason: 'Bukti transfer palsu' }, planEnv());

  it('an order without an ID stays', () => {
    expect(reject(orderRows([aConfirmedOrder('')])).skipped.map((s) => s.reason)).toEqual([{ id: 'Baris 2: belum ada ID pesanan', en: 'Row 2: no order ID' }]);
  });

  it('an order whose SKU left the stock sheet stays in Approval, naming the SKU', () => {
    const plan = reject(orderRows([aConfirmedOrder('TK-2611-0001', { items: 'SEPATU-99 x1' })]));

    expect(plan.skipped.map((s) => s.reason.id)).toEqual(['Baris 2 (TK-2611-0001): SKU SEPATU-99 tidak ada di Gudang · Stok']);
    expect(plan.sourceRemovals).toEqual([]);
    expect(plan.targetAppends).toEqual([]);
  });

  it('the order goes back to CS whole, with the reason, who rejected it and a Log line', () => {
    const plan = reject(orderRows([aConfirmedOrder('TK-2611-0001')]));

    expect(plan.targetAppends).toEqual([{ ...aConfirmedOrder('TK-2611-0001'), fulfilment: 'Ditolak', rejectReason: 'Bukti transfer palsu', updatedBy: 'rina@toko.test' }]);
    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.logs).toEqual([{ action: 'Tolak pesanan', orderId: 'TK-2611-0001', from: 'Keuangan · Approval', to: 'CS · Pesanan', details: 'Alasan: Bukti transfer palsu' }]);
  });

  it('releasing more than the sheet holds warns and still rejects', () => {
    const stock = stockRows({ 'KAOS-HTM-L': { reserved: 1, orderTrail: 'TK-2611-0001:R' }, 'TOPI-01': { reserved: 1, orderTrail: 'TK-2611-0001:R' } });

    const plan = reject(orderRows([aConfirmedOrder('TK-2611-0001')]), stock);

    expect(plan.done).toEqual(['TK-2611-0001']);
    expect(plan.warnings.map((w) => w.id)).toEqual(['Di-booking untuk KAOS-HTM-L tinggal 1, kurang dari 2; dibuat 0 — cek Gudang · Stok']);
  });
});
