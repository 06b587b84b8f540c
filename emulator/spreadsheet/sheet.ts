/**
 * Sheet: one tab of the workbook — its grid, rows and columns, frozen panes, tab colour, protection,
 * charts and column widths. Every public method is counted as `Sheet.<method>`.
 */
import { resolveA1 } from './a1-range';
import { chartOf, exposeChart, newChartBuilder } from './chart';
import { ProtectionType } from './enums';
import { appsScriptError, signatureError } from './errors';
import { checkedArea } from './grid-checks';
import { createProtection } from './protection';
import { exposeRangeList } from './range-list';
import { FakeTextFinder } from './text-finder';
import { GridArea, SheetModel } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type EmulatedSheetMethods =
  | 'activate' | 'appendRow' | 'autoResizeColumn' | 'autoResizeColumns' | 'clear' | 'clearContents' | 'clearFormats'
  | 'deleteColumn' | 'deleteColumns' | 'deleteRow' | 'deleteRows' | 'getCharts' | 'getColumnWidth' | 'getDataRange'
  | 'getFrozenColumns' | 'getFrozenRows' | 'getIndex' | 'getLastColumn' | 'getLastRow' | 'getMaxColumns'
  | 'getMaxRows' | 'getName' | 'getParent' | 'getProtections' | 'getRange' | 'getRangeList' | 'getSheetId'
  | 'getSheetName' | 'getSheetValues' | 'getTabColor' | 'hideColumns' | 'hideSheet' | 'isColumnHiddenByUser' | 'showColumns' | 'insertChart' | 'insertColumnAfter' | 'insertColumnBefore'
  | 'insertColumns' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertRowAfter' | 'insertRowBefore'
  | 'insertRows' | 'insertRowsAfter' | 'insertRowsBefore' | 'isSheetHidden' | 'newChart' | 'protect'
  | 'removeChart' | 'setColumnWidth' | 'setColumnWidths' | 'setFrozenColumns' | 'setFrozenRows' | 'setName'
  | 'setTabColor' | 'showSheet' | 'updateChart' | 'createTextFinder';

const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';

/** Script-facing sheet; see the file comment. */
export class FakeSheet implements Pick<Sheet, EmulatedSheetMethods> {
  constructor(private readonly env: SpreadsheetEnv, readonly sheet: SheetModel) {}

  private self(): Sheet {
    return this.env.factories.sheet(this.sheet);
  }

  private count(method: string): void {
    this.env.count(`Sheet.${method}`);
  }

  private get model() {
    return this.env.model;
  }

  private wholeRows(row: number, numRows: number): GridArea {
    return { row, column: 1, numRows, numColumns: this.sheet.maxColumns };
  }

  private wholeColumns(column: number, numColumns: number): GridArea {
    return { row: 1, column, numRows: this.sheet.maxRows, numColumns };
  }

  // ---- identity ----

  getName(): string {
    this.count('getName');
    return this.sheet.name;
  }

  getSheetName(): string {
    this.count('getSheetName');
    return this.sheet.name;
  }

  setName(name: string): Sheet {
    this.count('setName');
    if (typeof name !== 'string') throw signatureError([name], 'SpreadsheetApp.Sheet.setName');
    this.model.assertSheetName(name, this.sheet);
    this.sheet.name = name;
    return this.self();
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.sheet.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    this.count('getIndex');
    return this.model.sheets.indexOf(this.sheet) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.count('getParent');
    return this.env.factories.spreadsheet();
  }

  activate(): Sheet {
    this.count('activate');
    this.sheet.hidden = false;
    this.model.activeSheet = this.sheet;
    return this.self();
  }

