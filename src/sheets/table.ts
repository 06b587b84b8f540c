/**
 * Header-mapped access to one sheet. Columns are found by header text, so people may reorder columns
 * or insert their own. A table reads only what an action needs — the whole sheet (small sheets:
 * stock, settings), the header and the selected rows, or the header alone with rows found by ID on
 * the server (TextFinder) — so the cells an action reads do not grow with the sheet's history. Queued
 * changes are written back in blocks whose number does not grow with the rows touched.
 */
import { Cell } from '../domain/cell';
import { UserError } from '../domain/i18n';
import { RUPIAH_NUMBER_FORMAT } from '../domain/money';
import { rowsBelow } from './rows-below';
import { ColumnFormat, ColumnSpec, SheetSpec } from './schema';
import { headerRow, valuesToData } from './values-to-data';

/** A data row as read: its 1-based sheet row number, its record, and the values of people's own columns by header. */
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
    id: `Sheet "${sheetName}" tidak ditemukan. Jalankan Toko → Setup, atau kembalikan nama sheet-nya. Tidak ada yang diubah.`,
    en: `Sheet "${sheetName}" was not found. Run Toko → Setup, or restore the sheet's name. Nothing was changed.`,
  });
}

/** The sheet of `spec`, found by name (one call); a sheet that is not there is missingSheetError's UserError. */
export function sheetOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: Pick<SheetSpec, 'name'>): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) throw missingSheetError(spec.name);
  return sheet;
}

