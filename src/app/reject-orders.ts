/** Toko → Tolak pesanan (Finance): asks the reason, sends the orders back to CS · Pesanan and releases their stock. */
import { summarizePlan } from '../domain/order-messages';
import { planReject } from '../domain/plan-reject';
import { APPROVAL_SHEET, ORDERS_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, openTarget, orderIdsOf, planEnvOf } from './apply-order-plan';
import { selectedOrders } from './selected-orders';
import { askReason } from './ask-reason';
import { releasePromoUses } from './promo-uses';

/** Who may reject orders, and the action's name in messages and the Log. */
export const REJECT_ACTION: ActionSpec = { name: 'Tolak pesanan', divisions: ['Keuangan'] };

/** Rejects the selected orders with the reason typed; returns what to tell the user. */
export function rejectSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'reject', [APPROVAL_SHEET]);
  const reason = askReason(ctx, 'reject', selection.rows);
  const target = openTarget(ctx, ORDERS_SHEET, orderIdsOf(selection.rows));
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const plan = planReject({ selected: selection.rows, target: target.rows, stock: stock.rows, reason }, planEnvOf(ctx));
  const promos = releasePromoUses(ctx, selection.rows, plan);
  applyOrderPlan(ctx, plan, { source: selection.table, target: target.table, stock }, () => promos?.write());
  return summarizePlan('reject', plan, ORDERS_SHEET.name);
}

/** Menu entry: Tolak pesanan. */
export function rejectOrders(): void {
  runAction(REJECT_ACTION, rejectSelectedOrders);
}
