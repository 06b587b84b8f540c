/**
 * Reading only the columns an action needs, for sheets that grow with the shop's history: the header
 * row tells where each needed column is (found by header text, like Table), then each run of adjacent
 * needed columns is one `getSheetValues` over the rows asked for. A run takes in a gap of up to
 * MAX_GAP columns nobody needs when that saves a call. The sheet is looked up once per read; a read
 * open at the bottom goes to the last row with data (a -1 count, see values-to-data.ts), so it needs
 * no getLastRow call and reads none of the empty rows below.
 */
import { Cell } from '../domain/cell';
import { ColumnSpec, SheetSpec } from './schema';
import { indexColumns, isDate, missingColumnError, sheetOf, TableRow } from './table';
import { headerRow, valuesToData } from './values-to-data';

/** The widest gap of unneeded columns a run reads through rather than spending another call. */
export const MAX_GAP = 3;

/** Where the needed columns of one sheet are: 0-based positions by key, and the sheet they are on. */
export interface ColumnLayout<K extends string> {
  readonly spec: SheetSpec;
  /** The sheet, looked up once for its header and every block read after it. */
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly positions: ReadonlyMap<K, number>;
}

/** A run of adjacent columns read as one range: first and last 0-based positions, inclusive. */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
}

/** Groups positions into runs, joining two runs when at most `maxGap` columns lie between them. */
export function columnRuns(positions: Iterable<number>, maxGap = MAX_GAP): ColumnRun[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const runs: Array<{ first: number; last: number }> = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && p - last.last - 1 <= maxGap) last.last = p;
    else runs.push({ first: p, last: p });
  }
  return runs;
}

/** The columns of `run` in rows `firstRow`…`lastRow` (undefined: to the last row with data), in one call. */
function readBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, run: ColumnRun, firstRow: number, lastRow?: number): unknown[][] {
  if (lastRow !== undefined && lastRow < firstRow) return [];
  return valuesToData(sheet, firstRow, run.first + 1, lastRow === undefined ? -1 : lastRow - firstRow + 1, run.last - run.first + 1);
}

const specsOf = <K extends string>(spec: SheetSpec, keys: readonly K[]): ColumnSpec[] =>
  keys.map((key) => spec.columns.find((c) => c.key === key) as ColumnSpec);

/** Finds the needed columns in a header row; a missing one is the UserError Table gives, unless it is `optional` (then it reads blank). */
function layoutOf<K extends string>(spec: SheetSpec, sheet: GoogleAppsScript.Spreadsheet.Sheet, keys: readonly K[], header: readonly unknown[]): ColumnLayout<K> {
  const { positions, missing } = indexColumns(header, specsOf(spec, keys));
  const required = missing.filter((column) => !column.optional);
  if (required.length) throw missingColumnError(required[0].header, spec.name);
  return { spec, sheet, positions: positions as Map<K, number> };
}

/**
 * Reads the header row (one call, plus one to find the sheet unless the caller holds it) and finds the
 * needed columns.
 */
export function readLayout<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  keys: readonly K[],
  sheet: GoogleAppsScript.Spreadsheet.Sheet = sheetOf(ss, spec),
): ColumnLayout<K> {
  return layoutOf(spec, sheet, keys, headerRow(sheet));
}

const fromCell = (value: unknown): Cell => {
  if (isDate(value)) return value.getTime();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
};
const blank = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** Rows read, and the number of the last sheet row the read covered (blank rows included). */
export interface RowsRead<K extends string> {
  readonly rows: Array<TableRow<K>>;
  readonly lastRow: number;
}

/**
 * Reads columns `keys` of rows `firstRow`…`lastRow` (undefined: to the last row with data), one call per run
 * of the layout (runs joined across gaps of up to `maxGap` columns). Rows blank in every column read
 * are left out, as Table leaves out blank rows.
 */
export function readRows<K extends string>(
  layout: ColumnLayout<K>,
  keys: readonly K[],
  firstRow: number,
  lastRow?: number,
  maxGap = MAX_GAP,
): RowsRead<K> {
  if (lastRow !== undefined && lastRow < firstRow) return { rows: [], lastRow };
  const runs = columnRuns(keys.filter((k) => layout.positions.has(k)).map((k) => layout.positions.get(k) as number), maxGap);
  const blocks = runs.map((run) => ({ run, values: readBlock(layout.sheet, run, firstRow, lastRow) }));
  const count = Math.max(0, ...blocks.map((b) => b.values.length));
  return { rows: recordsOf(layout, keys, blocks, firstRow, 0), lastRow: firstRow + count - 1 };
}

/** Builds records from blocks read at `firstRow`, skipping `skip` leading rows of each block. */
function recordsOf<K extends string>(
  layout: ColumnLayout<K>,
  keys: readonly K[],
  blocks: ReadonlyArray<{ run: ColumnRun; values: unknown[][] }>,
  firstRow: number,
  skip: number,
): Array<TableRow<K>> {
  // An optional column the sheet does not have yet (Setup not rerun) reads blank.
  const at = keys.filter((key) => layout.positions.has(key)).map((key) => {
    const position = layout.positions.get(key) as number;
    const block = blocks.find((b) => b.run.first <= position && position <= b.run.last) as { run: ColumnRun; values: unknown[][] };
    return { key, values: block.values, offset: position - block.run.first };
  });
  const absent = keys.filter((key) => !layout.positions.has(key));
  const count = Math.max(0, ...blocks.map((b) => b.values.length));
  const rows: Array<TableRow<K>> = [];
  for (let r = skip; r < count; r++) {
    let empty = true;
    const record = {} as Record<K, Cell>;
    for (const { key, values, offset } of at) {
      const value = values[r]?.[offset];
      if (!blank(value)) empty = false;
      record[key] = fromCell(value);
    }
    for (const key of absent) record[key] = '';
    if (!empty) rows.push({ rowNumber: firstRow + r, record });
  }
  return rows;
}

/**
 * Reads columns `keys` of every row, expecting them where Setup puts them: the sheet found once, then
 * the block from the first to the last expected column, header row included, to the last row with
 * data in one call (or one per run with gaps wider than `maxGap`, MAX_GAP by default); the header cells
 * in it confirm the layout. When a person has moved or inserted columns, falls back to reading the
 * header row first. For sheets whose every row is needed (stock, ledger, Rencana's targets). `sheet`
 * may be given when the caller holds it already.
 */
export function readColumns<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  keys: readonly K[],
  maxGap = MAX_GAP,
  sheet: GoogleAppsScript.Spreadsheet.Sheet = sheetOf(ss, spec),
): Array<TableRow<K>> {
  const expected = new Map<K, number>(keys.map((key) => [key, spec.columns.findIndex((c) => c.key === key)]));
  const runs = columnRuns(expected.values(), maxGap);
  const blocks = runs.map((run) => ({ run, values: readBlock(sheet, run, 1) }));
  const header: unknown[] = [];
  for (const { run, values } of blocks) (values[0] ?? []).forEach((cell, i) => (header[run.first + i] = cell));
  const found = indexColumns(header, specsOf(spec, keys));
  const asExpected = found.missing.length === 0 && keys.every((key) => found.positions.get(key) === expected.get(key));
  if (asExpected) return recordsOf({ spec, sheet, positions: expected }, keys, blocks, 1, 1);
  return readRows(readLayout(ss, spec, keys, sheet), keys, 2, undefined, maxGap).rows;
}
