/** Toko → Approve order (Finance): paid or COD orders of Keuangan · Approval go to the warehouse, with one packing-list e-mail. */
import { summarizePlan } from '../domain/order-messages';
import { planApprove } from '../domain/plan-approve';
import { APPROVAL_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, openLedger, openTarget, orderIdsOf } from './apply-order-plan';
import { planEnvWithTemplates } from './cs-templates';
import { STATE_TEMPLATES } from '../domain/template-starters';
import { selectedOrders } from './selected-orders';

/** Who may approve orders, and the action's name in messages and the Log. */
export const APPROVE_ACTION: ActionSpec = { name: 'Approve order', divisions: ['Keuangan'], sendsMail: true };

/** Who gets the packing list: Email gudang, else the owner, else whoever approves. */
export function packingListRecipients(ctx: ActionContext): string[] {
  if (ctx.settings.warehouseEmails.length) return [...ctx.settings.warehouseEmails];
  return [ctx.settings.ownerEmail || ctx.user].filter((address) => address !== '');
}

/** Approves the selected orders (read each sheet once, plan, write, then mail); returns what to tell the user. */
export function approveSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'approve', [APPROVAL_SHEET]);
  const orderIds = orderIdsOf(selection.rows);
  const twins = selection.table.twinsOf('orderId', selection.rows);
  const target = openTarget(ctx, SHIPPING_SHEET, orderIds);
  const ledger = openLedger(ctx, orderIds);
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const withTemplates = planEnvWithTemplates(ctx, [STATE_TEMPLATES.processing]);
  const plan = planApprove(
    { selected: selection.rows, twins, target: target.rows, ledgerIds: ledger.ids, stock: stock.rows, recipients: packingListRecipients(ctx), lang: ctx.lang },
    withTemplates.env,
  );
  if (withTemplates.note && plan.done.length) plan.warnings.push(withTemplates.note);
  applyOrderPlan(ctx, plan, { source: selection.table, target: target.table, ledger: ledger.table });
  return summarizePlan('approve', plan, SHIPPING_SHEET.name);
}

/** Menu entry: Approve order. */
export function approveOrders(): void {
  runAction(APPROVE_ACTION, approveSelectedOrders);
}
