/** Toko → Tandai dikemas (packing) (Warehouse): the selected orders of Gudang · Pengiriman become Sudah dikemas. */
import { summarizePlan } from '../domain/order-messages';
import { planPack } from '../domain/plan-pack';
import { SHIPPING_SHEET } from '../sheets/schema';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, planEnvOf } from './apply-order-plan';
import { selectedOrders } from './selected-orders';

/** Who may mark orders packed, and the action's name in messages and the Log. */
export const PACK_ACTION: ActionSpec = { name: 'Tandai dikemas (packing)', divisions: ['Gudang'] };

/** Marks the selected orders packed; returns what to tell the user. */
export function packSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'pack', [SHIPPING_SHEET]);
  const packingCheck = selection.table.hasColumn('checked') ? 'required' : 'no-column';
  const plan = planPack({ selected: selection.rows, packingCheck }, planEnvOf(ctx));
  applyOrderPlan(ctx, plan, { source: selection.table });
  return summarizePlan('pack', plan, SHIPPING_SHEET.name);
}

/** Menu entry: Tandai dikemas (packing). */
export function packOrders(): void {
  runAction(PACK_ACTION, packSelectedOrders);
}
