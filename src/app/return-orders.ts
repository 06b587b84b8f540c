/**
 * Toko → Tandai retur (Warehouse): the selected shipped COD parcels of Gudang · Pengiriman that came back
 * move to Gudang · Selesai as Retur; goods back to stock (damaged ones to Stok Rusak), return shipping
 * booked, the COD tally counts the return (domain/plan-return.ts). Written in the order that makes a
 * rerun safe: the tally (keyed by order ID), stock (K mark), the cash book (RT- ID), Selesai, then the
 * removal from Pengiriman.
 */
import { UserError } from '../domain/i18n';
import { summarizePlan } from '../domain/order-messages';
import { planReturn, returnLedgerId } from '../domain/plan-return';
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { applyOrderPlan, openTarget, orderIdsOf } from './apply-order-plan';
import { openCodTally } from './cod-tally';
import { selectedOrders } from './selected-orders';

/** Who may mark parcels returned, and the action's name in messages and the Log. */
export const RETURN_ACTION: ActionSpec = { name: 'Tandai retur', divisions: ['Gudang'] };

/** The order sheets where a selection is a mistake for this action (the parcel must be in Pengiriman). */
const OTHER_ORDER_SHEETS = [ORDERS_SHEET, APPROVAL_SHEET, DONE_SHEET];

/** Marks the selected parcels returned; returns what to tell the user. */
export function returnSelectedOrders(ctx: ActionContext): ActionOutcome {
  const active = ctx.ss.getActiveSheet().getName();
  if (OTHER_ORDER_SHEETS.some((spec) => spec.name === active)) {
    throw new UserError({
      id: `Tandai retur hanya untuk paket COD yang sudah dikirim, di sheet ${SHIPPING_SHEET.name}; yang dipilih ada di ${active}. Tidak ada yang diubah.`,
      en: `Mark returned is only for shipped COD parcels, in the ${SHIPPING_SHEET.name} sheet; the selection is in ${active}. Nothing was changed.`,
    });
  }
  const selection = selectedOrders(ctx, 'return', [SHIPPING_SHEET]);
  const orderIds = orderIdsOf(selection.rows);
  const target = openTarget(ctx, DONE_SHEET, orderIds);
  const ledger = Table.open(ctx.ss, LEDGER_SHEET);
  const ledgerIds = [...ledger.find('entryId', orderIds.map(returnLedgerId)).keys()];
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const plan = planReturn(
    { selected: selection.rows, target: target.rows, ledgerIds, stock: stock.rows, stockHasDamaged: stock.hasColumn('damaged') },
    { now: ctx.now, user: ctx.user, settings: ctx.settings },
  );
  const tally = plan.outcomes.length ? openCodTally(ctx) : null;
  applyOrderPlan(ctx, plan, { source: selection.table, target: target.table, ledger, stock }, () => tally?.record(plan.outcomes));
  return summarizePlan('return', plan, DONE_SHEET.name);
}

/** Menu entry: Tandai retur. */
export function returnOrders(): void {
  runAction(RETURN_ACTION, returnSelectedOrders);
}
