/** Toko → Tolak pesanan (Finance): asks the reason, sends the orders back to CS · Pesanan and releases their stock. */
import { UserError } from '../domain/i18n';
import { PROMPTS, REFUSALS, summarizePlan } from '../domain/order-messages';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { planReject } from '../domain/plan-reject';
import { APPROVAL_SHEET, ORDERS_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, planEnvOf } from './apply-order-plan';
import { selectedOrders } from './selected-orders';
import { askText } from './ui-prompt';

/** Who may reject orders, and the action's name in messages and the Log. */
export const REJECT_ACTION: ActionSpec = { name: 'Tolak pesanan', divisions: ['Keuangan'] };

/** Rejects the selected orders with the reason typed; returns what to tell the user. */
export function rejectSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'reject', [APPROVAL_SHEET]);
  const ask = PROMPTS.rejectReason(selection.rows.map((row) => orderIdOf(row.record) || `baris ${row.rowNumber}`).join(', '));
  const reason = askText(ctx, ask.title, ask.prompt);
  if (reason === null) throw new UserError(REFUSALS.cancelled('reject'));
  if (reason === '') throw new UserError(REFUSALS.reasonRequired('reject'));
  const target = Table.read(ctx.ss, ORDERS_SHEET, ctx.lang);
  const stock = Table.read(ctx.ss, STOCK_SHEET, ctx.lang);
  const plan = planReject({ selected: selection.rows, target: target.rows as OrderRow[], stock: stock.rows, reason }, planEnvOf(ctx));
  applyOrderPlan(ctx, plan, { source: selection.table, target, stock });
  return summarizePlan('reject', plan, ORDERS_SHEET.name);
}

/** Menu entry: Tolak pesanan. */
export function rejectOrders(): void {
  runAction(REJECT_ACTION, rejectSelectedOrders);
}
