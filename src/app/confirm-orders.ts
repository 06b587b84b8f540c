/** Toko → Konfirmasi pesanan (CS): the selected rows of CS · Pesanan, checked, numbered, stock reserved, moved to Approval. */
import { summarizePlan } from '../domain/order-messages';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { planConfirm } from '../domain/plan-confirm';
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, planEnvOf } from './apply-order-plan';
import { selectedOrders } from './selected-orders';

/** Who may confirm orders, and the action's name in messages and the Log. */
export const CONFIRM_ACTION: ActionSpec = { name: 'Konfirmasi pesanan', divisions: ['CS'] };

/** Confirms the selected orders (read each sheet once, plan, write); returns what to tell the user. */
export function confirmSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'confirm', [ORDERS_SHEET]);
  const target = Table.read(ctx.ss, APPROVAL_SHEET);
  const shipping = Table.read(ctx.ss, SHIPPING_SHEET);
  const done = Table.read(ctx.ss, DONE_SHEET);
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const idsOf = (table: Table<string>) => (table.rows as OrderRow[]).map((row) => orderIdOf(row.record)).filter((id) => id !== '');
  const plan = planConfirm(
    {
      selected: selection.rows,
      source: selection.table.rows as OrderRow[],
      target: target.rows as OrderRow[],
      elsewhere: [
        { sheet: SHIPPING_SHEET.name, ids: idsOf(shipping) },
        { sheet: DONE_SHEET.name, ids: idsOf(done) },
      ],
      stock: stock.rows,
    },
    planEnvOf(ctx),
  );
  applyOrderPlan(ctx, plan, { source: selection.table, target, stock });
  return summarizePlan('confirm', plan, APPROVAL_SHEET.name);
}

/** Menu entry: Konfirmasi pesanan. */
export function confirmOrders(): void {
  runAction(CONFIRM_ACTION, confirmSelectedOrders);
}
