import { planReject } from './plan-reject';
import { aConfirmedOrder, orderRows, planEnv, stockRows } from '../../test/e2e/pipeline-fixtures';

const held = stockRows({ 'KAOS-HTM-L': { reserved: 2, orderTrail: 'TK-2611-0001:R' }, 'TOPI-01': { reserved: 1, orderTrail: 'TK-2611-0001:R' } });

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
});
