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
    expect(plan.targetUpdates).toEqual([{ rowNumber: 5, changes: { fulfilment: 'Ditolak', rejectReason: 'x', updatedBy: 'rina@toko.test' } }]);
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
