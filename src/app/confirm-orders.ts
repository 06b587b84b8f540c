/** Toko → Konfirmasi pesanan (CS): the selected rows of CS · Pesanan, checked, numbered, stock reserved, moved to Approval. */
import { summarizePlan } from '../domain/order-messages';
import { IdPlace } from '../domain/order-plan';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { planConfirm } from '../domain/plan-confirm';
import { APPROVAL_SHEET, DONE_SHEET, OrderColumnKey, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, planEnvOf } from './apply-order-plan';
import { openOrderIdCounter } from './order-id-counter';
import { openPromos } from './promo-uses';
import { selectedOrders } from './selected-orders';

/** Who may confirm orders, and the action's name in messages and the Log. */
export const CONFIRM_ACTION: ActionSpec = { name: 'Konfirmasi pesanan', divisions: ['CS'] };

/**
 * Where the typed IDs of the selection also live, found on the server (no sheet's history is read):
 * other CS rows and Approval rows (read, to tell a half-done move from another order), Pengiriman and Selesai.
 */
function placesOf(ctx: ActionContext, source: Table<OrderColumnKey>, target: Table<OrderColumnKey>, typedIds: string[]): IdPlace[] {
  if (typedIds.length === 0) return [];
  const places: IdPlace[] = [];
  const add = (sheet: string, found: Map<string, number[]>) => {
    for (const [orderId, rows] of found) for (const rowNumber of rows) places.push({ orderId, sheet, rowNumber });
  };
  add(ORDERS_SHEET.name, source.twinsOf('orderId', source.rows.filter((row) => typedIds.includes(orderIdOf(row.record)))));
  for (const row of target.findRows('orderId', typedIds) as OrderRow[]) {
    places.push({ orderId: orderIdOf(row.record), sheet: APPROVAL_SHEET.name, rowNumber: row.rowNumber, record: row.record });
  }
  for (const spec of [SHIPPING_SHEET, DONE_SHEET]) add(spec.name, Table.open(ctx.ss, spec).find('orderId', typedIds));
  return places;
}

/** Confirms the selected orders (read what is needed once, plan, write); returns what to tell the user. */
export function confirmSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'confirm', [ORDERS_SHEET]);
  const target = Table.open(ctx.ss, APPROVAL_SHEET);
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const typedIds = selection.rows.map((row) => orderIdOf(row.record)).filter((id) => id !== '');
  const ids = openOrderIdCounter(ctx.ss, ctx.settings.orderIdPrefix, ctx.now, typedIds);
  const promos = openPromos(ctx, selection.rows);
  const plan = planConfirm({ selected: selection.rows, idPlaces: placesOf(ctx, selection.table, target, typedIds), stock: stock.rows, ids, promos: promos?.book }, planEnvOf(ctx));
  // Promo uses are keyed by order ID in the promo row's trail: written once the IDs are, before any other effect.
  applyOrderPlan(ctx, plan, { source: selection.table, target, stock }, () => {
    ids.save();
    promos?.write();
  });
  return summarizePlan('confirm', plan, APPROVAL_SHEET.name);
}

/** Menu entry: Konfirmasi pesanan. */
export function confirmOrders(): void {
  runAction(CONFIRM_ACTION, confirmSelectedOrders);
}
