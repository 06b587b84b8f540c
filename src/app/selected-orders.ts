/**
 * Which orders an action works on: the rows selected on one of the action's sheets (read with one
 * getActiveRangeList), or, when the selection is elsewhere, the order ID the user types.
 */
import { UserError } from '../domain/i18n';
import { PipelineAction, PROMPTS, REFUSALS } from '../domain/order-messages';
import { findOrder } from '../domain/order-plan';
import { OrderRow } from '../domain/order-record';
import { OrderColumnKey, SheetSpec } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';

/** The orders chosen, the sheet they are on, and that sheet's table (read once). */
export interface SelectedOrders {
  readonly spec: SheetSpec<OrderColumnKey>;
  readonly table: Table<OrderColumnKey>;
  readonly rows: OrderRow[];
}

/** Rows [first, last] (1-based, inclusive; last may be Infinity for a whole column) of an A1 range like `A2:AE5`, `3:7` or `B:B`. */
export function rowSpan(a1: string): [number, number] | null {
  const match = /^(?:'?.*'?!)?\$?[A-Z]*\$?(\d*)(?::\$?[A-Z]*\$?(\d*))?$/i.exec(a1.trim());
  if (!match) return null;
  const first = match[1] === '' ? 1 : Number(match[1]);
  const last = match[2] === undefined ? first : match[2] === '' ? Infinity : Number(match[2]);
  return [Math.min(first, last), Math.max(first, last)];
}

/**
 * The row spans covered by the active selection (every range of a multi-selection), read with one
 * getActiveRangeList and one getA1Notation per range — never a call per row.
 */
export function selectedRowSpans(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Array<[number, number]> {
  const list = ss.getActiveRangeList();
  const spans: Array<[number, number]> = [];
  for (const range of list ? list.getRanges() : []) {
    const span = rowSpan(range.getA1Notation());
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * The orders to act on (see the file comment). Throws a UserError, before anything is written, when
 * the selection holds no order, the prompt is cancelled, or the typed ID is on none of `sheets`.
 */
export function selectedOrders(ctx: ActionContext, action: PipelineAction, sheets: readonly SheetSpec<OrderColumnKey>[]): SelectedOrders {
  const active = ctx.ss.getActiveSheet();
  const activeName = active.getName();
  const spec = sheets.find((s) => s.name === activeName);
  if (spec) {
    const spans = selectedRowSpans(ctx.ss);
    const table = Table.open(ctx.ss, spec, active);
    const rows = table.load(spans) as OrderRow[];
    if (rows.length === 0) throw new UserError(REFUSALS.nothingSelected(spec.name));
    return { spec, table, rows };
  }
  const names = sheets.map((s) => s.name).join(' / ');
  const ask = PROMPTS.orderId(action, names);
  const typed = ctx.ask(ask.title, ask.prompt);
  if (typed === null || typed === '') throw new UserError(REFUSALS.cancelled(action));
  for (const sheet of sheets) {
    const table = Table.open(ctx.ss, sheet);
    const row = findOrder(table.findRows('orderId', [typed]) as OrderRow[], typed);
    if (row) return { spec: sheet, table, rows: [row] };
  }
  throw new UserError(REFUSALS.notFound(typed, names, null));
}
