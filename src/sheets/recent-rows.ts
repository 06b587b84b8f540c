/**
 * Reading only the recent rows of a sheet Toko fills in time order (Gudang · Selesai by closing, the
 * cash book by date, the Log by time): the header row, the last row, then the needed columns of blocks
 * from the bottom up — FIRST_BLOCK rows, then twice as many each time — until the topmost row of a block
 * lies before the window (`before`). The cells read depend on how many rows the window holds, not on
 * how long the history is. A row whose moment cannot be read never ends the walk (never wrong, only
 * dearer); a sheet sorted by hand in another order can end it early.
 */
import { Cell } from '../domain/cell';
import { readLayout, readRows } from './columns';
import { SheetSpec } from './schema';
import { sheetOf, TableRow } from './table';

/** Rows of the first block read from the bottom. */
export const FIRST_BLOCK = 256;

/** The needed columns of the rows from the first one found before the window to the bottom, in sheet order. */
export function readRecentRows<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  keys: readonly K[],
  before: (record: Readonly<Record<K, Cell>>) => boolean,
): Array<TableRow<K>> {
  const sheet = sheetOf(ss, spec);
  const layout = readLayout(ss, spec, keys, sheet);
  let last = sheet.getLastRow();
  let size = FIRST_BLOCK;
  const blocks: Array<Array<TableRow<K>>> = [];
  while (last >= 2) {
    const first = Math.max(2, last - size + 1);
    const { rows } = readRows(layout, keys, first, last);
    blocks.unshift(rows);
    if (rows.length > 0 && before(rows[0].record)) break;
    last = first - 1;
    size *= 2;
  }
  return blocks.flat();
}
