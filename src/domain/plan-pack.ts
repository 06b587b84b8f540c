/** Mark packed (Warehouse): the selected orders of Gudang · Pengiriman waiting for packing become Sudah dikemas. */
import { emptyPlan, NO_ORDER_ID, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { cellText } from './cell';
import { orderIdOf, OrderRow } from './order-record';
import { SHIPPING_SHEET } from '../sheets/schema';
import { CHECK_COLUMN_MISSING, isPackingChecked, NOT_CHECKED, PackingCheckMode } from './packing-check';

/**
 * Plans Mark packed: in place, stamped with the time and who packed; already packed or shipped orders stay
 * as they are; with the packing check required, an order whose Dicek is not ticked stays with the reason.
 */
export function planPack(input: { readonly selected: readonly OrderRow[]; readonly packingCheck?: PackingCheckMode }, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  const checkRequired = input.packingCheck !== 'no-column';
  for (const row of input.selected) {
    const orderId = orderIdOf(row.record);
    const status = cellText(row.record.fulfilment);
    if (orderId === '' || (status !== 'Menunggu packing' && status !== '')) {
      const reason = orderId === ''
        ? NO_ORDER_ID
        : status === 'Sudah dikemas'
          ? { id: 'sudah dikemas sebelumnya', en: 'already packed' }
          : { id: `statusnya ${status}, bukan Menunggu packing`, en: `its status is ${status}, not Menunggu packing` };
      skipOrder(plan, row, reason);
      continue;
    }
    if (checkRequired && !isPackingChecked(row.record.checked)) {
      skipOrder(plan, row, NOT_CHECKED);
      continue;
    }
    plan.sourceUpdates.push({ rowNumber: row.rowNumber, changes: { fulfilment: 'Sudah dikemas', packedAt: env.now, updatedBy: env.user } });
    plan.done.push(orderId);
    plan.logs.push({ action: 'Tandai dikemas', orderId, from: SHIPPING_SHEET.name, to: SHIPPING_SHEET.name, details: 'Menunggu packing → Sudah dikemas' });
  }
  if (!checkRequired && plan.done.length) plan.warnings.push(CHECK_COLUMN_MISSING);
  return plan;
}
