/**
 * One sparse layer of a sheet's grid (values, formulas, formats, validations, a style): an array of
 * row arrays, created only where something is set, so 100,000 × 20 reads and writes stay fast and
 * inserting or deleting rows is one splice.
 */
export class CellLayer<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  /** The entry at 0-based (row, column), or undefined. */
  get(row: number, column: number): T | undefined {
    const cells = this.rows[row];
    return cells === undefined ? undefined : cells[column];
  }

  /** Sets (or, with undefined, clears) the entry at 0-based (row, column). */
  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      if (value === undefined) return;
      while (this.rows.length < row) this.rows.push(undefined);
      cells = [];
      this.rows[row] = cells;
    }
    if (value === undefined && column >= cells.length) return;
    while (cells.length < column) cells.push(undefined);
    cells[column] = value;
  }

  /** The row's array (do not keep it), or undefined when nothing is set in it. */
  row(row: number): Array<T | undefined> | undefined {
    return this.rows[row];
  }

  /** The row's array, created when missing, padded to `width` entries. */
  ensureRow(row: number, width: number): Array<T | undefined> {
    while (this.rows.length < row) this.rows.push(undefined);
    let cells = this.rows[row];
    if (cells === undefined) {
      cells = new Array<T | undefined>(width);
      this.rows[row] = cells;
    } else {
      while (cells.length < width) cells.push(undefined);
    }
    return cells;
  }

  /** Clears a 0-based block. */
  clear(row: number, column: number, numRows: number, numColumns: number): void {
    const lastRow = Math.min(row + numRows, this.rows.length);
    for (let r = row; r < lastRow; r++) {
      const cells = this.rows[r];
      if (cells === undefined) continue;
      const last = Math.min(column + numColumns, cells.length);
      for (let c = column; c < last; c++) cells[c] = undefined;
      if (cells.every((v) => v === undefined)) this.rows[r] = undefined;
    }
    while (this.rows.length && this.rows[this.rows.length - 1] === undefined) this.rows.pop();
  }

  /** Removes `deleteCount` rows at 0-based `at` and inserts `insertCount` empty rows there. */
  spliceRows(at: number, deleteCount: number, insertCount: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, deleteCount, ...new Array<undefined>(insertCount));
  }

  /** Removes `deleteCount` columns at 0-based `at` and inserts `insertCount` empty columns there. */
  spliceColumns(at: number, deleteCount: number, insertCount: number): void {
    const blanks = new Array<undefined>(insertCount);
    for (const cells of this.rows) {
      if (cells === undefined || at >= cells.length) continue;
      cells.splice(at, deleteCount, ...blanks);
    }
  }

  /** 1 + the last 0-based row index holding an entry, or 0. */
  usedRows(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const cells = this.rows[r];
      if (cells !== undefined && cells.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** 1 + the last 0-based column index holding an entry, or 0. */
  usedColumns(): number {
    let width = 0;
    for (const cells of this.rows) {
      if (cells === undefined) continue;
      for (let c = cells.length - 1; c >= width; c--) {
        if (cells[c] !== undefined) {
          width = c + 1;
          break;
        }
      }
    }
    return width;
  }

  /** Calls `visit` for every entry, 0-based. */
  forEach(visit: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((cells, r) => cells?.forEach((v, c) => v !== undefined && visit(v, r, c)));
  }
}
