/**
 * Which complaints an action works on: the rows selected in CS · Komplain, or, when the selection is
 * elsewhere, the complaint ID the user types (found with one TextFinder).
 */
import { complaintTexts as T } from '../domain/complaint-messages';
import { ComplaintRow } from '../domain/complaint-record';
import { UserError } from '../domain/i18n';
import { ComplaintColumnKey, COMPLAINTS_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';
import { selectedRowSpans } from './selected-orders';

/** The complaints chosen and the table of CS · Komplain (for writing them back). */
export interface SelectedComplaints {
  readonly table: Table<ComplaintColumnKey>;
  readonly rows: ComplaintRow[];
}

/** The complaints to act on (see the file comment); a UserError, before anything is written, when there are none. */
export function selectedComplaints(ctx: ActionContext, action: string): SelectedComplaints {
  const active = ctx.ss.getActiveSheet();
  if (active.getName() === COMPLAINTS_SHEET.name) {
    const table = Table.open(ctx.ss, COMPLAINTS_SHEET, active);
    const rows = table.load(selectedRowSpans(ctx.ss)) as ComplaintRow[];
    if (rows.length === 0) throw new UserError(T.nothingSelected(action));
    return { table, rows };
  }
  const ask = T.askComplaintId(action);
  const typed = ctx.ask(ask.title, ask.prompt);
  if (typed === null || typed === '') throw new UserError(T.cancelled(action));
  const table = Table.open(ctx.ss, COMPLAINTS_SHEET);
  const rows = table.findRows('complaintId', [typed]) as ComplaintRow[];
  if (rows.length === 0) throw new UserError(T.complaintNotFound(typed));
  return { table, rows };
}
