/**
 * What an .xlsx can carry of a workbook's charts and protections, and a plain account of the rest.
 * exceljs writes no native chart, so each embedded chart becomes a sheet `Grafik N` holding the
 * chart's data range (values and number formats, as computed) and an in-cell bar per value, clearly
 * marked as the chart's. Protections become Excel sheet protection (no password: Excel and
 * LibreOffice cannot name who may edit); unprotected ranges become unlocked cells; a range protection
 * locks its range and leaves the rest of the sheet unlocked; a warning-only protection is not applied.
 * A last sheet, `Tentang file ini`, says all this, sheet by sheet, with each protection's editors.
 */
import ExcelJS from 'exceljs';
import { formatA1, quoteSheetName } from './spreadsheet/a1-notation';
import { StoredDate } from './spreadsheet/cell-value';
import { FormulaError } from './spreadsheet/formula';
import { ChartModel, GridArea, ProtectionModel, SheetModel } from './spreadsheet/sheet-model';
import { WorkbookModel } from './spreadsheet/workbook-model';
import { toWallMs } from './time-zone';

/** The sheet that explains what the file keeps and what it approximates. */
export const ABOUT_SHEET = 'Tentang file ini';
/** The prefix of the sheets that stand for charts: `Grafik 1`, `Grafik 2` … */
export const CHART_SHEET_PREFIX = 'Grafik ';
/** Widest in-cell bar, in block characters. */
const BAR_WIDTH = 30;
const BAR = '█';

/** What the export did with one chart. */
export interface ExportedChart {
  readonly sheet: string;
  readonly title: string;
  readonly type: string;
  readonly data: string;
  readonly exportedAs: string;
}

/** What the export did with one protection. */
export interface ExportedProtection {
  readonly sheet: string;
  readonly range: string;
  readonly description: string;
  /** Who may edit in Google Sheets (the owner first); empty for a warning-only protection, which lets everyone. */
  readonly editors: readonly string[];
  readonly applied: 'sheet locked' | 'range locked' | 'not applied (warning only)';
}

/** The account of charts and protections a saved file gives, also written into its last sheet. */
export interface XlsxExportNotes {
  readonly charts: readonly ExportedChart[];
  readonly protections: readonly ExportedProtection[];
  /** Names of the sheets the export added (chart data and the about sheet); a load skips them. */
  readonly addedSheets: readonly string[];
}

type Cell = string | number | boolean | Date | null;

function cellOf(model: WorkbookModel, sheet: SheetModel, row: number, column: number): Cell {
  const value = model.computed(sheet, row, column);
  if (value === undefined) return null;
  if (value instanceof FormulaError) return value.code;
  if (value instanceof StoredDate) return new Date(toWallMs(value.ms, model.timeZone));
  return value;
}

const a1 = (area: GridArea) => formatA1(area.row, area.column, area.numRows, area.numColumns);

/** Chart types as an Indonesian reader says them. */
const CHART_TYPE_ID: Readonly<Record<string, string>> = { COLUMN: 'kolom', BAR: 'batang', LINE: 'garis', PIE: 'lingkaran', AREA: 'area', COMBO: 'kombinasi', SCATTER: 'sebar', TABLE: 'tabel', HISTOGRAM: 'histogram' };

/** One in-cell bar: as long as the value is against the largest, `-` before it when negative. */
function bar(value: number, largest: number): string {
  if (largest === 0 || value === 0) return '';
  const length = Math.max(1, Math.round((Math.abs(value) / largest) * BAR_WIDTH));
  return `${value < 0 ? '-' : ''}${BAR.repeat(length)}`;
}

