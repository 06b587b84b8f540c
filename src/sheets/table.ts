/**
 * Header-mapped access to one sheet: one read of the whole data range, records keyed by the
 * schema's column keys, and queued changes written back in contiguous blocks. Columns are found
 * by header text, so people may reorder columns or insert their own.
 */
import { Cell } from '../domain/cell';
import { UserError } from '../domain/i18n';
import { RUPIAH_NUMBER_FORMAT } from '../domain/money';
import { ColumnFormat, ColumnSpec, SheetSpec } from './schema';

/** A data row as read: its 1-based sheet row number and its record. */
export interface TableRow<K extends string> {
  readonly rowNumber: number;
  readonly record: Readonly<Record<K, Cell>>;
}

/** The Sheets number format Setup and every write give a column of this format. */
export function numberFormatFor(format: ColumnFormat): string {
  switch (format) {
    case 'text':
      return '@';
    case 'rupiah':
      return RUPIAH_NUMBER_FORMAT;
    case 'integer':
      return '0';
    case 'date':
      return 'dd MMM yyyy';
    case 'datetime':
      return 'dd MMM yyyy HH:mm';
    case 'percent':
      return '0.0%';
  }
}

/** Whether a value is a Date of any realm (the script's or the emulator's); cheaper than a toString tag check on large reads. */
export const isDate = (value: unknown): value is Date =>
  typeof value === 'object' && value !== null && typeof (value as Date).getTime === 'function';
const normalizeHeader = (header: unknown): string => String(header ?? '').trim().toLowerCase();

/** The message for a sheet that is not there. */
export function missingSheetError(sheetName: string): UserError {
  return new UserError({
    id: `Sheet "${sheetName}" tidak ditemukan. Jalankan Toko → Setup, atau kembalikan nama sheet-nya.`,
    en: `Sheet "${sheetName}" was not found. Run Toko → Setup, or restore the sheet's name.`,
  });
}

/** The message for a column whose header is not in the sheet. */
export function missingColumnError(header: string, sheetName: string): UserError {
  return new UserError({
    id: `Kolom "${header}" tidak ditemukan di sheet "${sheetName}". Jalankan Toko → Setup untuk menambahkannya.`,
    en: `Column "${header}" was not found in sheet "${sheetName}". Run Toko → Setup to add it.`,
  });
}

/** Finds each schema column's 0-based position in a header row; lists the headers that are missing. */
export function indexColumns(
  headerRow: readonly unknown[],
  columns: readonly ColumnSpec[],
): { positions: Map<string, number>; missing: ColumnSpec[] } {
  const at = new Map<string, number>();
  headerRow.forEach((header, position) => {
    const name = normalizeHeader(header);
    if (name && !at.has(name)) at.set(name, position);
  });
  const positions = new Map<string, number>();
  const missing: ColumnSpec[] = [];
  for (const column of columns) {
    const found = [column.header, ...(column.aliases ?? [])].map((h) => at.get(normalizeHeader(h))).find((p) => p !== undefined);
    if (found === undefined) missing.push(column);
    else positions.set(column.key, found);
  }
  return { positions, missing };
}

