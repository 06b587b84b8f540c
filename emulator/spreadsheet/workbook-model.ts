/**
 * The workbook's data and the rules every writer shares: sheets in order, the active sheet, locale
 * and time zone, formula evaluation on read, parsing as typed on write, the validation and
 * protection checks, and the 10,000,000-cell limit. Script-facing and host-facing code both use it.
 */
import { formatA1 } from './a1-notation';
import { CellValue, StoredDate } from './cell-value';
import { satisfiesRule } from './data-validation-rule';
import { appsScriptError } from './errors';
import { evaluateFormula, FormulaError, FormulaScalar } from './formula';
import { LocaleInfo, localeInfo } from './locale';
import { DisplayContext, displayValue, isDateFormat, isNumericFormat } from './number-format';
import { parseTyped, TypedContent, TypedFormula } from './parse-typed';
import { GridArea, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, ProtectionModel, SheetModel } from './sheet-model';
import { fromSerial, toSerial } from '../time-zone';

/** Google's limit on the cells of all sheets' grids together. */
export const WORKBOOK_CELL_LIMIT = 10_000_000;
/** Google's limit on the columns of one sheet (column ZZZ). */
export const SHEET_COLUMN_LIMIT = 18_278;
/** Google's limit on the characters of one cell. */
export const CELL_CHARACTER_LIMIT = 50_000;
/** Google's limit on the length of a sheet name. */
export const SHEET_NAME_LIMIT = 100;

/** A computed cell: stored value, a formula's result, or a formula error. */
export type ComputedValue = CellValue | FormulaError | undefined;

