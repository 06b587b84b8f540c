/** Toko → Konfirmasi pesanan (CS): the selected rows of CS · Pesanan, checked, numbered, stock reserved, moved to Approval. */
import { summarizePlan } from '../domain/order-messages';
import { IdPlace, PipelinePlan } from '../domain/order-plan';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { planConfirm } from '../domain/plan-confirm';
import { APPROVAL_SHEET, DONE_SHEET, OrderColumnKey, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan } from './apply-order-plan';
import { confirmedTemplate } from '../domain/customer-message';
import { normalizePhone } from '../domain/phone';
import { openCsRotation } from './cs-rotation';
import { planEnvWithTemplates } from './cs-templates';
import { openOrderIdCounter } from './order-id-counter';
import { openPromos } from './promo-uses';
import { selectedOrders } from './selected-orders';
import { flagRiskyCod } from './cod-risk-flag';

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

/** The valid normalised phones of some rows. */
function phonesOf(rows: readonly OrderRow[]): string[] {
  return [...new Set(rows.flatMap((row) => {
    const phone = normalizePhone(row.record.phone);
    return phone.ok ? [phone.phone] : [];
  }))];
}

/** Confirms the selected orders (read what is needed once, plan, write); returns what to tell the user. */
export function confirmSelectedOrders(ctx: ActionContext): ActionOutcome {
  const selection = selectedOrders(ctx, 'confirm', [ORDERS_SHEET]);
  return confirmRows(ctx, selection.table, selection.rows).outcome;
}

/** Confirms these rows of CS · Pesanan (read from `source`); the plan written and what to tell the user. */
export function confirmRows(ctx: ActionContext, source: Table<OrderColumnKey>, rows: OrderRow[]): { outcome: ActionOutcome; plan: PipelinePlan } {
  const target = Table.open(ctx.ss, APPROVAL_SHEET);
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const typedIds = rows.map((row) => orderIdOf(row.record)).filter((id) => id !== '');
  const ids = openOrderIdCounter(ctx.ss, ctx.settings.orderIdPrefix, ctx.now, typedIds);
  const withTemplates = planEnvWithTemplates(ctx, rows.map((row) => confirmedTemplate(row.record)));
  const rotation = openCsRotation(ctx, phonesOf(rows));
  const promos = openPromos(ctx, rows);
  const plan = planConfirm(
    {
      selected: rows,
      idPlaces: placesOf(ctx, source, target, typedIds),
      stock: stock.rows,
      ids,
      rotation,
      rotationWarnings: rotation.warnings,
      promos: promos?.book,
    },
    withTemplates.env,
  );
  if (withTemplates.note && plan.done.length) plan.warnings.push(withTemplates.note);
  flagRiskyCod(ctx, plan, target);
  // Who served whom and the promo uses (keyed by order ID in the promo row's trail) are saved with the ID
  // counter, before any other effect: both are functions of the IDs, so a rerun changes nothing.
  applyOrderPlan(ctx, plan, { source, target, stock }, () => {
    ids.save();
    rotation.save(plan.lastCsByPhone);
    promos?.write();
  });
  return { outcome: summarizePlan('confirm', plan, APPROVAL_SHEET.name), plan };
}

/** Menu entry: Konfirmasi pesanan. */
export function confirmOrders(): void {
  runAction(CONFIRM_ACTION, confirmSelectedOrders);
}
