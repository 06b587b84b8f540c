/**
 * Range: reading and writing a rectangle of one sheet. Values follow Sheets' rules (see
 * workbook-model.ts); every public method is counted as `Range.<method>`.
 */
import { formatA1 } from './a1-notation';
import { ruleOf, exposeDataValidation } from './data-validation';
import { DataValidationCriteria } from './enums';
import { appsScriptError, signatureError } from './errors';
import { createProtection } from './protection';
import { GridArea, SheetModel, StyleName } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';
import { checkedArea } from './grid-checks';
import { FakeTextFinder } from './text-finder';

type Range = GoogleAppsScript.Spreadsheet.Range;

type EmulatedRangeMethods =
  | 'activate' | 'clear' | 'clearContent' | 'clearFormat' | 'clearDataValidations' | 'getA1Notation'
  | 'getBackground' | 'getBackgrounds' | 'getCell' | 'getColumn' | 'getDataValidation' | 'getDataValidations'
  | 'getDisplayValue' | 'getDisplayValues' | 'getFontWeight' | 'getFontWeights' | 'getFormula' | 'getFormulas'
  | 'getHorizontalAlignment' | 'getHorizontalAlignments' | 'getLastColumn' | 'getLastRow' | 'getNote'
  | 'getNumColumns' | 'getNumRows' | 'getNumberFormat' | 'getNumberFormats' | 'getRow' | 'getSheet'
  | 'getValue' | 'getValues' | 'getWrap' | 'insertCheckboxes' | 'isBlank' | 'offset' | 'protect'
  | 'setBackground' | 'setBackgrounds' | 'setBorder' | 'setDataValidation' | 'setDataValidations'
  | 'setFontColor' | 'setFontSize' | 'setFontStyle' | 'setFontWeight' | 'setFontWeights' | 'setFormula'
  | 'setFormulas' | 'setHorizontalAlignment' | 'setNote' | 'setNumberFormat' | 'setNumberFormats'
  | 'setValue' | 'setValues' | 'setVerticalAlignment' | 'setWrap' | 'createTextFinder';

