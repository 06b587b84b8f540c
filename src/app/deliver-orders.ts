/** Toko → Tandai diterima (Warehouse): shipped orders move to Gudang · Selesai; COD income is recorded then. */
import { summarizePlan } from '../domain/order-messages';
import { OrderRow } from '../domain/order-record';
import { planDeliver } from '../domain/plan-deliver';
import { DONE_SHEET, LEDGER_SHEET, SHIPPING_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, ledgerIdsOf, planEnvOf } from './apply-order-plan';
import { selectedOrders } from './selected-orders';

/** Who may mark orders delivered, and the action's name in messages and the Log. */
export const DELIVER_ACTION: ActionSpec = { name: 'Tandai diterima', divisions: ['Gudang'] };

/** Marks the selected orders delivered; returns what to tell the user. */
export function deliverSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'deliver', [SHIPPING_SHEET]);
  const target = Table.read(ctx.ss, DONE_SHEET);
  const ledger = Table.read(ctx.ss, LEDGER_SHEET);
  const plan = planDeliver({ selected: selection.rows, target: target.rows as OrderRow[], ledgerIds: ledgerIdsOf(ledger) }, planEnvOf(ctx));
  applyOrderPlan(ctx, plan, { source: selection.table, target, ledger });
  return summarizePlan('deliver', plan, DONE_SHEET.name);
}

/** Menu entry: Tandai diterima. */
export function deliverOrders(): void {
  runAction(DELIVER_ACTION, deliverSelectedOrders);
}
