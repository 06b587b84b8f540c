/** Toko → Batalkan pesanan: an order not yet shipped, from CS, Approval or Pengiriman, is cancelled with a reason. */
import { summarizePlan } from '../domain/order-messages';
import { planCancel } from '../domain/plan-cancel';
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, openLedger, openTarget, orderIdsOf, planEnvOf } from './apply-order-plan';
import { selectedOrders } from './selected-orders';
import { askReason } from './ask-reason';
import { releasePromoUses } from './promo-uses';

/** Who may cancel orders (each from their own sheet), and the action's name in messages and the Log. */
export const CANCEL_ACTION: ActionSpec = { name: 'Batalkan pesanan', divisions: ['CS', 'Keuangan', 'Gudang'] };

/** Cancels the selected orders with the reason typed; returns what to tell the user. */
export function cancelSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'cancel', [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET]);
  const reason = askReason(ctx, 'cancel', selection.rows);
  const orderIds = orderIdsOf(selection.rows);
  const target = openTarget(ctx, DONE_SHEET, orderIds);
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const ledger = openLedger(ctx, orderIds);
  const plan = planCancel(
    { selected: selection.rows, sourceSheet: selection.spec.name, target: target.rows, stock: stock.rows, ledgerIds: ledger.ids, reason },
    planEnvOf(ctx),
  );
  // An order still in CS · Pesanan holds no promo use (never confirmed, or rejected: given back then).
  const promos = releasePromoUses(ctx, selection.spec.name === ORDERS_SHEET.name ? [] : selection.rows, plan);
  applyOrderPlan(ctx, plan, { source: selection.table, target: target.table, stock, ledger: ledger.table }, () => promos?.write());
  return summarizePlan('cancel', plan, DONE_SHEET.name);
}

/** Menu entry: Batalkan pesanan. */
export function cancelOrders(): void {
  runAction(CANCEL_ACTION, cancelSelectedOrders);
}