  /** A TextFinder over the whole sheet (see text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.count('createTextFinder');
    const area = { row: 1, column: 1, numRows: Math.max(1, this.sheet.lastRow()), numColumns: Math.max(1, this.sheet.lastColumn()) };
    return this.env.factories.textFinder(new FakeTextFinder(this.env, this.sheet, area, String(findText)));
  }

  // ---- ranges ----

  getRange(...args: any[]): Range {
    this.count('getRange');
    if (args.length === 1 && typeof args[0] === 'string') {
      const { sheet, area } = resolveA1(this.model, this.sheet, args[0]);
      return this.env.factories.range(sheet, area);
    }
    if (args.length < 2 || args.length > 4) throw signatureError(args, 'SpreadsheetApp.Sheet.getRange');
    return this.env.factories.range(this.sheet, checkedArea(this.sheet, args, 'SpreadsheetApp.Sheet.getRange'));
  }

  /**
   * The values of the grid at (startRow, startColumn, numRows, numColumns) in one call: what
   * getRange(…).getValues() returns, for one round trip instead of two. As Google documents, a count
   * of -1 means "to the last row (column) with data in the sheet"; when that leaves no row (column) —
   * an empty sheet, or a start below the data — the count is below 1 and getRange's error follows
   * (Google's reply to that case is not documented; this is the strict reading).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    this.count('getSheetValues');
    const args = [startRow, startColumn, numRows, numColumns];
    if (args.length !== 4 || args.some((a) => a === undefined)) throw signatureError(args, 'SpreadsheetApp.Sheet.getSheetValues');
    const toLast = (count: unknown, start: unknown, last: number): unknown =>
      count === -1 && typeof start === 'number' ? last - Math.trunc(start) + 1 : count;
    const sized = [startRow, startColumn, toLast(numRows, startRow, this.sheet.lastRow()), toLast(numColumns, startColumn, this.sheet.lastColumn())];
    const area = checkedArea(this.sheet, sized, 'SpreadsheetApp.Sheet.getSheetValues');
    this.env.state.recordCellsRead(area.numRows * area.numColumns);
    return this.model.readValues(this.sheet, area, (ms) => this.env.date(ms));
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.count('getRangeList');
    const items = a1Notations.map((a1) => resolveA1(this.model, this.sheet, a1));
    return exposeRangeList(this.env, items);
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    this.count('getDataRange');
    return this.env.factories.range(this.sheet, {
      row: 1, column: 1, numRows: Math.max(1, this.sheet.lastRow()), numColumns: Math.max(1, this.sheet.lastColumn()),
    });
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.sheet.lastRow();
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.sheet.lastColumn();
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.sheet.maxRows;
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.sheet.maxColumns;
  }

  /** Writes after the last row with content (row 1 on an empty sheet), growing the grid when it is full. */
  appendRow(rowContents: any[]): Sheet {
    this.count('appendRow');
    if (!Array.isArray(rowContents)) throw signatureError([rowContents], 'SpreadsheetApp.Sheet.appendRow');
    if (rowContents.length === 0) return this.self();
    const row = this.sheet.lastRow() + 1;
    const area = { row, column: 1, numRows: 1, numColumns: rowContents.length };
    this.model.assertMayEdit(this.sheet, area, this.env.user());
    if (row > this.sheet.maxRows) {
      this.model.assertCellLimit(this.sheet.maxColumns);
      this.sheet.maxRows = row;
    }
    if (rowContents.length > this.sheet.maxColumns) {
      this.model.assertColumnLimit(rowContents.length);
      this.model.assertCellLimit((rowContents.length - this.sheet.maxColumns) * this.sheet.maxRows);
      this.sheet.maxColumns = rowContents.length;
    }
    this.model.writeValues(this.sheet, area, [rowContents]);
    return this.self();
  }

  // ---- inserting and deleting ----

  /**
   * Inserts rows before `before`. Like Sheets, the new rows take the formats, number formats and data
   * validation of a neighbour: the row above for insertRow(s)After (`inherit` 'above'), the row below for
   * insertRow(s)Before and insertRows ('below') — the Sheets API's InsertDimensionRequest.inheritFromBefore.
   * Right under the header, insertRowsAfter(1, n) gives the new rows the header's style.
   */
  private insertRowsAt(before: number, howMany: number, inherit: 'above' | 'below'): void {
    if (!Number.isInteger(before) || !Number.isInteger(howMany) || before < 1 || howMany < 1 || before > this.sheet.maxRows + 1) {
      throw appsScriptError(ROWS_OUT_OF_BOUNDS);
    }
    this.model.assertCellLimit(howMany * this.sheet.maxColumns);
    this.sheet.insertRows(before, howMany);
    const from = inherit === 'above' ? before - 1 : before + howMany;
    if (from >= 1 && from <= this.sheet.maxRows) this.sheet.copyRowFormats(from, before, howMany);
  }

  private insertColumnsAt(before: number, howMany: number): void {
    if (!Number.isInteger(before) || !Number.isInteger(howMany) || before < 1 || howMany < 1 || before > this.sheet.maxColumns + 1) {
      throw appsScriptError(COLUMNS_OUT_OF_BOUNDS);
    }
    this.model.assertColumnLimit(this.sheet.maxColumns + howMany);
    this.model.assertCellLimit(howMany * this.sheet.maxRows);
    this.sheet.insertColumns(before, howMany);
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.count('insertRowAfter');
    this.insertRowsAt(afterPosition + 1, 1, 'above');
    return this.self();
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.count('insertRowBefore');
    this.insertRowsAt(beforePosition, 1, 'below');
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.count('insertRowsAfter');
    if (afterPosition < 1 || afterPosition > this.sheet.maxRows) throw appsScriptError(ROWS_OUT_OF_BOUNDS);
    this.insertRowsAt(afterPosition + 1, howMany, 'above');
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.count('insertRowsBefore');
    if (beforePosition > this.sheet.maxRows) throw appsScriptError(ROWS_OUT_OF_BOUNDS);
    this.insertRowsAt(beforePosition, howMany, 'below');
    return this.self();
  }

