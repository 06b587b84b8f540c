/**
 * Reading only the columns an action needs, for sheets that grow with the shop's history: the header
 * row tells where each needed column is (found by header text, like Table), then each run of adjacent
 * needed columns is one `getRange().getValues()` over the rows asked for. A run takes in a gap of up to
 * MAX_GAP columns nobody needs when that saves a call. Ranges are named in A1 on the spreadsheet
 * (`'Gudang · Selesai'!A2:W`), so no getSheetByName call is spent, and a range open at the bottom
 * needs no getLastRow call.
 */
import { Cell } from '../domain/cell';
import { ColumnSpec, SheetSpec } from './schema';
import { columnLetters as letters, indexColumns, isDate, missingColumnError, missingSheetError, TableRow } from './table';

/** The widest gap of unneeded columns a run reads through rather than spending another call. */
export const MAX_GAP = 3;

/** Where the needed columns of one sheet are: 0-based positions by key. */
export interface ColumnLayout<K extends string> {
  readonly spec: SheetSpec;
  readonly positions: ReadonlyMap<K, number>;
}

/** A run of adjacent columns read as one range: first and last 0-based positions, inclusive. */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
}

/** A1 of a block on the named sheet; `lastRow` undefined means to the bottom of the sheet. */
function blockA1(sheetName: string, run: ColumnRun, firstRow: number, lastRow?: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${letters(run.first)}${firstRow}:${letters(run.last)}${lastRow ?? ''}`;
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

/** Reads a block; a sheet that is not there becomes the same UserError Table gives. */
function readBlock(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, a1: string): unknown[][] {
  try {
    return ss.getRange(a1).getValues();
  } catch (e) {
    if (!ss.getSheetByName(spec.name)) throw missingSheetError(spec.name);
    throw e;
  }
}

const specsOf = <K extends string>(spec: SheetSpec, keys: readonly K[]): ColumnSpec[] =>
  keys.map((key) => spec.columns.find((c) => c.key === key) as ColumnSpec);

/** Finds the needed columns in a header row; a missing one is the UserError Table gives, unless it is `optional` (then it reads blank). */
function layoutOf<K extends string>(spec: SheetSpec, keys: readonly K[], header: readonly unknown[]): ColumnLayout<K> {
  const { positions, missing } = indexColumns(header, specsOf(spec, keys));
  const required = missing.filter((column) => !column.optional);
  if (required.length) throw missingColumnError(required[0].header, spec.name);
  return { spec, positions: positions as Map<K, number> };
}

/** Reads the header row (one call for the range, one for its values) and finds the needed columns. */
export function readLayout<K extends string>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, keys: readonly K[]): ColumnLayout<K> {
  const [header] = readBlock(ss, spec, `'${spec.name.replace(/'/g, "''")}'!1:1`);
  return layoutOf(spec, keys, header ?? []);
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
 * Reads columns `keys` of rows `firstRow`…`lastRow` (undefined: to the bottom), one call pair per run
 * of the layout (runs joined across gaps of up to `maxGap` columns). Rows blank in every column read
 * are left out, as Table leaves out blank rows.
 */
export function readRows<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  layout: ColumnLayout<K>,
  keys: readonly K[],
  firstRow: number,
  lastRow?: number,
  maxGap = MAX_GAP,
): RowsRead<K> {
  if (lastRow !== undefined && lastRow < firstRow) return { rows: [], lastRow };
  const runs = columnRuns(keys.filter((k) => layout.positions.has(k)).map((k) => layout.positions.get(k) as number), maxGap);
  const blocks = runs.map((run) => ({ run, values: readBlock(ss, layout.spec, blockA1(layout.spec.name, run, firstRow, lastRow)) }));
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
 * Reads columns `keys` of every row, expecting them where Setup puts them: the block from the first to
 * the last expected column, header row included, in one call pair (or one per run with gaps wider than
 * `maxGap`, MAX_GAP by default); the header cells in it confirm the layout. When a person has moved or inserted columns,
 * falls back to reading the header row first. For sheets whose every row is needed (stock, ledger);
 * `lastRow` bounds the read for a block people fill from the top (Rencana's targets).
 */
export function readColumns<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  keys: readonly K[],
  maxGap = MAX_GAP,
  lastRow?: number,
): Array<TableRow<K>> {
  const expected = new Map<K, number>(keys.map((key) => [key, spec.columns.findIndex((c) => c.key === key)]));
  const runs = columnRuns(expected.values(), maxGap);
  const blocks = runs.map((run) => ({ run, values: readBlock(ss, spec, blockA1(spec.name, run, 1, lastRow)) }));
  const header: unknown[] = [];
  for (const { run, values } of blocks) (values[0] ?? []).forEach((cell, i) => (header[run.first + i] = cell));
  const found = indexColumns(header, specsOf(spec, keys));
  const asExpected = found.missing.length === 0 && keys.every((key) => found.positions.get(key) === expected.get(key));
  if (asExpected) return recordsOf({ spec, positions: expected }, keys, blocks, 1, 1);
  const layout = readLayout(ss, spec, keys);
  return readRows(ss, layout, keys, 2, lastRow, maxGap).rows;
}