/** Writes chart `index` of `sheet` as its data and in-cell bars on a new worksheet; returns the account. */
function writeChart(book: ExcelJS.Workbook, model: WorkbookModel, sheet: SheetModel, chart: ChartModel, name: string): ExportedChart {
  const title = String(chart.options.title ?? '');
  const data = chart.ranges.map((area) => `${quoteSheetName(sheet.name)}!${a1(area)}`).join(', ');
  const anchor = formatA1(chart.anchorRow, chart.anchorColumn, 1, 1);
  const worksheet = book.addWorksheet(name, { properties: { tabColor: { argb: 'FFFFB300' } } });
  worksheet.getColumn(1).width = 34;
  worksheet.addRow([`GRAFIK (tabel data) — ${title || 'tanpa judul'}`]).font = { bold: true, size: 13 };
  worksheet.addRow([`Grafik ${CHART_TYPE_ID[chart.chartType] ?? chart.chartType.toLowerCase()} di sheet "${sheet.name}" (sel ${anchor}), data ${data}.`]);
  worksheet.addRow(['File .xlsx lokal tidak bisa memuat grafik aslinya: ini datanya, dengan batang █ sebanding nilainya. Di Google Sheets grafik ini tampil utuh.']);
  worksheet.addRow([]);
  const transposed = chart.options.transposeRowsAndColumns === true;
  const headers = Number(chart.options.numHeaders ?? 1);
  for (const area of chart.ranges) {
    const grid: Cell[][] = [];
    for (let r = 0; r < area.numRows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < area.numColumns; c++) row.push(cellOf(model, sheet, area.row + r, area.column + c));
      grid.push(row);
    }
    const formats = grid.map((row, r) => row.map((_, c) => sheet.formats.get(area.row + r - 1, area.column + c - 1)));
    const first = worksheet.rowCount + 1;
    grid.forEach((row, r) => {
      const added = worksheet.addRow(row);
      row.forEach((_, c) => {
        const format = formats[r][c];
        if (format) added.getCell(c + 1).numFmt = format;
      });
      if (r < headers) added.font = { bold: true };
    });
    for (let c = 1; c <= area.numColumns; c++) worksheet.getRow(first).getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE082' } };
    // Series: rows when the chart transposes rows and columns, else columns; the other way are the categories.
    const series = transposed
      ? grid.slice(headers).map((row, i) => ({ label: String(row[0] ?? ''), values: row.slice(1), formats: formats[headers + i].slice(1) }))
      : grid[0].slice(1).map((head, j) => ({ label: String(head ?? ''), values: grid.slice(headers).map((row) => row[j + 1]), formats: formats.slice(headers).map((row) => row[j + 1]) }));
    const categories = transposed ? grid[0].slice(1).map((c) => String(c ?? '')) : grid.slice(headers).map((row) => String(row[0] ?? ''));
    const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
    const largest = Math.max(0, ...numbers.map(Math.abs));
    worksheet.addRow([]);
    worksheet.addRow(['Batang (bukan grafik asli)']).font = { bold: true };
    for (const s of series) {
      s.values.forEach((value, i) => {
        if (typeof value !== 'number') return;
        const added = worksheet.addRow([`${s.label} · ${categories[i] ?? ''}`, value, bar(value, largest)]);
        if (s.formats[i]) added.getCell(2).numFmt = s.formats[i] as string;
        added.getCell(3).font = { color: { argb: value < 0 ? 'FFC62828' : 'FF2E7D32' } };
      });
    }
    worksheet.addRow([]);
  }
  worksheet.getColumn(2).width = 16;
  worksheet.getColumn(3).width = BAR_WIDTH + 4;
  return { sheet: sheet.name, title, type: chart.chartType, data, exportedAs: name };
}

function unlock(worksheet: ExcelJS.Worksheet, area: GridArea): void {
  for (let r = area.row; r < area.row + area.numRows; r++) {
    for (let c = area.column; c < area.column + area.numColumns; c++) worksheet.getCell(r, c).protection = { locked: false };
  }
}

/** Excel's protection for a Sheets protection; the options leave formatting and sorting to everyone, as Sheets does for editors it lets in. */
const SHEET_LOCK: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: true, autoFilter: true };

/** Applies the sheet's protections to `worksheet` as Excel can hold them; returns the account. */
async function writeProtections(worksheet: ExcelJS.Worksheet, model: WorkbookModel, sheet: SheetModel): Promise<ExportedProtection[]> {
  const notes: ExportedProtection[] = [];
  const all = [sheet.sheetProtection, ...sheet.rangeProtections].filter((p): p is ProtectionModel => !!p && !p.removed);
  const whole: GridArea = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  const enforced = all.filter((p) => !p.warningOnly);
  const sheetLock = enforced.find((p) => p.type === 'SHEET');
  const rangeLocks = enforced.filter((p) => p.type === 'RANGE');
  if (sheetLock) {
    for (const area of sheetLock.unprotected) unlock(worksheet, area);
  } else if (rangeLocks.length > 0) {
    // Excel locks a whole sheet or nothing: unlock every cell, then lock the protected ranges again.
    unlock(worksheet, whole);
    for (const p of rangeLocks) {
      for (let r = p.area.row; r < p.area.row + p.area.numRows; r++) {
        for (let c = p.area.column; c < p.area.column + p.area.numColumns; c++) worksheet.getCell(r, c).protection = { locked: true };
      }
    }
  }
  if (sheetLock || rangeLocks.length > 0) await worksheet.protect('', SHEET_LOCK);
  for (const p of all) {
    notes.push({
      sheet: sheet.name,
      range: p.type === 'SHEET' ? '(seluruh sheet)' : a1(p.area),
      description: p.description,
      editors: p.warningOnly ? [] : [model.owner, ...p.editors.filter((e) => e !== model.owner)],
      applied: p.warningOnly ? 'not applied (warning only)' : p.type === 'SHEET' ? 'sheet locked' : 'range locked',
    });
  }
  return notes;
}

