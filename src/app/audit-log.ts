/** The audit trail: what each action changed, appended to Log in one block after the data is written. */
import { LOG_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';

/** One line of the Log. */
export interface LogEntry {
  readonly action: string;
  readonly orderId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly details?: string;
}

/** Appends the entries (time, user, action, order, from → to, details) without reading the Log's data. */
export function appendLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  at: number,
  user: string,
  entries: readonly LogEntry[],
  sheet?: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  if (entries.length === 0) return;
  const table = Table.open(ss, LOG_SHEET, sheet);
  for (const entry of entries) {
    table.append({
      at,
      user: user || '(tidak diketahui)',
      action: entry.action,
      orderId: entry.orderId ?? '',
      from: entry.from ?? '',
      to: entry.to ?? '',
      details: entry.details ?? '',
    });
  }
  table.commit();
}
