/**
 * Marketing · Kontak read whole in one read and written back in one block: the contact list grows with the
 * shop's customers (not its orders), and a segment changes with time alone, so every refresh looks at every
 * contact. Columns are found by header text; people's own columns are never written (a column of theirs
 * between Toko's splits the block in two, a fixed number of writes whatever the rows).
 */
import { Cell } from '../domain/cell';
import { ContactRow } from '../domain/contacts';
import { GROWTH_HEADROOM } from '../sheets/rows-below';
import { CONTACTS_SHEET, ColumnSpec } from '../sheets/schema';
import { consecutiveRuns, fromCell, indexColumns, missingColumnError, numberFormatFor, sheetOf, toCell } from '../sheets/table';
import { valuesToData } from '../sheets/values-to-data';

/** Kontak as read: the sheet, its column positions, its contacts, and the last row with content. */
export interface ContactSheet {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly positions: ReadonlyMap<string, number>;
  /** Every non-blank data row, in sheet order. */
  readonly rows: ContactRow[];
  readonly lastRow: number;
  /** Optional columns the sheet lacks (Setup adds them). */
  readonly missingOptional: readonly ColumnSpec[];
}

/** Reads Marketing · Kontak whole (two calls); throws a UserError naming a missing sheet or required column. */
export function readContactSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ContactSheet {
  const sheet = sheetOf(ss, CONTACTS_SHEET);
  const grid = valuesToData(sheet, 1, 1, -1, -1);
  const { positions, missing } = indexColumns(grid[0] ?? [], CONTACTS_SHEET.columns);
  const required = missing.filter((column) => !column.optional);
  if (required.length) throw missingColumnError(required[0].header, CONTACTS_SHEET.name);
  const rows: ContactRow[] = [];
  grid.slice(1).forEach((cells, i) => {
    if (cells.every((cell) => cell === '' || cell === null)) return;
    const record: Record<string, Cell> = {};
    for (const [key, position] of positions) record[key] = fromCell(cells[position]);
    rows.push({ rowNumber: i + 2, record });
  });
  return { sheet, positions, rows, lastRow: Math.max(grid.length, 1), missingOptional: missing };
}


/** The range, growing the sheet below its last row when it reaches past the grid (as `rowsBelow` does). */
function rangeGrowing(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(row, column, numRows, numColumns);
  } catch (e) {
    const maxRows = sheet.getMaxRows();
    const missing = row + numRows - 1 - maxRows;
    if (missing <= 0) throw e;
    sheet.insertRowsAfter(maxRows, missing + GROWTH_HEADROOM);
    return sheet.getRange(row, column, numRows, numColumns);
  }
}

/**
 * Writes changed contacts and new ones (below the last row) as one block over the span of rows they
 * cover, Toko's columns only: each row's values with their number formats (so a phone `62812…` stays
 * text), unchanged rows in the span written back as read. Nothing is written when nothing changed.
 */
export function writeContactRows(
  contacts: ContactSheet,
  updates: ReadonlyArray<{ rowNumber: number; changes: Record<string, Cell> }>,
  appends: ReadonlyArray<Record<string, Cell>>,
): void {
  const byRow = new Map<number, Record<string, Cell>>(contacts.rows.map((row) => [row.rowNumber, { ...(row.record as Record<string, Cell>) }]));
  const written = new Set<number>();
  for (const { rowNumber, changes } of updates) {
    byRow.set(rowNumber, { ...(byRow.get(rowNumber) ?? {}), ...changes });
    written.add(rowNumber);
  }
  appends.forEach((record, i) => {
    byRow.set(contacts.lastRow + 1 + i, record);
    written.add(contacts.lastRow + 1 + i);
  });
  if (written.size === 0) return;
  const first = Math.min(...written);
  const last = Math.max(...written);
  const columns = CONTACTS_SHEET.columns.filter((column) => contacts.positions.has(column.key));
  const byPosition = new Map(columns.map((column) => [contacts.positions.get(column.key) as number, column]));
  for (const run of consecutiveRuns([...byPosition.keys()].sort((a, b) => a - b))) {
    const specs = run.map((p) => byPosition.get(p) as ColumnSpec);
    const rows = Array.from({ length: last - first + 1 }, (_, i) => byRow.get(first + i) ?? {});
    const range = rangeGrowing(contacts.sheet, first, run[0] + 1, rows.length, run.length);
    range.setNumberFormats(rows.map(() => specs.map((column) => numberFormatFor(column.format))));
    range.setValues(rows.map((record) => specs.map((column) => toCell(record[column.key], column.format))));
  }
}
