/** The audit trail: what each action changed, appended to Log in one block after the data is written. */
import { LOG_SHEET } from '../sheets/schema';
import { rowsBelow } from '../sheets/rows-below';
import { missingSheetError } from '../sheets/table';

/** Rows a full Log grows by beyond what it needs: an action of 50 orders writes 50 lines, so the Log grows once in ten such actions. */
export const LOG_HEADROOM = 500;

/** One line of the Log. */
export interface LogEntry {
  readonly action: string;
  readonly orderId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly details?: string;
}

/**
 * A Log cell: text that Sheets would take for a formula goes behind an apostrophe. The Log's text
 * columns are plain text (Setup formats every row, and rows added below take the format of the row
 * above), so nothing else is read as a number or a date; the apostrophe is the second lock on formulas.
 */
function logCell(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/**
 * Appends the entries (time, user, action, order, from → to, details) right below the Log's last row,
 * in the schema's column order — the Log is Toko's own, protected sheet, so its header is not read —
 * with one write; rows are added to the sheet only when it is full (see rowsBelow). Three calls,
 * whatever the Log's length: its last row, the range, the values.
 */
export function appendLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  at: number,
  user: string,
  entries: readonly LogEntry[],
  sheet?: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  if (entries.length === 0) return;
  const log = sheet ?? ss.getSheetByName(LOG_SHEET.name);
  if (!log) throw missingSheetError(LOG_SHEET.name);
  const when = new Date(at);
  const rows = entries.map((entry) => {
    const cells: Record<string, unknown> = {
      at: when,
      user: logCell(user || '(tidak diketahui)'),
      action: logCell(entry.action),
      orderId: logCell(entry.orderId ?? ''),
      from: logCell(entry.from ?? ''),
      to: logCell(entry.to ?? ''),
      details: logCell(entry.details ?? ''),
    };
    return LOG_SHEET.columns.map((column) => cells[column.key]);
  });
  const range = rowsBelow(log, log.getLastRow() + 1, rows.length, LOG_SHEET.columns.length, LOG_HEADROOM);
  range.setValues(rows);
}
