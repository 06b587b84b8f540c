/**
 * Writes a pipeline plan in the order that makes every move safe to rerun: new IDs into the source rows
 * (so a rerun finds each order's own ID), stock (with its order trail), changes to the source rows, the
 * ledger, the target sheet (people's own columns travel along), the mail into the Outbox, and last the
 * removal from the source; mail is sent after the data, Log lines last.
 */
import { cellText } from '../domain/cell';
import { ledgerRecord, refundLedgerId, salesLedgerId } from '../domain/ledger';
import { orderIdOf, OrderRow } from '../domain/order-record';
import { PipelinePlan, PlanEnv } from '../domain/order-plan';
import { LEDGER_SHEET, OrderColumnKey, SheetSpec } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';

/** The tables a plan writes to; a table the plan does not touch may be left out. */
export interface PlanTables {
  readonly source: Table<OrderColumnKey>;
  readonly target?: Table<OrderColumnKey>;
  readonly stock?: Table<string>;
  readonly ledger?: Table<string>;
}

function required<T>(table: T | undefined, what: string): T {
  if (!table) throw new Error(`applyOrderPlan: the plan writes ${what} but no table was given`);
  return table;
}

/**
 * Writes the plan (see the file comment); each sheet gets one commit, in blocks, whatever its size.
 * `afterIds` runs right after the new IDs are written and before any other effect (the ID counter is
 * saved there: a run that dies before it leaves no ID issued, one that dies after leaves the IDs on
 * their rows, where the rerun and the counter find them).
 */
export function applyOrderPlan(ctx: ActionContext, plan: PipelinePlan, tables: PlanTables, afterIds?: () => void): void {
  if (plan.ids.length) {
    for (const change of plan.ids) tables.source.update(change.rowNumber, change.changes);
    tables.source.commit();
  }
  if (afterIds) afterIds();
  if (plan.stock.length) {
    const stock = required(tables.stock, 'stock');
    for (const change of plan.stock) stock.update(change.rowNumber, change.changes);
    stock.commit();
  }
  if (plan.sourceUpdates.length) {
    for (const change of plan.sourceUpdates) tables.source.update(change.rowNumber, change.changes);
    tables.source.commit();
  }
  if (plan.ledger.length) {
    const ledger = required(tables.ledger, 'the ledger');
    for (const entry of plan.ledger) ledger.append(ledgerRecord(entry));
    ledger.commit();
  }
  if (plan.targetAppends.length || plan.targetUpdates.length) {
    const target = required(tables.target, 'the target sheet');
    for (const change of plan.targetUpdates) target.update(change.rowNumber, change.changes);
    const sourceRowOf = sourceRowsById(tables.source, plan);
    for (const record of plan.targetAppends) {
      const from = sourceRowOf.get(cellText(record.orderId).toUpperCase());
      target.append(record, from === undefined ? undefined : tables.source.extrasOf(from));
    }
    target.commit();
  }
  ctx.outbox.persist(plan.mails); // before the removal: a rerun that finds nothing left to move finds the mail in Outbox
  if (plan.sourceRemovals.length) {
    for (const rowNumber of plan.sourceRemovals) tables.source.remove(rowNumber);
    tables.source.commit();
  }
  for (const entry of plan.logs) ctx.log(entry);
}

/** The source row of each order ID (typed, or new in this plan), so people's own columns travel with the order. */
function sourceRowsById(source: Table<OrderColumnKey>, plan: PipelinePlan): Map<string, number> {
  const rows = new Map<string, number>();
  for (const row of source.rows) {
    const id = cellText(row.record.orderId).toUpperCase();
    if (id !== '') rows.set(id, row.rowNumber);
  }
  for (const change of plan.ids) rows.set(cellText(change.changes.orderId).toUpperCase(), change.rowNumber);
  return rows;
}

/** The planner's view of the action: its time, user and settings. */
export function planEnvOf(ctx: ActionContext): PlanEnv {
  return { now: ctx.now, user: ctx.user, settings: ctx.settings };
}

/** Every ID already in the ledger (Keuangan · Kas), for idempotent entries (for a whole-ledger read). */
export function ledgerIdsOf(ledger: Table<string>): string[] {
  return ledger.rows.map((row) => cellText(row.record.entryId)).filter((id) => id !== '');
}

/** The order IDs of some rows. */
export function orderIdsOf(rows: readonly OrderRow[]): string[] {
  return rows.map((row) => orderIdOf(row.record)).filter((id) => id !== '');
}

/**
 * A target sheet opened for appending, with the rows that already hold any of `orderIds` (a move
 * half-done by a failure, or another order with the same ID) found on the server and read — the
 * sheet's history is never read.
 */
export function openTarget(ctx: ActionContext, spec: SheetSpec<OrderColumnKey>, orderIds: readonly string[]): { table: Table<OrderColumnKey>; rows: OrderRow[] } {
  const table = Table.open(ctx.ss, spec);
  return { table, rows: table.findRows('orderId', orderIds) as OrderRow[] };
}

/**
 * The cash book opened for appending, with the entry IDs of these orders (sale and refund) that it
 * already holds, found on the server: idempotent entries without reading the ledger's history.
 */
export function openLedger(ctx: ActionContext, orderIds: readonly string[]): { table: Table<string>; ids: string[] } {
  const table = Table.open(ctx.ss, LEDGER_SHEET);
  const wanted = orderIds.flatMap((id) => [salesLedgerId(id), refundLedgerId(id)]);
  return { table, ids: [...table.find('entryId', wanted).keys()] };
}
