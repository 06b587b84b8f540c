/** What one cell stores: a primitive, or a date kept as epoch ms behind a marker class. */

/** A date cell: the instant, in epoch ms (no closures, one small object per date cell). */
export class StoredDate {
  constructor(readonly ms: number) {}
}

/** A stored cell value; `undefined` (never '') means the cell is empty. */
export type CellValue = string | number | boolean | StoredDate;

/** Whether a cell holding `value` counts as empty (no content). */
export function isEmptyValue(value: CellValue | undefined): value is undefined {
  return value === undefined || value === '';
}
