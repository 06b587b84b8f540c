/** Mark packed (Warehouse): the selected orders of Gudang · Pengiriman waiting for packing become Sudah dikemas. */
import { emptyPlan, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { cellText } from './cell';
import { orderIdOf, OrderRow } from './order-record';
import { SHIPPING_SHEET } from '../sheets/schema';

/** Plans Mark packed: in place, stamped with the time and who packed; already packed or shipped orders stay as they are. */
export function planPack(input: { readonly selected: readonly OrderRow[] }, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  for (const row of input.selected) {
    const orderId = orderIdOf(row.record);
    const status = cellText(row.record.fulfilment);
    if (orderId === '' || (status !== 'Menunggu packing' && status !== '')) {
      const reason = orderId === ''
        ? { id: 'belum ada ID pesanan', en: 'no order ID' }
        : status === 'Sudah dikemas'
          ? { id: 'sudah dikemas sebelumnya', en: 'already packed' }
          : { id: `statusnya ${status}, bukan Menunggu packing`, en: `its status is ${status}, not Menunggu packing` };
      skipOrder(plan, row, reason);
      continue;
    }
    plan.sourceUpdates.push({ rowNumber: row.rowNumber, changes: { fulfilment: 'Sudah dikemas', packedAt: env.now, updatedBy: env.user } });
    plan.done.push(orderId);
    plan.logs.push({ action: 'Tandai dikemas', orderId, from: SHIPPING_SHEET.name, to: SHIPPING_SHEET.name, details: 'Menunggu packing → Sudah dikemas' });
  }
  return plan;
}
