/**
 * Toko → Tandai dikirim (resi) (Warehouse): the selected orders of Gudang · Pengiriman leave the
 * warehouse. Courier and resi come from their rows; for one order whose row lacks them, they are asked.
 */
import { UserError } from '../domain/i18n';
import { PROMPTS, REFUSALS, summarizePlan } from '../domain/order-messages';
import { cellText } from '../domain/cell';
import { orderIdOf } from '../domain/order-record';
import { planShip } from '../domain/plan-ship';
import { LEDGER_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { courierLedgerId } from '../domain/courier-cost';
import { emptyPlan } from '../domain/order-plan';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan } from './apply-order-plan';
import { planEnvWithTemplates } from './cs-templates';
import { STATE_TEMPLATES } from '../domain/template-starters';
import { selectedOrders } from './selected-orders';

/** Who may mark orders shipped, and the action's name in messages and the Log. */
export const SHIP_ACTION: ActionSpec = { name: 'Tandai dikirim (resi)', divisions: ['Gudang'] };

/** Marks the selected orders shipped; returns what to tell the user. */
export function shipSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'ship', [SHIPPING_SHEET]);
  const typed: { courier?: string; resi?: string } = {};
  if (selection.rows.length === 1) {
    const only = selection.rows[0].record;
    const status = cellText(only.fulfilment);
    const id = orderIdOf(only);
    if (status !== 'Sudah dikirim' && cellText(only.courier) === '') {
      const ask = PROMPTS.courier(id, ctx.settings.couriers.map((c) => c.name).join(', '));
      const courier = ctx.ask(ask.title, ask.prompt);
      if (courier === null) throw new UserError(REFUSALS.cancelled('ship'));
      typed.courier = courier;
    }
    if (status !== 'Sudah dikirim' && cellText(only.trackingNumber) === '') {
      const ask = PROMPTS.resi(id);
      const resi = ctx.ask(ask.title, ask.prompt);
      if (resi === null) throw new UserError(REFUSALS.cancelled('ship'));
      typed.resi = resi;
    }
  }
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const withTemplates = planEnvWithTemplates(ctx, [STATE_TEMPLATES.shipped]);
  const input = { selected: selection.rows, stock: stock.rows, typed, lang: ctx.lang, courierCostColumn: selection.table.hasColumn('courierCost') };
  let plan = planShip(input, withTemplates.env);
  // The cash book is opened only when a courier cost is booked, and searched only for orders a dead run left half-shipped.
  const ledger = plan.ledger.length ? Table.open(ctx.ss, LEDGER_SHEET) : undefined;
  if (ledger && plan.courierResumed.length) {
    const booked = [...ledger.find('entryId', plan.courierResumed.map(courierLedgerId)).keys()];
    plan = planShip({ ...input, bookedCourierIds: booked }, withTemplates.env);
  }
  if (withTemplates.note && plan.done.length) plan.warnings.push(withTemplates.note);
  // Stock, then the courier costs, then the orders' status: a rerun after a failure books nothing twice (plan-ship.ts).
  applyOrderPlan(ctx, { ...plan, sourceUpdates: [], logs: [] }, { source: selection.table, stock, ledger });
  applyOrderPlan(ctx, { ...emptyPlan(), sourceUpdates: plan.sourceUpdates, logs: plan.logs }, { source: selection.table });
  return summarizePlan('ship', plan, SHIPPING_SHEET.name);
}

/** Menu entry: Tandai dikirim (resi). */
export function shipOrders(): void {
  runAction(SHIP_ACTION, shipSelectedOrders);
}
