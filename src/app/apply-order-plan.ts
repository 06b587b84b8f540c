/**
 * Writes a pipeline plan in the order that makes every move safe to rerun: stock (with its order
 * trail), then changes to the source rows, the ledger, the target sheet, and last the removal from
 * the source; mail is written to the Outbox just before that removal and sent after the data; Log lines last.
 */
import { cellText } from '../domain/cell';
import { ledgerRecord } from '../domain/ledger';
import { PipelinePlan, PlanEnv } from '../domain/order-plan';
import { OrderColumnKey } from '../sheets/schema';
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

/** Writes the plan (see the file comment); each sheet gets one commit, in blocks, whatever its size. */
export function applyOrderPlan(ctx: ActionContext, plan: PipelinePlan, tables: PlanTables): void {
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
    for (const record of plan.targetAppends) target.append(record);
    target.commit();
  }
  ctx.outbox.persist(plan.mails); // before the removal: a rerun that finds nothing left to move finds the mail in Outbox
  if (plan.sourceRemovals.length) {
    for (const rowNumber of plan.sourceRemovals) tables.source.remove(rowNumber);
    tables.source.commit();
  }
  for (const entry of plan.logs) ctx.log(entry);
}

/** The planner's view of the action: its time, user and settings. */
export function planEnvOf(ctx: ActionContext): PlanEnv {
  return { now: ctx.now, user: ctx.user, settings: ctx.settings };
}

/** Every ID already in the ledger (Keuangan · Kas), for idempotent entries. */
export function ledgerIdsOf(ledger: Table<string>): string[] {
  return ledger.rows.map((row) => cellText(row.record.entryId)).filter((id) => id !== '');
}