  insertRows(rowIndex: number, numRows?: number): void {
    this.count('insertRows');
    if (rowIndex > this.sheet.maxRows) throw appsScriptError(ROWS_OUT_OF_BOUNDS);
    this.insertRowsAt(rowIndex, numRows ?? 1, 'below');
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.count('insertColumnAfter');
    this.insertColumnsAt(afterPosition + 1, 1);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.count('insertColumnBefore');
    this.insertColumnsAt(beforePosition, 1);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.count('insertColumnsAfter');
    if (afterPosition < 1 || afterPosition > this.sheet.maxColumns) throw appsScriptError(COLUMNS_OUT_OF_BOUNDS);
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.count('insertColumnsBefore');
    if (beforePosition > this.sheet.maxColumns) throw appsScriptError(COLUMNS_OUT_OF_BOUNDS);
    this.insertColumnsAt(beforePosition, howMany);
    return this.self();
  }

  insertColumns(columnIndex: number, numColumns?: number): void {
    this.count('insertColumns');
    if (columnIndex > this.sheet.maxColumns) throw appsScriptError(COLUMNS_OUT_OF_BOUNDS);
    this.insertColumnsAt(columnIndex, numColumns ?? 1);
  }

  private deleteRowsAt(start: number, howMany: number): void {
    const { maxRows, frozenRows } = this.sheet;
    if (!Number.isInteger(start) || !Number.isInteger(howMany) || start < 1 || howMany < 1 || start + howMany - 1 > maxRows) {
      throw appsScriptError(ROWS_OUT_OF_BOUNDS);
    }
    const deletedUnfrozen = start + howMany - 1 - Math.max(start - 1, frozenRows);
    if (deletedUnfrozen >= maxRows - frozenRows) throw appsScriptError('Sorry, it is not possible to delete all non-frozen rows.');
    this.model.assertMayEdit(this.sheet, this.wholeRows(start, howMany), this.env.user());
    this.sheet.deleteRows(start, howMany);
  }

