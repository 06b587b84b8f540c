/**
 * One sheet's data: its grid size and properties, and its cells as sparse layers (values, formulas,
 * number formats, validations, styles). Rows and columns are inserted and deleted here, in every layer.
 */
import { CellLayer } from './cell-layer';
import { CellValue } from './cell-value';
import { DataValidationRule } from './data-validation-rule';

/** A rectangle of a sheet, 1-based. */
export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A style a range records per cell (setBackground, setFontWeight…). */
export type StyleName =
  | 'background' | 'fontColor' | 'fontWeight' | 'fontStyle' | 'fontSize' | 'horizontalAlignment'
  | 'verticalAlignment' | 'wrap' | 'border' | 'note';

/** An embedded chart as a sheet keeps it. */
export interface ChartModel {
  readonly chartId: number;
  chartType: string;
  ranges: GridArea[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

/** What a protection guards and who may edit; sheet protections live on their sheet. */
export interface ProtectionModel {
  readonly type: 'SHEET' | 'RANGE';
  readonly sheet: SheetModel;
  area: GridArea;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: GridArea[];
  domainEdit: boolean;
  removed: boolean;
}

/** The selection a person has on one sheet (Sheets remembers one per sheet). */
export interface SheetSelection {
  ranges: GridArea[];
  current: { row: number; column: number };
}

/** A new sheet's grid, as Google creates it. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** One sheet of the workbook; see the file comment. */
export class SheetModel {
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly values = new CellLayer<CellValue>();
  readonly formulas = new CellLayer<string>();
  readonly formats = new CellLayer<string>();
  readonly validations = new CellLayer<DataValidationRule>();
  readonly styles = new Map<StyleName, CellLayer<string | number | boolean>>();
  /** Pixel widths set by setColumnWidth, 1-based column → px. */
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden by hideColumns, 1-based. */
  readonly hiddenColumns = new Set<number>();
  /** Columns autoResizeColumn(s) was asked to fit, 1-based. */
  readonly autoResizedColumns = new Set<number>();
  readonly charts: ChartModel[] = [];
  sheetProtection: ProtectionModel | undefined;
  readonly rangeProtections: ProtectionModel[] = [];
  selection: SheetSelection | undefined;

  constructor(public name: string, readonly sheetId: number) {}

  /** The layer of one style, created on first use. */
  style(name: StyleName): CellLayer<string | number | boolean> {
    let layer = this.styles.get(name);
    if (!layer) {
      layer = new CellLayer();
      this.styles.set(name, layer);
    }
    return layer;
  }

  private layers(): Array<CellLayer<unknown>> {
    return [this.values, this.formulas, this.formats, this.validations, ...this.styles.values()] as Array<CellLayer<unknown>>;
  }

  /** The last row with content (a value or a formula), 0 when the sheet is empty. */
  lastRow(): number {
    return Math.max(this.values.usedRows(), this.formulas.usedRows());
  }

  /** The last column with content, 0 when the sheet is empty. */
  lastColumn(): number {
    return Math.max(this.values.usedColumns(), this.formulas.usedColumns());
  }

  /** Grid cells this sheet counts against the workbook limit. */
  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }

  /** Inserts `count` empty rows before 1-based row `before`. */
  insertRows(before: number, count: number): void {
    for (const layer of this.layers()) layer.spliceRows(before - 1, 0, count);
    this.maxRows += count;
    this.shiftRows(before, count);
  }

  /**
   * Gives rows `first`…`first + count - 1` (1-based) the formats of row `from`: number formats, data
   * validation and styles (background, font, alignment, borders), not values, formulas or notes — what
   * Sheets does for rows a script inserts (see FakeSheet.insertRowsAfter).
   */
  copyRowFormats(from: number, first: number, count: number): void {
    const layers: Array<CellLayer<unknown>> = [this.formats, this.validations];
    for (const [name, layer] of this.styles) if (name !== 'note') layers.push(layer as CellLayer<unknown>);
    for (const layer of layers) {
      const source = layer.row(from - 1);
      if (source === undefined) continue;
      for (let r = first - 1; r < first - 1 + count; r++) {
        const target = layer.ensureRow(r, source.length);
        for (let c = 0; c < source.length; c++) target[c] = source[c];
      }
    }
  }

  /** Deletes `count` rows starting at 1-based `start`. */
  deleteRows(start: number, count: number): void {
    for (const layer of this.layers()) layer.spliceRows(start - 1, count, 0);
    this.maxRows -= count;
    if (this.frozenRows >= start) this.frozenRows = Math.max(start - 1, this.frozenRows - count);
    this.shiftRows(start + count, -count);
  }

  /** Inserts `count` empty columns before 1-based column `before`. */
  insertColumns(before: number, count: number): void {
    for (const layer of this.layers()) layer.spliceColumns(before - 1, 0, count);
    this.maxColumns += count;
    this.shiftColumnWidths(before, count);
  }

  /** Deletes `count` columns starting at 1-based `start`. */
  deleteColumns(start: number, count: number): void {
    for (const layer of this.layers()) layer.spliceColumns(start - 1, count, 0);
    this.maxColumns -= count;
    if (this.frozenColumns >= start) this.frozenColumns = Math.max(start - 1, this.frozenColumns - count);
    for (let c = start; c < start + count; c++) {
      this.columnWidths.delete(c);
      this.hiddenColumns.delete(c);
    }
    this.shiftColumnWidths(start + count, -count);
  }

  /** Range protections move with their rows (rows at or after `from` shift by `by`). */
  private shiftRows(from: number, by: number): void {
    for (const protection of this.rangeProtections) {
      if (protection.area.row >= from) protection.area = { ...protection.area, row: Math.max(1, protection.area.row + by) };
    }
  }

  /** Column widths and hidden columns move with their columns (columns at or after `from` shift by `by`). */
  private shiftColumnWidths(from: number, by: number): void {
    const moved = [...this.columnWidths].map(([c, w]) => [c >= from ? c + by : c, w] as const);
    this.columnWidths.clear();
    for (const [c, w] of moved) if (c >= 1) this.columnWidths.set(c, w);
    const hidden = [...this.hiddenColumns].map((c) => (c >= from ? c + by : c));
    this.hiddenColumns.clear();
    for (const c of hidden) if (c >= 1) this.hiddenColumns.add(c);
  }
}
