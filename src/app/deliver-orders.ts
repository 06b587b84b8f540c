/** Toko → Tandai diterima (Warehouse): shipped orders move to Gudang · Selesai; COD income is recorded then. */
import { summarizePlan } from '../domain/order-messages';
import { planDeliver } from '../domain/plan-deliver';
import { DONE_SHEET, SHIPPING_SHEET } from '../sheets/schema';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, openLedger, openTarget, orderIdsOf } from './apply-order-plan';
import { planEnvWithTemplates } from './cs-templates';
import { STATE_TEMPLATES } from '../domain/template-starters';
import { selectedOrders } from './selected-orders';
import { deliveredCodOutcomes } from '../domain/cod-tally';
import { openCodTally } from './cod-tally';

/** Who may mark orders delivered, and the action's name in messages and the Log. */
export const DELIVER_ACTION: ActionSpec = { name: 'Tandai diterima', divisions: ['Gudang'] };

/** Marks the selected orders delivered; returns what to tell the user. */
export function deliverSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'deliver', [SHIPPING_SHEET]);
  const orderIds = orderIdsOf(selection.rows);
  const target = openTarget(ctx, DONE_SHEET, orderIds);
  const ledger = openLedger(ctx, orderIds);
  const withTemplates = planEnvWithTemplates(ctx, [STATE_TEMPLATES.delivered]);
  const plan = planDeliver({ selected: selection.rows, target: target.rows, ledgerIds: ledger.ids }, withTemplates.env);
  if (withTemplates.note && plan.done.length) plan.warnings.push(withTemplates.note);
  // The COD tally (the risk flag's city rates) counts each COD delivery, keyed by order ID, before any other effect.
  const outcomes = deliveredCodOutcomes(selection.rows, plan.done, ctx.now);
  const tally = outcomes.length ? openCodTally(ctx) : null;
  applyOrderPlan(ctx, plan, { source: selection.table, target: target.table, ledger: ledger.table }, () => tally?.record(outcomes));
  return summarizePlan('deliver', plan, DONE_SHEET.name);
}

/** Menu entry: Tandai diterima. */
export function deliverOrders(): void {
  runAction(DELIVER_ACTION, deliverSelectedOrders);
}