  private deleteColumnsAt(start: number, howMany: number): void {
    const { maxColumns, frozenColumns } = this.sheet;
    if (!Number.isInteger(start) || !Number.isInteger(howMany) || start < 1 || howMany < 1 || start + howMany - 1 > maxColumns) {
      throw appsScriptError(COLUMNS_OUT_OF_BOUNDS);
    }
    const deletedUnfrozen = start + howMany - 1 - Math.max(start - 1, frozenColumns);
    if (deletedUnfrozen >= maxColumns - frozenColumns) throw appsScriptError('Sorry, it is not possible to delete all non-frozen columns.');
    this.model.assertMayEdit(this.sheet, this.wholeColumns(start, howMany), this.env.user());
    this.sheet.deleteColumns(start, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.count('deleteRow');
    this.deleteRowsAt(rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.count('deleteRows');
    this.deleteRowsAt(rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.count('deleteColumn');
    this.deleteColumnsAt(columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.count('deleteColumns');
    this.deleteColumnsAt(columnPosition, howMany);
  }

  // ---- clearing ----

  clear(): Sheet {
    this.count('clear');
    const all = this.wholeRows(1, this.sheet.maxRows);
    this.model.assertMayEdit(this.sheet, all, this.env.user());
    this.model.clearContents(this.sheet, all);
    this.model.clearFormats(this.sheet, all);
    return this.self();
  }

  clearContents(): Sheet {
    this.count('clearContents');
    const all = this.wholeRows(1, this.sheet.maxRows);
    this.model.assertMayEdit(this.sheet, all, this.env.user());
    this.model.clearContents(this.sheet, all);
    return this.self();
  }

  clearFormats(): Sheet {
    this.count('clearFormats');
    this.model.clearFormats(this.sheet, this.wholeRows(1, this.sheet.maxRows));
    return this.self();
  }

  // ---- view ----

  /** Freezing every row is refused (text unconfirmed, see README). */
  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    if (!Number.isInteger(rows) || rows < 0) throw signatureError([rows], 'SpreadsheetApp.Sheet.setFrozenRows');
    if (rows >= this.sheet.maxRows) throw appsScriptError("You can't freeze all visible rows on the sheet.");
    this.sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.sheet.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    if (!Number.isInteger(columns) || columns < 0) throw signatureError([columns], 'SpreadsheetApp.Sheet.setFrozenColumns');
    if (columns >= this.sheet.maxColumns) throw appsScriptError("You can't freeze all visible columns on the sheet.");
    this.sheet.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    return this.sheet.frozenColumns;
  }

  setTabColor(color: string | null): Sheet {
    this.count('setTabColor');
    this.sheet.tabColor = color === '' ? null : color;
    return this.self();
  }

  getTabColor(): string | null {
    this.count('getTabColor');
    return this.sheet.tabColor;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.count('setColumnWidth');
    this.sheet.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.count('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.sheet.columnWidths.set(c, width);
    return this.self();
  }

  /** The width set by setColumnWidth, else Google's default 100 px. */
  getColumnWidth(columnPosition: number): number {
    this.count('getColumnWidth');
    return this.sheet.columnWidths.get(columnPosition) ?? 100;
  }

  autoResizeColumn(columnPosition: number): Sheet {
    this.count('autoResizeColumn');
    this.sheet.autoResizedColumns.add(columnPosition);
    return this.self();
  }

  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.count('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.sheet.autoResizedColumns.add(c);
    return this.self();
  }

  /** Hides `numColumns` (default 1) columns from `columnIndex`; their cells stay readable and writable. */
  hideColumns(columnIndex: number, numColumns?: number): void {
    this.count('hideColumns');
    const count = numColumns ?? 1;
    if (!Number.isInteger(columnIndex) || !Number.isInteger(count) || columnIndex < 1 || count < 1 || columnIndex + count - 1 > this.sheet.maxColumns) {
      throw appsScriptError(COLUMNS_OUT_OF_BOUNDS);
    }
    for (let c = columnIndex; c < columnIndex + count; c++) this.sheet.hiddenColumns.add(c);
  }

  /** Shows hidden columns again. */
  showColumns(columnIndex: number, numColumns?: number): void {
    this.count('showColumns');
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.sheet.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.count('isColumnHiddenByUser');
    return this.sheet.hiddenColumns.has(columnPosition);
  }

  hideSheet(): Sheet {
    this.count('hideSheet');
    if (this.model.sheets.every((s) => s === this.sheet || s.hidden)) {
      throw appsScriptError("You can't hide all the sheets in a document.");
    }
    this.sheet.hidden = true;
    if (this.model.activeSheet === this.sheet) {
      this.model.activeSheet = this.model.sheets.find((s) => !s.hidden) ?? this.sheet;
    }
    return this.self();
  }

  showSheet(): Sheet {
    this.count('showSheet');
    this.sheet.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.sheet.hidden;
  }

  // ---- protection ----

  /** The sheet's one protection: created on the first call, the same one after. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.count('protect');
    if (!this.sheet.sheetProtection) {
      this.sheet.sheetProtection = createProtection('SHEET', this.sheet, this.wholeRows(1, this.sheet.maxRows), this.model.editors);
    }
    return this.env.factories.protection(this.sheet.sheetProtection);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.count('getProtections');
    const kind = String(type);
    if (kind !== String(ProtectionType.SHEET) && kind !== String(ProtectionType.RANGE)) {
      throw signatureError([type], 'SpreadsheetApp.Sheet.getProtections');
    }
    const list = kind === 'SHEET' ? (this.sheet.sheetProtection ? [this.sheet.sheetProtection] : []) : this.sheet.rangeProtections;
    return list.map((p) => this.env.factories.protection(p));
  }

  // ---- charts ----

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.count('newChart');
    return newChartBuilder(this.env, this.sheet);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('insertChart');
    const model = chartOf(chart);
    if (this.sheet.charts.some((c) => c.chartId === model.chartId)) return;
    this.sheet.charts.push(model);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('updateChart');
    const model = chartOf(chart);
    const at = this.sheet.charts.findIndex((c) => c.chartId === model.chartId);
    if (at < 0) throw appsScriptError('Emulator: updateChart of a chart that is not on this sheet');
    this.sheet.charts[at] = model;
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('removeChart');
    const model = chartOf(chart);
    const at = this.sheet.charts.findIndex((c) => c.chartId === model.chartId);
    if (at >= 0) this.sheet.charts.splice(at, 1);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.count('getCharts');
    return this.sheet.charts.map((chart) => exposeChart(this.env, this.sheet, chart));
  }
}