/** The message for a column whose header is not in the sheet. */
export function missingColumnError(header: string, sheetName: string): UserError {
  return new UserError({
    id: `Kolom "${header}" tidak ditemukan di sheet "${sheetName}". Jika judul kolomnya diganti, kembalikan ke "${header}"; jika terhapus, jalankan Toko → Setup. Tidak ada yang diubah.`,
    en: `Column "${header}" was not found in sheet "${sheetName}". If its header was renamed, rename it back to "${header}"; if it was deleted, run Toko → Setup. Nothing was changed.`,
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
    const found = [column.header, ...(column.aliases ?? []), ...(column.formerHeaders ?? [])].map((h) => at.get(normalizeHeader(h))).find((p) => p !== undefined);
    if (found === undefined) missing.push(column);
    else positions.set(column.key, found);
  }
  return { positions, missing };
}

/** The column's letters for a 0-based position (0 → A, 27 → AB). */
export function columnLetters(position: number): string {
  let n = position + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A column's per-row formula for sheet row `rowNumber`, each `{key}` replaced by that column's cell on the row (`=D7-E7`). */
export function rowFormula(formula: string, positions: ReadonlyMap<string, number>, rowNumber: number): string {
  return formula.replace(/\{(\w+)\}/g, (_, key: string) => {
    const position = positions.get(key);
    if (position === undefined) throw new Error(`Toko: formula column refers to unknown key ${key}`);
    return `${columnLetters(position)}${rowNumber}`;
  });
}

/** A cell value as a record holds it: Dates become epoch ms, everything else as read. */
export function fromCell(value: unknown): Cell {
  if (isDate(value)) return value.getTime();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A record value as written: Dates for date columns; in text columns (plain-text format) strings stay as
 * they are; elsewhere a string is written behind an apostrophe so Sheets never reads it as a formula,
 * a number or a date.
 */
export function toCell(value: Cell | undefined, format: ColumnFormat | undefined): unknown {
  if (value === undefined || value === '') return '';
  if ((format === 'date' || format === 'datetime') && typeof value === 'number') return new Date(value);
  if (format === 'text') return String(value);
  if (typeof value === 'string') return `'${value}`;
  return value;
}

/** A value read from a column that is not ours, as written back elsewhere: as it was, text kept as text. */
function rawToCell(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value === null || value === undefined ? '' : value;
}

/**
 * Text Sheets can only ever read as text, whatever the cell's format: Toko's own ID-like tokens
 * (`TK-2611-0011`, a stock trail `TK-2611-0011:R TK-2611-0012:S`) — letters, a dash, a digit; never
 * a number, a date, a boolean or a formula in any locale.
 */
const UNAMBIGUOUS_TEXT = /^[A-Z]{2,}-\d[A-Za-z0-9:\- ]*$/;

/**
 * Whether a block write must set its number formats first. Only plain-text (`@`) columns depend on
 * their format to keep what is written (a resi `0012…` would become a number, a note `=…` a formula);
 * every other value carries its own meaning (numbers, Dates, strings behind an apostrophe), and their
 * display formats are Setup's, on every row. So the formats are written when a text column receives
 * anything but empty cells and unambiguous tokens — one call saved on a stock write.
 */
function formatsMatter(columns: readonly ColumnSpec[], rows: readonly unknown[][]): boolean {
  return columns.some(
    (column, j) => column.format === 'text' && rows.some((row) => typeof row[j] === 'string' && row[j] !== '' && !UNAMBIGUOUS_TEXT.test(row[j] as string)),
  );
}

/** Groups sorted numbers into runs of consecutive ones. */
export function consecutiveRuns(numbers: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last[last.length - 1] + 1) last.push(n);
    else runs.push([n]);
  }
  return runs;
}

/** The distinct non-blank values, trimmed. */
const distinctValues = (values: readonly string[]): string[] => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

/** A regular expression that matches a whole cell holding exactly one of `values` (anchored: no matchEntireCell call needed). */
function exactAlternatives(values: readonly string[]): string {
  return `^(?:${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}

/**
 * Above this many cells, rows far apart are read (and rows removed) block by block rather than as
 * one span that includes the rows between them: past it, the cells between cost more than the calls.
 */
const SPAN_CELL_BUDGET = 20000;

/** People's own columns: header text → value, carried along when an order moves. */
export type ExtraCells = ReadonlyMap<string, unknown>;

/** See the file comment. Nothing is written before `commit`. */
export class Table<K extends string> {
  private readonly updates = new Map<number, Partial<Record<K, Cell>>>();
  private readonly removals = new Set<number>();
  private readonly appends: Array<{ record: Partial<Record<K, Cell>>; extras?: ExtraCells }> = [];
  /** Raw cells of the rows read, by sheet row number (updated as this table writes). */
  private readonly loaded = new Map<number, unknown[]>();
  private loadedRows: TableRow<K>[] = [];
  private header: unknown[];

  private constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    readonly spec: SheetSpec<K>,
    header: unknown[],
    private readonly positions: Map<string, number>,
    /** The last row with content when the table was opened, or undefined until something needs it. */
    private knownLastRow: number | undefined,
  ) {
    this.header = header;
  }

  /** The last row with content, asked of the sheet only the first time it is needed (a selection's rows need no such call). */
  private get lastRow(): number {
    if (this.knownLastRow === undefined) this.knownLastRow = this.sheet.getLastRow();
    return this.knownLastRow;
  }

  private set lastRow(row: number) {
    this.knownLastRow = row;
  }

  /** Whether the sheet has the column (an optional one may be missing until Setup adds it); never write a missing one. */
  hasColumn(key: K): boolean {
    return this.positions.has(key);
  }

  /** The rows read (all of them for `read`, the selected or found ones otherwise), in sheet order. */
  get rows(): ReadonlyArray<TableRow<K>> {
    return this.loadedRows;
  }

  private static make<K extends string>(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec<K>, header: unknown[], lastRow: number | undefined): Table<K> {
    const { positions, missing } = indexColumns(header, spec.columns);
    const required = missing.filter((column) => !column.optional);
    if (required.length) throw missingColumnError(required[0].header, spec.name);
    return new Table(sheet, spec, header, positions, lastRow);
  }

  /**
   * Reads the whole sheet with one call (for sheets that stay small: stock, settings, purchases).
   * Throws a UserError naming the sheet or the first missing column, so a renamed sheet or deleted
   * header never becomes a stack trace.
   */
  static read<K extends string>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec<K>): Table<K> {
    const sheet = sheetOf(ss, spec);
    const grid = valuesToData(sheet, 1, 1, -1, -1);
    const table = Table.make(sheet, spec, grid[0] ?? [], grid.length);
    table.absorb(2, grid.slice(1));
    return table;
  }

  /**
   * Opens a sheet without reading its data: the header row only (the last row is asked when a search,
   * an append or a whole-column selection needs it), so a long sheet (Gudang · Selesai, the cash book,
   * the Log) costs the same as a short one. `rows` is empty until rows are found or loaded. `sheet` may
   * be given when the caller holds it already.
   */
  static open<K extends string>(
    ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    spec: SheetSpec<K>,
    sheet: GoogleAppsScript.Spreadsheet.Sheet = sheetOf(ss, spec),
    lastRow?: number,
  ): Table<K> {
    // The first row in one read (no getLastColumn call); trailing blank cells are not headers.
    const row = headerRow(sheet);
    let width = row.length;
    while (width > 0 && (row[width - 1] === '' || row[width - 1] === null)) width--;
    return Table.make(sheet, spec, row.slice(0, width), lastRow);
  }

  /** Same as `open`: a table for appending to, whatever the sheet's length. */
  static openForAppend<K extends string>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec<K>): Table<K> {
    return Table.open(ss, spec);
  }

  /**
   * Loads the data rows within `spans` (1-based, inclusive; past the last row is ignored): one read of
   * the span that covers them all when that is small, else one read per span. Blank rows are skipped.
   */
  load(spans: ReadonlyArray<readonly [number, number]>): ReadonlyArray<TableRow<K>> {
    // A selection lies within the sheet: only an open-ended span (a whole column) needs the last row.
    const end = (last: number) => (Number.isFinite(last) && this.knownLastRow === undefined ? last : Math.min(last, this.lastRow));
    const clipped = spans
      .map(([first, last]) => [Math.max(first, 2), end(last)] as const)
      .filter(([first, last]) => first <= last)
      .sort((a, b) => a[0] - b[0]);
    if (clipped.length === 0) return [];
    const width = this.width;
    const first = clipped[0][0];
    const last = Math.max(...clipped.map(([, l]) => l));
    const wanted = (row: number) => clipped.some(([f, l]) => row >= f && row <= l);
    if (clipped.length === 1 || (last - first + 1) * width <= SPAN_CELL_BUDGET) {
      const grid = this.sheet.getSheetValues(first, 1, last - first + 1, width);
      this.absorb(first, grid, wanted);
    } else {
      for (const [f, l] of clipped) this.absorb(f, this.sheet.getSheetValues(f, 1, l - f + 1, width));
    }
    return this.loadedRows.filter((row) => wanted(row.rowNumber));
  }

  /**
   * The row numbers whose `key` column holds one of `values` exactly (any case), found on the server
   * with one TextFinder: no cell of the column is read. Rows are not loaded (see `load`).
   */
  find(key: K, values: readonly string[]): Map<string, number[]> {
    const found = new Map<string, number[]>();
    const wanted = distinctValues(values);
    const position = this.positions.get(key) as number;
    const hits = this.search(key, wanted).map((hit) => hit.getRow());
    if (hits.length === 0) return found;
    // Which value each hit holds: obvious with one value; else from the rows, loaded in one go.
    if (wanted.length > 1) {
      const missing = [...new Set(hits.filter((r) => !this.loaded.has(r)))].sort((a, b) => a - b);
      if (missing.length) this.load(consecutiveRuns(missing).map((run) => [run[0], run[run.length - 1]] as const));
    }
    const byUpper = new Map(wanted.map((v) => [v.toUpperCase(), v]));
    for (const row of hits) {
      const value = wanted.length === 1 ? wanted[0] : byUpper.get(String(this.loaded.get(row)?.[position] ?? '').trim().toUpperCase());
      if (value === undefined) continue;
      found.set(value, [...(found.get(value) ?? []), row]);
    }
    return found;
  }

  /** Every value of one column below the header (one read of that column only; rows are not loaded). */
  column(key: K): unknown[] {
    if (this.lastRow < 2) return [];
    return this.sheet.getSheetValues(2, (this.positions.get(key) as number) + 1, this.lastRow - 1, 1).map((row) => row[0]);
  }

  /** How many cells of the `key` column hold one of `values` exactly (any case): one search, no cell read, no row asked. */
  count(key: K, values: readonly string[]): number {
    return this.search(key, distinctValues(values)).length;
  }

  /**
   * The row numbers whose `key` cell matches a regular expression (any case, anywhere in the cell unless
   * anchored), in sheet order: one TextFinder on that column, no cell read, rows not loaded.
   */
  findMatching(key: K, pattern: string): number[] {
    if (pattern === '' || this.lastRow < 2) return [];
    return this.sheet
      .getRange(2, (this.positions.get(key) as number) + 1, this.lastRow - 1, 1)
      .createTextFinder(pattern)
      .useRegularExpression(true)
      .findAll()
      .map((hit) => hit.getRow());
  }

  /** The cells of the `key` column below the header holding exactly one of `wanted` (any case): one TextFinder, no cell read. */
  private search(key: K, wanted: readonly string[]): GoogleAppsScript.Spreadsheet.Range[] {
    if (wanted.length === 0 || this.lastRow < 2) return [];
    return this.sheet
      .getRange(2, (this.positions.get(key) as number) + 1, this.lastRow - 1, 1)
      .createTextFinder(exactAlternatives(wanted))
      .useRegularExpression(true)
      .findAll();
  }

  /**
   * The rows of `rows`' IDs that are elsewhere in this sheet too (an order pasted twice): one search
   * when there are none, which is the usual case; the rows are only asked for when there are more
   * matches than `rows`.
   */
  twinsOf(key: K, rows: ReadonlyArray<TableRow<K>>): Map<string, number[]> {
    const values = rows.map((row) => String(row.record[key] ?? '').trim()).filter((v) => v !== '');
    const distinct = new Set(values.map((v) => v.toUpperCase()));
    if (distinct.size === values.length && this.count(key, values) <= values.length) return new Map();
    return this.find(key, values);
  }

  /** Finds rows by `key` (see `find`) and loads them; the rows found, in sheet order. */
  findRows(key: K, values: readonly string[]): ReadonlyArray<TableRow<K>> {
    const rowNumbers = [...this.find(key, values).values()].flat();
    if (rowNumbers.length === 0) return [];
    const missing = rowNumbers.filter((r) => !this.loaded.has(r));
    if (missing.length) this.load(consecutiveRuns([...new Set(missing)].sort((a, b) => a - b)).map((run) => [run[0], run[run.length - 1]] as const));
    const set = new Set(rowNumbers);
    return this.loadedRows.filter((row) => set.has(row.rowNumber));
  }

  /** People's own columns of a loaded row (header → value), blank ones left out. */
  extrasOf(rowNumber: number): ExtraCells {
    const extras = new Map<string, unknown>();
    const cells = this.loaded.get(rowNumber);
    if (!cells) return extras;
    const ours = new Set(this.positions.values());
    this.header.forEach((header, position) => {
      const name = String(header ?? '').trim();
      const value = cells[position];
      if (name !== '' && !ours.has(position) && value !== '' && value !== null && value !== undefined) extras.set(name, value);
    });
    return extras;
  }

  /** Queues changes to some columns of a row; later calls for the same row merge. */
  update(rowNumber: number, changes: Partial<Record<K, Cell>>): void {
    // An optional column the sheet does not have yet (Setup not rerun) is left out, never written elsewhere.
    const known = Object.fromEntries(Object.entries(changes).filter(([key]) => this.positions.has(key))) as Partial<Record<K, Cell>>;
    this.updates.set(rowNumber, { ...(this.updates.get(rowNumber) ?? {}), ...known });
  }

  /** Queues a new row below the last one (into the sheet's prepared empty rows); columns not given are left blank. `extras` go to people's columns of the same header (added at the end if missing). */
  append(record: Partial<Record<K, Cell>>, extras?: ExtraCells): void {
    this.appends.push({ record, extras });
  }

  /** Queues the removal of a row (its later rows move up). */
  remove(rowNumber: number): void {
    this.removals.add(rowNumber);
  }

  /**
   * Writes what is queued: updates, then removals, then all appends as one block. The number of
   * service calls depends on how scattered the rows are only up to a span of SPAN_CELL_BUDGET cells,
   * never on the size of the sheet.
   */
  commit(): void {
    this.commitUpdates();
    this.commitRemovals();
    this.commitAppends();
    this.updates.clear();
    this.removals.clear();
    this.appends.length = 0;
  }

  private get width(): number {
    return Math.max(this.header.length, ...[...this.positions.values()].map((p) => p + 1));
  }

  /** Takes rows read from the sheet into the table (replacing what it held of them). */
  private absorb(firstRow: number, grid: unknown[][], wanted: (row: number) => boolean = () => true): void {
    const byRow = new Map(this.loadedRows.map((row) => [row.rowNumber, row]));
    grid.forEach((cells, i) => {
      const rowNumber = firstRow + i;
      this.loaded.set(rowNumber, cells);
      if (!wanted(rowNumber) || cells.every((cell) => cell === '' || cell === null)) return;
      const record = {} as Record<K, Cell>;
      for (const column of this.spec.columns) record[column.key] = fromCell(cells[this.positions.get(column.key) as number]);
      byRow.set(rowNumber, { rowNumber, record });
    });
    this.loadedRows = [...byRow.values()].sort((a, b) => a.rowNumber - b.rowNumber);
  }

  /** What Toko writes into `column` on sheet row `rowNumber`: its formula for a formula column (never a value), else the value. */
  private outCell(column: ColumnSpec, value: Cell | undefined, rowNumber: number): unknown {
    return column.formula ? rowFormula(column.formula, this.positions, rowNumber) : toCell(value, column.format);
  }

  /**
   * Writes the formula of each formula column (Gudang · Stok's Tersedia) into every loaded row, one
   * setFormulas per formula column over the span of those rows (blank rows between stay blank). For
   * Setup: rows typed by hand, and sheets from before the column was a formula.
   */
  writeFormulas(): void {
    const rows = this.loadedRows.map((row) => row.rowNumber);
    if (rows.length === 0) return;
    const first = rows[0];
    const last = rows[rows.length - 1];
    const filled = new Set(rows);
    for (const column of this.spec.columns) {
      if (!column.formula) continue;
      const formula = column.formula;
      const formulas = Array.from({ length: last - first + 1 }, (_, i) => [filled.has(first + i) ? rowFormula(formula, this.positions, first + i) : '']);
      this.sheet.getRange(first, (this.positions.get(column.key) as number) + 1, formulas.length, 1).setFormulas(formulas);
    }
  }

  /** The schema column at a 0-based position, if it is one of ours. */
  private columnsByPosition(): Array<ColumnSpec | undefined> {
    const out: Array<ColumnSpec | undefined> = Array.from({ length: this.width }, () => undefined);
    for (const column of this.spec.columns) out[this.positions.get(column.key) as number] = column;
    return out;
  }

  /**
   * Updates: when every changed row is loaded and their span is small, one block over the span of
   * changed rows and our changed columns (unchanged cells written back as read); otherwise one block
   * per run of consecutive rows. People's own columns are never written.
   */
  private commitUpdates(): void {
    const rowNumbers = [...this.updates.keys()].filter((r) => !this.removals.has(r)).sort((a, b) => a - b);
    if (rowNumbers.length === 0) return;
    const byPosition = this.columnsByPosition();
    const changedPositions = new Set<number>();
    for (const rowNumber of rowNumbers) {
      for (const key of Object.keys(this.updates.get(rowNumber) ?? {})) changedPositions.add(this.positions.get(key) as number);
    }
    const allLoaded = rowNumbers.every((r) => this.loaded.has(r));
    const spanRows = rowNumbers[rowNumbers.length - 1] - rowNumbers[0] + 1;
    const spanLoaded = allLoaded && Array.from({ length: spanRows }, (_, i) => rowNumbers[0] + i).every((r) => this.loaded.has(r));
    const blocks =
      spanLoaded && spanRows * changedPositions.size <= SPAN_CELL_BUDGET
        ? [Array.from({ length: spanRows }, (_, i) => rowNumbers[0] + i)]
        : consecutiveRuns(rowNumbers);
    for (const block of blocks) {
      const changed = new Set<number>();
      for (const rowNumber of block) for (const key of Object.keys(this.updates.get(rowNumber) ?? {})) changed.add(this.positions.get(key) as number);
      if (changed.size === 0) continue;
      const columnRuns = this.writableColumnRuns(changed, byPosition, block.every((r) => this.loaded.has(r)));
      for (const run of columnRuns) {
        const specs = run.map((p) => byPosition[p] as ColumnSpec);
        const values = block.map((rowNumber) => {
          const changes = (this.updates.get(rowNumber) ?? {}) as Record<string, Cell>;
          const cells = this.loaded.get(rowNumber);
          return specs.map((column, j) => {
            const value = column.key in changes ? changes[column.key] : fromCell(cells?.[run[j]]);
            if (cells && !column.formula) cells[run[j]] = value;
            return this.outCell(column, value, rowNumber);
          });
        });
        const range = this.sheet.getRange(block[0], run[0] + 1, block.length, run.length);
        if (formatsMatter(specs, values)) range.setNumberFormats(block.map(() => specs.map((column) => numberFormatFor(column.format))));
        range.setValues(values);
      }
    }
  }

  /**
   * The runs of adjacent positions to write for `changed` positions: with the rows loaded, from the
   * first to the last changed column, split wherever a column is not ours; otherwise only the changed
   * columns themselves (unchanged values are unknown).
   */
  private writableColumnRuns(changed: Set<number>, byPosition: Array<ColumnSpec | undefined>, rowsLoaded: boolean): number[][] {
    if (!rowsLoaded) return consecutiveRuns([...changed].sort((a, b) => a - b));
    const runs: number[][] = [];
    const first = Math.min(...changed);
    const last = Math.max(...changed);
    let current: number[] = [];
    for (let p = first; p <= last; p++) {
      if (byPosition[p]) current.push(p);
      else if (current.length) {
        runs.push(current);
        current = [];
      }
    }
    if (current.length) runs.push(current);
    return runs.filter((run) => run.some((p) => changed.has(p)));
  }

  /**
   * Removes rows. Far-apart rows in a loaded span are removed with a constant number of calls: the
   * rows that stay are written back, moved up, and the freed rows at the span's end are deleted. When
   * people's own columns in the span hold a formula (it would not survive the move), or the rows are
   * not loaded, each run is deleted bottom-up instead.
   */
  private commitRemovals(): void {
    this.relocateRemovals();
    const rowNumbers = [...this.removals].sort((a, b) => a - b);
    if (rowNumbers.length === 0) return;
    const runs = consecutiveRuns(rowNumbers);
    const first = rowNumbers[0];
    const last = rowNumbers[rowNumbers.length - 1];
    const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const width = this.width;
    if (runs.length > 2 && span.every((r) => this.loaded.has(r)) && span.length * width <= SPAN_CELL_BUDGET) {
      // Our columns hold values Toko wrote; only people's own columns may hold formulas or plain-text cells.
      const byPosition = this.columnsByPosition();
      const theirs = consecutiveRuns(byPosition.map((column, p) => (column ? -1 : p)).filter((p) => p >= 0));
      let formulaFound = false;
      const plainText = new Set<string>();
      for (const run of theirs) {
        const range = this.sheet.getRange(first, run[0] + 1, span.length, run.length);
        if (range.getFormulas().some((row) => row.some((f) => f !== ''))) {
          formulaFound = true;
          break;
        }
        range.getNumberFormats().forEach((row, i) => row.forEach((f, j) => f === '@' && plainText.add(`${i}:${run[j]}`)));
      }
      if (!formulaFound) {
        const kept = span.filter((r) => !this.removals.has(r));
        if (kept.length) {
          // Each kept row moves up to the i-th row of the span; a plain-text cell there takes text as it is.
          const values = kept.map((r, i) =>
            (this.loaded.get(r) as unknown[]).map((v, p) => {
              const column = byPosition[p];
              if (column) return this.outCell(column, fromCell(v), first + i);
              return typeof v === 'string' && plainText.has(`${i}:${p}`) ? v : rawToCell(v);
            }),
          );
          this.sheet.getRange(first, 1, kept.length, width).setValues(values);
        }
        this.deleteRows(first + kept.length, rowNumbers.length);
        this.afterRemoval(rowNumbers);
        return;
      }
    }
    for (const run of runs.reverse()) this.deleteRows(run[0], run.length);
    this.afterRemoval(rowNumbers);
  }

  /**
   * People sort, insert and delete rows while an action runs (the lock holds scripts, not people). Just
   * before removing, the key column (the schema's first column, the ID) of the rows to remove is read
   * again — one read of their span — and a row that no longer holds the value read earlier is found
   * again by that value; a value found nowhere is not removed at all. So only the rows of the orders
   * that moved ever leave the sheet.
   */
  private relocateRemovals(): void {
    const key = this.spec.columns[0].key;
    const position = this.positions.get(key) as number;
    const expected = new Map<number, string>();
    for (const row of this.removals) {
      const value = String(this.loaded.get(row)?.[position] ?? '').trim();
      if (value !== '') expected.set(row, value);
    }
    if (expected.size === 0) return;
    const rows = [...expected.keys()];
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const now = this.sheet.getSheetValues(first, position + 1, last - first + 1, 1);
    const moved = rows.filter((row) => String(now[row - first]?.[0] ?? '').trim().toUpperCase() !== (expected.get(row) as string).toUpperCase());
    if (moved.length === 0) return;
    const found = this.find(key, moved.map((row) => expected.get(row) as string));
    // Rows moved under us: what was read of them is stale, so nothing read is written back.
    this.loaded.clear();
    for (const row of moved) {
      this.removals.delete(row);
      const value = expected.get(row) as string;
      const at = found.get(value) ?? [...found].find(([v]) => v.toUpperCase() === value.toUpperCase())?.[1] ?? [];
      // Only an unambiguous place is removed; the rows' cells are not known, so each run is deleted as it is.
      if (at.length === 1) this.removals.add(at[0]);
    }
  }

  /**
   * Deletes rows. Sheets refuses to delete every row below the frozen header; only then (it costs no
   * call up front) one blank row is added at the end first, so the sheet keeps its header and one row.
   */
  private deleteRows(first: number, count: number): void {
    try {
      this.sheet.deleteRows(first, count);
    } catch (e) {
      const maxRows = this.sheet.getMaxRows();
      if (maxRows - count > 1) throw e;
      this.sheet.insertRowsAfter(maxRows, 1);
      this.sheet.deleteRows(first, count);
    }
  }

  /** Renumbers what the table holds after rows were removed. */
  private afterRemoval(removed: readonly number[]): void {
    const shift = (row: number) => row - removed.filter((r) => r < row).length;
    const removedSet = new Set(removed);
    const loaded = [...this.loaded].filter(([row]) => !removedSet.has(row));
    this.loaded.clear();
    for (const [row, cells] of loaded) this.loaded.set(shift(row), cells);
    this.loadedRows = this.loadedRows.filter((row) => !removedSet.has(row.rowNumber)).map((row) => ({ ...row, rowNumber: shift(row.rowNumber) }));
    if (this.knownLastRow !== undefined) this.knownLastRow -= removed.length;
  }

  /** Adds a header for each of people's columns an append carries that this sheet lacks (at the end). */
  private addMissingExtraHeaders(): void {
    const known = new Set(this.header.map(normalizeHeader));
    const added: string[] = [];
    for (const { extras } of this.appends) {
      for (const name of extras?.keys() ?? []) {
        if (!known.has(normalizeHeader(name))) {
          known.add(normalizeHeader(name));
          added.push(name);
        }
      }
    }
    if (added.length === 0) return;
    const start = this.width;
    const missingColumns = start + added.length - this.sheet.getMaxColumns();
    if (missingColumns > 0) this.sheet.insertColumnsAfter(this.sheet.getMaxColumns(), missingColumns);
    this.sheet.getRange(1, start + 1, 1, added.length).setValues([added]);
    this.header = [...this.header, ...Array.from({ length: start - this.header.length }, () => ''), ...added];
  }

  private commitAppends(): void {
    if (this.appends.length === 0) return;
    this.addMissingExtraHeaders();
    const width = this.width;
    const byPosition = this.columnsByPosition();
    const extraPosition = new Map<string, number>();
    this.header.forEach((h, p) => {
      if (!byPosition[p] && normalizeHeader(h) !== '' && !extraPosition.has(normalizeHeader(h))) extraPosition.set(normalizeHeader(h), p);
    });
    const lastRow = Math.max(this.lastRow, 1);
    const values = this.appends.map(({ record, extras }, i) => {
      const row = byPosition.map((column) => (column ? this.outCell(column, (record as Record<string, Cell>)[column.key], lastRow + 1 + i) : ''));
      for (const [name, value] of extras ?? []) {
        const p = extraPosition.get(normalizeHeader(name));
        if (p !== undefined) row[p] = rawToCell(value);
      }
      return row;
    });
    const formats = this.appends.map(() => byPosition.map((column) => (column ? numberFormatFor(column.format) : 'General')));
    const range = rowsBelow(this.sheet, lastRow + 1, this.appends.length, width);
    range.setNumberFormats(formats);
    range.setValues(values);
    this.lastRow = lastRow + this.appends.length;
  }
}
