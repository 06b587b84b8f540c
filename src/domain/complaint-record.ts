/** Plain records of CS · Komplain, as the complaint planners take and return them (no Apps Script types). */
import { Cell, cellText } from './cell';
import { ComplaintColumnKey } from '../sheets/schema';

/** A complaint row's values keyed by the schema's column keys. */
export type ComplaintRecord = Readonly<Partial<Record<ComplaintColumnKey, Cell>>>;

/** Some of a complaint's columns, as written by a change or an append. */
export type ComplaintChanges = Partial<Record<ComplaintColumnKey, Cell>>;

/** A complaint read from the sheet: its row (1-based) and its values. */
export interface ComplaintRow {
  readonly rowNumber: number;
  readonly record: ComplaintRecord;
}

/** The state a solved complaint carries. */
export const SOLVED = 'Sudah ditangani';

/** Whether the complaint is solved (its Status says Sudah ditangani, any case). */
export function isSolved(record: ComplaintRecord): boolean {
  return cellText(record.status).toLowerCase() === SOLVED.toLowerCase();
}

/** The complaint ID of a record, trimmed. */
export function complaintIdOf(record: ComplaintRecord): string {
  return cellText(record.complaintId);
}