/** Throws Google's row/column mismatch text unless `data` is numRows × numColumns. */
export function assertDataShape(data: unknown, area: GridArea, qualifiedMethod: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) throw signatureError([data], qualifiedMethod);
  if (data.length !== area.numRows) {
    throw appsScriptError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${area.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== area.numColumns) {
      throw appsScriptError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${area.numColumns}.`,
      );
    }
  }
}

const STYLE_DEFAULTS: Partial<Record<StyleName, string | number | boolean>> = {
  background: '#ffffff',
  fontWeight: 'normal',
  horizontalAlignment: 'general',
  note: '',
  wrap: true,
};

/** One rectangle of a sheet; see the file comment. */
export class FakeRange implements Pick<Range, EmulatedRangeMethods> {
  constructor(
    private readonly env: SpreadsheetEnv,
    readonly sheet: SheetModel,
    readonly area: GridArea,
    private readonly counted = true,
  ) {}

  /** Counts `Range.<method>`, except when a RangeList drives this range (it counts itself). */
  private count(method: string): void {
    if (this.counted) this.env.count(`Range.${method}`);
  }

  /** Counts a read of `cells` cells (every cell of the range unless said). */
  private countCells(cells = this.area.numRows * this.area.numColumns): void {
    this.env.state.recordCellsRead(cells);
  }

  private self(): Range {
    return this.env.factories.range(this.sheet, this.area);
  }

  private get model() {
    return this.env.model;
  }

  private assertMayEdit(): void {
    this.model.assertMayEdit(this.sheet, this.area, this.env.user());
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.area.numRows }, () => new Array<T>(this.area.numColumns).fill(value));
  }

  private readLayer<T>(read: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    return Array.from({ length: numRows }, (_, i) => Array.from({ length: numColumns }, (__, j) => read(row + i, column + j)));
  }

  private writeStyle(name: StyleName, values: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): Range {
    const layer = this.sheet.style(name);
    const { row, column } = this.area;
    values.forEach((cells, i) => cells.forEach((v, j) => layer.set(row - 1 + i, column - 1 + j, v ?? undefined)));
    return this.self();
  }

  private readStyle(name: StyleName): Array<Array<string | number | boolean>> {
    const layer = this.sheet.styles.get(name);
    const fallback = STYLE_DEFAULTS[name] ?? '';
    return this.readLayer((r, c) => layer?.get(r - 1, c - 1) ?? fallback);
  }

  // ---- geometry ----

  getRow(): number {
    this.count('getRow');
    return this.area.row;
  }

  getColumn(): number {
    this.count('getColumn');
    return this.area.column;
  }

  getNumRows(): number {
    this.count('getNumRows');
    return this.area.numRows;
  }

  getNumColumns(): number {
    this.count('getNumColumns');
    return this.area.numColumns;
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.area.column + this.area.numColumns - 1;
  }

  getA1Notation(): string {
    this.count('getA1Notation');
    return formatA1(this.area.row, this.area.column, this.area.numRows, this.area.numColumns);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.count('getSheet');
    return this.env.factories.sheet(this.sheet);
  }

  getCell(row: number, column: number): Range {
    this.count('getCell');
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numColumns) {
      throw appsScriptError('Cell reference out of range');
    }
    return this.env.factories.range(this.sheet, { row: this.area.row + row - 1, column: this.area.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this.count('offset');
    const area = checkedArea(
      this.sheet,
      [this.area.row + rowOffset, this.area.column + columnOffset, numRows ?? this.area.numRows, numColumns ?? this.area.numColumns],
      'SpreadsheetApp.Range.offset',
    );
    return this.env.factories.range(this.sheet, area);
  }

  activate(): Range {
    this.count('activate');
    this.model.activeSheet = this.sheet;
    this.sheet.hidden = false;
    this.sheet.selection = { ranges: [this.area], current: { row: this.area.row, column: this.area.column } };
    return this.self();
  }

  /** A TextFinder over this range (see text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.count('createTextFinder');
    return this.env.factories.textFinder(new FakeTextFinder(this.env, this.sheet, this.area, String(findText)));
  }

  // ---- values ----

  getValues(): any[][] {
    this.count('getValues');
    this.countCells();
    return this.model.readValues(this.sheet, this.area, (ms) => this.env.date(ms));
  }

  getValue(): any {
    this.count('getValue');
    this.countCells(1);
    return this.model.readValues(this.sheet, { ...this.area, numRows: 1, numColumns: 1 }, (ms) => this.env.date(ms))[0][0];
  }

  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    this.countCells();
    return this.model.readDisplayValues(this.sheet, this.area);
  }

  getDisplayValue(): string {
    this.count('getDisplayValue');
    this.countCells(1);
    return this.model.readDisplayValues(this.sheet, { ...this.area, numRows: 1, numColumns: 1 })[0][0];
  }

  setValues(values: any[][]): Range {
    this.count('setValues');
    assertDataShape(values, this.area, 'SpreadsheetApp.Range.setValues');
    this.assertMayEdit();
    this.model.writeValues(this.sheet, this.area, values);
    return this.self();
  }

  setValue(value: any): Range {
    this.count('setValue');
    this.assertMayEdit();
    this.model.writeValues(this.sheet, this.area, this.fill<unknown>(value));
    return this.self();
  }

  isBlank(): boolean {
    this.count('isBlank');
    for (let r = this.area.row; r < this.area.row + this.area.numRows; r++) {
      for (let c = this.area.column; c < this.area.column + this.area.numColumns; c++) {
        if (this.sheet.values.get(r - 1, c - 1) !== undefined || this.sheet.formulas.get(r - 1, c - 1) !== undefined) return false;
      }
    }
    return true;
  }

  getFormulas(): string[][] {
    this.count('getFormulas');
    this.countCells();
    return this.readLayer((r, c) => this.sheet.formulas.get(r - 1, c - 1) ?? '');
  }

  getFormula(): string {
    this.count('getFormula');
    this.countCells(1);
    return this.sheet.formulas.get(this.area.row - 1, this.area.column - 1) ?? '';
  }

  setFormulas(formulas: string[][]): Range {
    this.count('setFormulas');
    assertDataShape(formulas, this.area, 'SpreadsheetApp.Range.setFormulas');
    this.assertMayEdit();
    this.model.writeValues(this.sheet, this.area, formulas.map((row) => row.map((f) => (f === '' || f === null ? null : String(f)))));
    return this.self();
  }

  setFormula(formula: string): Range {
    this.count('setFormula');
    this.assertMayEdit();
    this.model.writeValues(this.sheet, this.area, this.fill<unknown>(formula === '' ? null : String(formula)));
    return this.self();
  }

  clearContent(): Range {
    this.count('clearContent');
    this.assertMayEdit();
    this.model.clearContents(this.sheet, this.area);
    return this.self();
  }

  clearFormat(): Range {
    this.count('clearFormat');
    this.model.clearFormats(this.sheet, this.area);
    return this.self();
  }

  clearDataValidations(): Range {
    this.count('clearDataValidations');
    this.sheet.validations.clear(this.area.row - 1, this.area.column - 1, this.area.numRows, this.area.numColumns);
    return this.self();
  }

  /** Without options: contents and formats; options pick contentsOnly/formatOnly/validationsOnly. */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    this.count('clear');
    const only = options && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    if (!only || options?.contentsOnly) {
      this.assertMayEdit();
      this.model.clearContents(this.sheet, this.area);
    }
    if (!only || options?.formatOnly) this.model.clearFormats(this.sheet, this.area);
    if (options?.validationsOnly) {
      this.sheet.validations.clear(this.area.row - 1, this.area.column - 1, this.area.numRows, this.area.numColumns);
    }
    return this.self();
  }

  // ---- number formats ----

  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    this.countCells();
    return this.readLayer((r, c) => this.sheet.formats.get(r - 1, c - 1) ?? 'General');
  }

  getNumberFormat(): string {
    this.count('getNumberFormat');
    this.countCells(1);
    return this.sheet.formats.get(this.area.row - 1, this.area.column - 1) ?? 'General';
  }

  setNumberFormats(numberFormats: any[][]): Range {
    this.count('setNumberFormats');
    assertDataShape(numberFormats, this.area, 'SpreadsheetApp.Range.setNumberFormats');
    const { row, column } = this.area;
    numberFormats.forEach((cells, i) =>
      cells.forEach((f, j) => this.sheet.formats.set(row - 1 + i, column - 1 + j, f === null || f === '' ? undefined : String(f))),
    );
    return this.self();
  }

  setNumberFormat(numberFormat: string): Range {
    this.count('setNumberFormat');
    const format = numberFormat === '' ? undefined : String(numberFormat);
    const { row, column, numRows, numColumns } = this.area;
    for (let r = row - 1; r < row - 1 + numRows; r++) {
      if (format === undefined) {
        this.sheet.formats.clear(r, column - 1, 1, numColumns);
        continue;
      }
      const cells = this.sheet.formats.ensureRow(r, column - 1 + numColumns);
      for (let c = column - 1; c < column - 1 + numColumns; c++) cells[c] = format;
    }
    return this.self();
  }

  // ---- data validation ----

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.count('getDataValidation');
    const rule = this.sheet.validations.get(this.area.row - 1, this.area.column - 1);
    return rule ? exposeDataValidation(rule) : null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    this.count('getDataValidations');
    return this.readLayer((r, c) => {
      const rule = this.sheet.validations.get(r - 1, c - 1);
      return rule ? exposeDataValidation(rule) : null;
    });
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.count('setDataValidation');
    const stored = rule === null ? undefined : ruleOf(rule, 'setDataValidation');
    const { row, column, numRows, numColumns } = this.area;
    if (stored === undefined) this.sheet.validations.clear(row - 1, column - 1, numRows, numColumns);
    else {
      for (let r = row - 1; r < row - 1 + numRows; r++) {
        const cells = this.sheet.validations.ensureRow(r, column - 1 + numColumns);
        for (let c = column - 1; c < column - 1 + numColumns; c++) cells[c] = stored;
      }
    }
    return this.self();
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    this.count('setDataValidations');
    assertDataShape(rules, this.area, 'SpreadsheetApp.Range.setDataValidations');
    const stored = rules.map((cells) => cells.map((rule) => (rule === null ? undefined : ruleOf(rule, 'setDataValidations'))));
    stored.forEach((cells, i) => cells.forEach((rule, j) => this.sheet.validations.set(this.area.row - 1 + i, this.area.column - 1 + j, rule)));
    return this.self();
  }

  /** Checkbox validation on every cell, and every cell set to false (as Google documents). */
  insertCheckboxes(): Range {
    this.count('insertCheckboxes');
    this.assertMayEdit();
    const rule = { criteria: DataValidationCriteria.CHECKBOX, values: [], allowInvalid: false, helpText: '' };
    const { row, column, numRows, numColumns } = this.area;
    for (let r = row - 1; r < row - 1 + numRows; r++) {
      for (let c = column - 1; c < column - 1 + numColumns; c++) this.sheet.validations.set(r, c, rule);
    }
    this.model.writeValues(this.sheet, this.area, this.fill(false));
    return this.self();
  }

  // ---- styles (recorded; getters where cheap) ----

  setBackground(color: string | null): Range {
    this.count('setBackground');
    return this.writeStyle('background', this.fill(color));
  }

  setBackgrounds(color: string[][]): Range {
    this.count('setBackgrounds');
    assertDataShape(color, this.area, 'SpreadsheetApp.Range.setBackgrounds');
    return this.writeStyle('background', color);
  }

  getBackground(): string {
    this.count('getBackground');
    return String(this.readStyle('background')[0][0]);
  }

  getBackgrounds(): string[][] {
    this.count('getBackgrounds');
    return this.readStyle('background').map((row) => row.map(String));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    this.count('setFontWeight');
    return this.writeStyle('fontWeight', this.fill(fontWeight));
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    this.count('setFontWeights');
    assertDataShape(fontWeights, this.area, 'SpreadsheetApp.Range.setFontWeights');
    return this.writeStyle('fontWeight', fontWeights);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.count('getFontWeight');
    return this.readStyle('fontWeight')[0][0] as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.count('getFontWeights');
    return this.readStyle('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  setFontColor(color: string | null): Range {
    this.count('setFontColor');
    return this.writeStyle('fontColor', this.fill(color));
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    this.count('setFontStyle');
    return this.writeStyle('fontStyle', this.fill(fontStyle));
  }

  setFontSize(size: number): Range {
    this.count('setFontSize');
    return this.writeStyle('fontSize', this.fill(size));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    this.count('setHorizontalAlignment');
    return this.writeStyle('horizontalAlignment', this.fill(alignment));
  }

  getHorizontalAlignment(): string {
    this.count('getHorizontalAlignment');
    return String(this.readStyle('horizontalAlignment')[0][0]);
  }

  getHorizontalAlignments(): string[][] {
    this.count('getHorizontalAlignments');
    return this.readStyle('horizontalAlignment').map((row) => row.map(String));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    this.count('setVerticalAlignment');
    return this.writeStyle('verticalAlignment', this.fill(alignment));
  }

  setWrap(isWrapEnabled: boolean): Range {
    this.count('setWrap');
    return this.writeStyle('wrap', this.fill(!!isWrapEnabled));
  }

  getWrap(): boolean {
    this.count('getWrap');
    return this.readStyle('wrap')[0][0] === true;
  }

  setNote(note: string | null): Range {
    this.count('setNote');
    return this.writeStyle('note', this.fill(note === '' ? null : note));
  }

  getNote(): string {
    this.count('getNote');
    return String(this.readStyle('note')[0][0]);
  }

  /** Recorded per cell as a JSON description of the sides set. */
  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): Range {
    this.count('setBorder');
    const border = JSON.stringify({ top, left, bottom, right, vertical, horizontal, color: color ?? null, style: style ? String(style) : null });
    return this.writeStyle('border', this.fill(border));
  }

  // ---- protection ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.count('protect');
    const protection = createProtection('RANGE', this.sheet, { ...this.area }, this.env.model.editors);
    this.sheet.rangeProtections.push(protection);
    return this.env.factories.protection(protection);
  }
}