/** A cell value as a record holds it: Dates become epoch ms, everything else as read. */
function fromCell(value: unknown): Cell {
  if (isDate(value)) return value.getTime();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A record value as written: Dates for date columns; in text columns (plain-text format) strings stay as
 * they are; elsewhere a string is written behind an apostrophe so Sheets never reads it as a formula,
 * a number or a date.
 */
function toCell(value: Cell | undefined, format: ColumnFormat | undefined): unknown {
  if (value === undefined || value === '') return '';
  if ((format === 'date' || format === 'datetime') && typeof value === 'number') return new Date(value);
  if (format === 'text') return String(value);
  if (typeof value === 'string') return `'${value}`;
  return value;
}

/** Groups sorted row numbers into runs of consecutive rows. */
function consecutiveRuns(rowNumbers: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const row of rowNumbers) {
    const last = runs[runs.length - 1];
    if (last && row === last[last.length - 1] + 1) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/** See the file comment. Reads happen in `read`; nothing is written before `commit`. */
export class Table<K extends string> {
  private readonly updates = new Map<number, Partial<Record<K, Cell>>>();
  private readonly removals = new Set<number>();
  private readonly appends: Array<Partial<Record<K, Cell>>> = [];

  private constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    readonly spec: SheetSpec<K>,
    private readonly grid: unknown[][],
    private readonly positions: Map<string, number>,
    readonly rows: ReadonlyArray<TableRow<K>>,
    private readonly contentRows: number,
  ) {}

  /**
   * Reads the whole sheet with one getValues. Throws a UserError naming the sheet or the first missing
   * column, so a renamed sheet or deleted header never becomes a stack trace.
   */
  static read<K extends string>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec<K>): Table<K> {
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) throw missingSheetError(spec.name);
    const grid = sheet.getDataRange().getValues();
    const { positions, missing } = indexColumns(grid[0] ?? [], spec.columns);
    if (missing.length) throw missingColumnError(missing[0].header, spec.name);
    const rows: TableRow<K>[] = [];
    for (let r = 1; r < grid.length; r++) {
      const cells = grid[r];
      if (cells.every((cell) => cell === '' || cell === null)) continue;
      const record = {} as Record<K, Cell>;
      for (const column of spec.columns) record[column.key] = fromCell(cells[positions.get(column.key) as number]);
      rows.push({ rowNumber: r + 1, record });
    }
    return new Table(sheet, spec, grid, positions, rows, grid.length);
  }

  /**
   * Opens a sheet for appending only: reads the header row and the last row, not the data, so a
   * long sheet (the Log) costs the same to append to as a short one. `rows` is empty.
   */
  static openForAppend<K extends string>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec<K>): Table<K> {
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) throw missingSheetError(spec.name);
    const lastRow = sheet.getLastRow();
    const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
    const { positions, missing } = indexColumns(header, spec.columns);
    if (missing.length) throw missingColumnError(missing[0].header, spec.name);
    return new Table(sheet, spec, [header], positions, [], lastRow);
  }

  /** Queues changes to some columns of a row; later calls for the same row merge. */
  update(rowNumber: number, changes: Partial<Record<K, Cell>>): void {
    this.updates.set(rowNumber, { ...(this.updates.get(rowNumber) ?? {}), ...changes });
  }

  /** Queues a new row at the end; columns not given are left blank. */
  append(record: Partial<Record<K, Cell>>): void {
    this.appends.push(record);
  }

  /** Queues the removal of a row (its later rows move up). */
  remove(rowNumber: number): void {
    this.removals.add(rowNumber);
  }

  /**
   * Writes what is queued: updates in blocks of consecutive rows, then removals bottom-up in blocks,
   * then all appends as one block. The number of service calls depends on the number of blocks,
   * never on the size of the sheet. Each written block also gets its columns' number formats.
   */
  commit(): void {
    this.commitUpdates();
    const remaining = this.commitRemovals();
    this.commitAppends(remaining);
    this.updates.clear();
    this.removals.clear();
    this.appends.length = 0;
  }

  private get width(): number {
    return Math.max(this.grid[0]?.length ?? 0, ...[...this.positions.values()].map((p) => p + 1));
  }

  /** The schema column at a 0-based position, if it is one of ours. */
  private columnAt(position: number): ColumnSpec | undefined {
    for (const column of this.spec.columns) if (this.positions.get(column.key) === position) return column;
    return undefined;
  }

  private commitUpdates(): void {
    const rowNumbers = [...this.updates.keys()].filter((r) => !this.removals.has(r)).sort((a, b) => a - b);
    const columnsByPosition = Array.from({ length: this.width }, (_, p) => this.columnAt(p));
    for (const run of consecutiveRuns(rowNumbers)) {
      const changed = new Set<number>();
      for (const rowNumber of run) {
        for (const key of Object.keys(this.updates.get(rowNumber) ?? {})) changed.add(this.positions.get(key) as number);
      }
      if (changed.size === 0) continue;
      // Write the span of changed columns, split wherever a column is not ours (people's own columns stay untouched).
      const first = Math.min(...changed);
      const last = Math.max(...changed);
      let start = first;
      while (start <= last) {
        if (!columnsByPosition[start]) {
          start++;
          continue;
        }
        let end = start;
        while (end + 1 <= last && columnsByPosition[end + 1]) end++;
        const specs = columnsByPosition.slice(start, end + 1) as ColumnSpec[];
        const values = run.map((rowNumber) => {
          const changes = (this.updates.get(rowNumber) ?? {}) as Record<string, Cell>;
          return specs.map((column) =>
            toCell(column.key in changes ? changes[column.key] : fromCell(this.grid[rowNumber - 1]?.[this.positions.get(column.key) as number]), column.format),
          );
        });
        const range = this.sheet.getRange(run[0], start + 1, run.length, specs.length);
        range.setNumberFormats(run.map(() => specs.map((column) => numberFormatFor(column.format))));
        range.setValues(values);
        start = end + 1;
      }
    }
  }

  /** Removes rows bottom-up; returns the number of the last row with content afterwards. */
  private commitRemovals(): number {
    const rowNumbers = [...this.removals].sort((a, b) => a - b);
    if (rowNumbers.length === 0) return this.contentRows;
    if (rowNumbers.length >= this.contentRows - 1) {
      // Sheets refuses to delete every non-frozen row; keep one blank row below the header.
      const maxRows = this.sheet.getMaxRows();
      if (maxRows - rowNumbers.length <= 1) this.sheet.insertRowsAfter(maxRows, 1);
    }
    for (const run of consecutiveRuns(rowNumbers).reverse()) this.sheet.deleteRows(run[0], run.length);
    return this.contentRows - rowNumbers.length;
  }

  private commitAppends(lastRow: number): void {
    if (this.appends.length === 0) return;
    const width = this.width;
    const columnsByPosition = Array.from({ length: width }, (_, p) => this.columnAt(p));
    // Fresh rows right below the content: they always exist, and take the formats of the row above.
    this.sheet.insertRowsAfter(Math.max(lastRow, 1), this.appends.length);
    const values = this.appends.map((record) =>
      columnsByPosition.map((column) => (column ? toCell((record as Record<string, Cell>)[column.key], column.format) : '')),
    );
    const formats = this.appends.map(() => columnsByPosition.map((column) => (column ? numberFormatFor(column.format) : 'General')));
    const range = this.sheet.getRange(Math.max(lastRow, 1) + 1, 1, this.appends.length, width);
    range.setNumberFormats(formats);
    range.setValues(values);
  }
}