const PROTECTED_TEXT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The workbook's data and shared rules; see the file comment. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Who the file is shared with as editor, besides the owner (lower-case e-mails, in the order added). */
  readonly editors: string[] = [];
  activeSheet: SheetModel;
  private localeName: string;
  private locale: LocaleInfo;
  private nextSheetId = 0;
  private readonly evaluating = new Set<string>();

  constructor(
    readonly id: string,
    public name: string,
    locale: string,
    public timeZone: string,
    readonly owner: string,
  ) {
    this.localeName = locale;
    this.locale = localeInfo(locale);
    this.activeSheet = this.addSheet('Sheet1', 0);
  }

  /** Shares the file with `email` as editor (the owner is never listed); no-op when already listed. */
  addEditor(email: string): void {
    const lower = email.trim().toLowerCase();
    if (lower !== this.owner && !this.editors.includes(lower)) this.editors.push(lower);
  }

  /** Stops sharing the file with `email`; the owner cannot be removed. */
  removeEditor(email: string): void {
    const at = this.editors.indexOf(email.trim().toLowerCase());
    if (at >= 0) this.editors.splice(at, 1);
  }

  /** The spreadsheet locale, e.g. 'id_ID'. */
  get localeCode(): string {
    return this.localeName;
  }

  set localeCode(locale: string) {
    this.localeName = locale;
    this.locale = localeInfo(locale);
  }

  /** The locale and time zone display and typing use. */
  displayContext(): DisplayContext {
    return { locale: this.locale, timeZone: this.timeZone };
  }

  /** The leftmost sheet with exactly this name, or undefined. */
  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Throws Google's text when another sheet already has this name (names compare case-insensitively). */
  assertNameFree(name: string, except?: SheetModel): void {
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower)) {
      throw appsScriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /**
   * Throws when `name` cannot name a sheet: blank, longer than 100 characters, or another sheet's
   * name (case-insensitive). The duplicate text is Apps Script's; the other two are our wording.
   */
  assertSheetName(name: string, except?: SheetModel): void {
    if (name.trim() === '') throw appsScriptError('Invalid argument: sheet name cannot be empty.');
    if (name.length > SHEET_NAME_LIMIT) throw appsScriptError(`The sheet name cannot be greater than ${SHEET_NAME_LIMIT} characters.`);
    this.assertNameFree(name, except);
  }

  /** Throws when a sheet would have more than 18,278 columns. */
  assertColumnLimit(columns: number): void {
    if (columns > SHEET_COLUMN_LIMIT) {
      throw appsScriptError(`This action would increase the number of columns in the sheet above the limit of ${SHEET_COLUMN_LIMIT}.`);
    }
  }

  /** A name Google would give a new sheet: SheetN with the first free N. */
  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  /** Adds a 1000 × 26 sheet at 0-based `index` (no name or limit checks: callers do them). */
  addSheet(name: string, index: number): SheetModel {
    const sheetId = this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919;
    this.nextSheetId++;
    const sheet = new SheetModel(name, sheetId);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Throws Google's text when growing the grids by `extraCells` would pass 10,000,000 cells. */
  assertCellLimit(extraCells: number): void {
    const total = this.sheets.reduce((n, s) => n + s.cellCount(), 0);
    if (total + extraCells > WORKBOOK_CELL_LIMIT) {
      throw appsScriptError(
        `This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`,
      );
    }
  }

  /** The cells of a new sheet, for the limit check. */
  static readonly NEW_SHEET_CELLS = NEW_SHEET_ROWS * NEW_SHEET_COLUMNS;

  // ---- reading ----

  /** A cell's value with formulas evaluated (1-based). */
  computed(sheet: SheetModel, row: number, column: number): ComputedValue {
    const formula = sheet.formulas.get(row - 1, column - 1);
    if (formula === undefined) return sheet.values.get(row - 1, column - 1);
    return this.evaluate(sheet, row, column, formula);
  }

  private evaluate(sheet: SheetModel, row: number, column: number, formula: string): ComputedValue {
    const key = `${sheet.sheetId}:${row}:${column}`;
    if (this.evaluating.has(key)) return new FormulaError('#REF!');
    this.evaluating.add(key);
    try {
      const result = evaluateFormula(formula, {
        cell: (sheetName, r, c) => {
          const target = sheetName === undefined ? sheet : this.sheetByName(sheetName);
          if (!target || r > target.maxRows || c > target.maxColumns) return new FormulaError('#REF!');
          return this.asFormulaScalar(this.computed(target, r, c));
        },
        block: (sheetName, startRow, startColumn, endRow, endColumn) => {
          const target = sheetName === undefined ? sheet : this.sheetByName(sheetName);
          if (!target) return new FormulaError('#REF!');
          const lastRow = Math.min(endRow ?? target.maxRows, target.maxRows, Math.max(target.lastRow(), startRow));
          const out: FormulaScalar[] = [];
          for (let r = startRow; r <= lastRow; r++) {
            for (let c = startColumn; c <= Math.min(endColumn, target.maxColumns); c++) {
              out.push(this.asFormulaScalar(this.computed(target, r, c)));
            }
          }
          return out;
        },
      });
      return result === '' ? undefined : result;
    } finally {
      this.evaluating.delete(key);
    }
  }

  private asFormulaScalar(value: ComputedValue): FormulaScalar {
    return value instanceof StoredDate ? toSerial(value.ms, this.timeZone) : value;
  }

  /** What getValues gives for a computed cell: '' when empty, a Date made by `makeDate`, error codes as text. */
  toScriptValue(value: ComputedValue, format: string | undefined, makeDate: (ms: number) => Date): unknown {
    if (value === undefined) return '';
    if (value instanceof FormulaError) return value.code;
    if (value instanceof StoredDate) {
      return isNumericFormat(format) ? toSerial(value.ms, this.timeZone) : makeDate(value.ms);
    }
    if (typeof value === 'number' && format !== undefined && isDateFormat(format) && Math.abs(value) < 99_000_000) {
      return makeDate(fromSerial(value, this.timeZone));
    }
    return value;
  }

  /** A block's values as getValues returns them (copies; '' for empty). */
  readValues(sheet: SheetModel, area: GridArea, makeDate: (ms: number) => Date): unknown[][] {
    const out: unknown[][] = new Array(area.numRows);
    const c0 = area.column - 1;
    for (let i = 0; i < area.numRows; i++) {
      const r = area.row - 1 + i;
      const values = sheet.values.row(r);
      const formulas = sheet.formulas.row(r);
      const formats = sheet.formats.row(r);
      const row = new Array(area.numColumns);
      for (let j = 0; j < area.numColumns; j++) {
        const c = c0 + j;
        if (formulas === undefined && formats === undefined) {
          const v = values === undefined ? undefined : values[c];
          row[j] = v === undefined ? '' : v instanceof StoredDate ? makeDate(v.ms) : v;
        } else {
          const formula = formulas?.[c];
          const computed = formula === undefined ? values?.[c] : this.evaluate(sheet, r + 1, c + 1, formula);
          row[j] = this.toScriptValue(computed, formats?.[c], makeDate);
        }
      }
      out[i] = row;
    }
    return out;
  }

  /** A block's display strings, as getDisplayValues returns them. */
  readDisplayValues(sheet: SheetModel, area: GridArea): string[][] {
    const context = this.displayContext();
    const out: string[][] = new Array(area.numRows);
    const c0 = area.column - 1;
    for (let i = 0; i < area.numRows; i++) {
      const r = area.row - 1 + i;
      const values = sheet.values.row(r);
      const formulas = sheet.formulas.row(r);
      const formats = sheet.formats.row(r);
      const row: string[] = new Array(area.numColumns);
      for (let j = 0; j < area.numColumns; j++) {
        const c = c0 + j;
        const formula = formulas === undefined ? undefined : formulas[c];
        const computed = formula === undefined ? (values === undefined ? undefined : values[c]) : this.evaluate(sheet, r + 1, c + 1, formula);
        if (computed === undefined) row[j] = '';
        else if (typeof computed === 'string') row[j] = computed;
        else if (computed instanceof FormulaError) row[j] = computed.code;
        else row[j] = displayValue(computed, formats === undefined ? undefined : formats[c], context);
      }
      out[i] = row;
    }
    return out;
  }

  // ---- writing ----

  /** Whether `user` may edit the cell under every protection covering it. */
  protectionsBlocking(sheet: SheetModel, area: GridArea, user: string): ProtectionModel | undefined {
    if (user === this.owner) return undefined;
    const candidates = [sheet.sheetProtection, ...sheet.rangeProtections].filter(
      (p): p is ProtectionModel => !!p && !p.removed && !p.warningOnly && !p.editors.includes(user),
    );
    for (const protection of candidates) {
      if (protection.type === 'RANGE' && !overlaps(protection.area, area)) continue;
      if (protection.type === 'SHEET' && protection.unprotected.some((u) => contains(u, area))) continue;
      return protection;
    }
    return undefined;
  }

  /** Throws Google's protected-cell text when `user` may not edit the area. */
  assertMayEdit(sheet: SheetModel, area: GridArea, user: string): void {
    if (this.protectionsBlocking(sheet, area, user)) throw appsScriptError(PROTECTED_TEXT);
  }

  /** What a script or person's value becomes in the cell (numbers, booleans and Dates as given; strings parsed as typed unless the cell is `@`). */
  contentFor(value: unknown, format: string | undefined): TypedContent {
    switch (typeof value) {
      case 'string':
        if (format === '@') return value === '' ? undefined : value;
        return parseTyped(value, this.locale, this.timeZone);
      case 'number':
      case 'boolean':
        return value;
      case 'undefined':
        return undefined;
      default:
        if (value === null) return undefined;
        if (value instanceof Date || isDateObject(value)) {
          const ms = (value as Date).getTime();
          // An invalid Date (new Date(NaN)) has no instant to store: the cell is left blank (our choice).
          return Number.isNaN(ms) ? undefined : new StoredDate(ms);
        }
        return this.contentFor(String(value), format);
    }
  }

  /** Throws Google's text when a rejecting validation rule refuses the new content of a cell. */
  assertValid(sheet: SheetModel, row: number, column: number, content: TypedContent): void {
    const rule = sheet.validations.get(row - 1, column - 1);
    if (!rule || rule.allowInvalid || content instanceof TypedFormula) return;
    if (!satisfiesRule(rule, content)) {
      throw appsScriptError(
        `The data you entered in cell ${formatA1(row, column, 1, 1)} violates the data validation rules set on this cell.`,
      );
    }
  }

  /** Writes a block of raw values (script or person), parsed as typed; validation is checked first, so a refusal writes nothing. */
  writeValues(sheet: SheetModel, area: GridArea, values: readonly (readonly unknown[])[]): void {
    const { row, column, numRows, numColumns } = area;
    const hasValidation = sheet.validations.rows.length >= row;
    const hasFormats = sheet.formats.rows.length >= row;
    const format = (r: number, c: number) => (hasFormats ? sheet.formats.get(r, c) : undefined);
    for (let i = 0; i < numRows; i++) {
      const source = values[i];
      for (let j = 0; j < numColumns; j++) {
        const v = source[j];
        if (typeof v === 'string' && v.length > CELL_CHARACTER_LIMIT) {
          throw appsScriptError(`Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`);
        }
      }
    }
    if (hasValidation) {
      for (let i = 0; i < numRows; i++) {
        for (let j = 0; j < numColumns; j++) {
          const r = row - 1 + i;
          const c = column - 1 + j;
          if (sheet.validations.get(r, c)) this.assertValid(sheet, r + 1, c + 1, this.contentFor(values[i][j], format(r, c)));
        }
      }
    }
    const width = column - 1 + numColumns;
    for (let i = 0; i < numRows; i++) {
      const r = row - 1 + i;
      const source = values[i];
      let cells = sheet.values.row(r);
      let formulas = sheet.formulas.row(r);
      const formats = hasFormats ? sheet.formats.row(r) : undefined;
      for (let j = 0; j < numColumns; j++) {
        const c = column - 1 + j;
        const content = this.contentFor(source[j], formats === undefined ? undefined : formats[c]);
        if (content instanceof TypedFormula) {
          if (formulas === undefined) formulas = sheet.formulas.ensureRow(r, width);
          formulas[c] = content.text;
          if (cells !== undefined) cells[c] = undefined;
          continue;
        }
        if (formulas !== undefined && c < formulas.length) formulas[c] = undefined;
        if (content === undefined) {
          if (cells !== undefined && c < cells.length) cells[c] = undefined;
          continue;
        }
        if (cells === undefined) cells = sheet.values.ensureRow(r, width);
        cells[c] = content;
      }
    }
  }

  /** Clears values and formulas of a block. */
  clearContents(sheet: SheetModel, area: GridArea): void {
    sheet.values.clear(area.row - 1, area.column - 1, area.numRows, area.numColumns);
    sheet.formulas.clear(area.row - 1, area.column - 1, area.numRows, area.numColumns);
  }

  /** Clears number formats and styles of a block. */
  clearFormats(sheet: SheetModel, area: GridArea): void {
    sheet.formats.clear(area.row - 1, area.column - 1, area.numRows, area.numColumns);
    for (const layer of sheet.styles.values()) layer.clear(area.row - 1, area.column - 1, area.numRows, area.numColumns);
  }
}

function overlaps(a: GridArea, b: GridArea): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function contains(outer: GridArea, inner: GridArea): boolean {
  return outer.row <= inner.row && outer.column <= inner.column &&
    outer.row + outer.numRows >= inner.row + inner.numRows && outer.column + outer.numColumns >= inner.column + inner.numColumns;
}