const APPLIED_ID: Record<ExportedProtection['applied'], string> = {
  'sheet locked': 'sheet dikunci (tanpa kata sandi)',
  'range locked': 'rentang dikunci (tanpa kata sandi)',
  'not applied (warning only)': 'tidak dikunci: di Google Sheets hanya peringatan',
};

/** The last sheet: what the file carries of charts and protections, and what it leaves out. */
function writeAbout(book: ExcelJS.Workbook, charts: readonly ExportedChart[], protections: readonly ExportedProtection[]): void {
  const about = book.addWorksheet(ABOUT_SHEET, { properties: { tabColor: { argb: 'FF9E9E9E' } } });
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 22;
  about.getColumn(3).width = 40;
  about.getColumn(4).width = 60;
  about.addRow(['Tentang file ini']).font = { bold: true, size: 13 };
  about.addRow(['Salinan lokal spreadsheet Toko (.xlsx). Dua hal tidak bisa disalin persis dari Google Sheets:']);
  about.addRow([]);
  about.addRow(['Grafik']).font = { bold: true };
  if (charts.length === 0) about.addRow(['Tidak ada grafik.']);
  about.addRow(['Sheet', 'Judul', 'Data', 'Di file ini']).font = { bold: true };
  for (const c of charts) about.addRow([c.sheet, c.title, c.data, `tabel data + batang di sheet "${c.exportedAs}" (bukan grafik asli)`]);
  about.addRow([]);
  about.addRow(['Proteksi']).font = { bold: true };
  about.addRow(['Di Google Sheets proteksi menyebut siapa yang boleh mengedit; .xlsx tidak bisa. Di sini sheet dikunci tanpa kata sandi (siapa pun bisa membuka kuncinya di Excel atau LibreOffice), dan daftar editornya ada di bawah.']);
  about.addRow(['Sheet', 'Rentang', 'Boleh mengedit (di Google Sheets)', 'Di file ini']).font = { bold: true };
  for (const p of protections) about.addRow([p.sheet, p.range, p.editors.length ? p.editors.join(', ') : 'semua orang (hanya peringatan)', APPLIED_ID[p.applied]]);
  if (protections.length === 0) about.addRow(['Tidak ada proteksi.']);
}

/**
 * Adds the charts (as marked data sheets), the protections (as Excel can hold them) and the about
 * sheet to `book`, whose worksheets are `sheets` in order; returns the account `npm start` prints.
 */
export async function writeChartsAndProtections(book: ExcelJS.Workbook, model: WorkbookModel, sheets: ReadonlyArray<{ sheet: SheetModel; worksheet: ExcelJS.Worksheet }>): Promise<XlsxExportNotes> {
  const protections: ExportedProtection[] = [];
  for (const { sheet, worksheet } of sheets) protections.push(...(await writeProtections(worksheet, model, sheet)));
  const charts: ExportedChart[] = [];
  const taken = new Set(sheets.map((s) => s.sheet.name));
  for (const { sheet } of sheets) {
    for (const chart of sheet.charts) {
      let n = charts.length + 1;
      while (taken.has(`${CHART_SHEET_PREFIX}${n}`)) n++;
      const name = `${CHART_SHEET_PREFIX}${n}`;
      taken.add(name);
      charts.push(writeChart(book, model, sheet, chart, name));
    }
  }
  if (charts.length === 0 && protections.length === 0) return { charts, protections, addedSheets: charts.map((c) => c.exportedAs) };
  writeAbout(book, charts, protections);
  return { charts, protections, addedSheets: [...charts.map((c) => c.exportedAs), ABOUT_SHEET] };
}
