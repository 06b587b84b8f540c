/**
 * Reject order (Finance): the selected orders of Keuangan · Approval go back to CS · Pesanan with the
 * reason (status Ditolak) and their reserved stock is released. An order already back in CS (a
 * half-done reject) is updated there, not added twice.
 */
import { orderIdTakenIn } from './order-messages';
import { emptyPlan, findOrder, isSameOrder, NO_ORDER_ID, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { orderIdOf, OrderRow, StockRow } from './order-record';
import { StockBook } from './stock-book';
import { APPROVAL_SHEET, ORDERS_SHEET } from '../sheets/schema';

/** What Reject order decides with. */
export interface RejectInput {
  readonly selected: readonly OrderRow[];
  /** Every row of CS · Pesanan. */
  readonly target: readonly OrderRow[];
  readonly stock: readonly StockRow[];
  readonly reason: string;
}

/** Plans Reject order; see the file comment. */
export function planReject(input: RejectInput, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  const book = new StockBook(input.stock);
  for (const row of input.selected) {
    const orderId = orderIdOf(row.record);
    if (orderId === '') {
      skipOrder(plan, row, NO_ORDER_ID);
      continue;
    }
    const inTarget = findOrder(input.target, orderId);
    if (inTarget && !isSameOrder(inTarget.record, row.record)) {
      skipOrder(plan, row, orderIdTakenIn(orderId, ORDERS_SHEET.name));
      continue;
    }
    const released = book.releaseOrder(orderId, row.record.items);
    if (!released.ok) {
      skipOrder(plan, row, released.reasons[0]);
      continue;
    }
    plan.warnings.push(...released.warnings);
    // Back with CS: the link of the last state would tell the customer something no longer true.
    const changes = { fulfilment: 'Ditolak', rejectReason: input.reason, waLink: '', updatedBy: env.user };
    if (inTarget) plan.targetUpdates.push({ rowNumber: inTarget.rowNumber, changes });
    else plan.targetAppends.push({ ...row.record, ...changes });
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    plan.logs.push({ action: 'Tolak pesanan', orderId, from: APPROVAL_SHEET.name, to: ORDERS_SHEET.name, details: `Alasan: ${input.reason}` });
  }
  plan.stock.push(...book.changes());
  return plan;
}
