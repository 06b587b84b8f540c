import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EmulatorState } from './state';
import { createSpreadsheetApp } from './spreadsheet';
import { loadWorkbookXlsx, saveWorkbookXlsx } from './xlsx';
import { ABOUT_SHEET } from './xlsx-extras';

const OWNER = 'sari@toko.test';

/** A shop workbook with a chart on its report and three kinds of protection. */
function shopWorkbook() {
  const state = new EmulatorState({ owner: OWNER });
  const app = createSpreadsheetApp(state);
  app.workbook.share('rina@toko.test');
  const { SpreadsheetApp, Charts } = app;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const orders = spreadsheet.getSheets()[0].setName('Keuangan · Approval');
  orders.getRange('A1:C2').setValues([['ID Pesanan', 'Status Bayar', 'Catatan'], ['TK-2611-0001', 'Lunas', '']]);
  const lock = orders.protect().setDescription('Toko: Keuangan · Approval');
  lock.setUnprotectedRanges([orders.getRange('C2:C5')]);
  const settings = spreadsheet.insertSheet('Pengaturan');
  settings.getRange('A1:B1').setValues([['Pengaturan', 'Nilai']]);
  settings.protect().setWarningOnly(true);
  const stock = spreadsheet.insertSheet('Gudang · Stok');
  stock.getRange('A1:B2').setValues([['SKU', 'Tersedia'], ['BTK-01', 5]]);
  stock.getRange('B1:B10').protect().setDescription('computed');
  const report = spreadsheet.insertSheet('Laporan 2026-11');
  report.getRange('A1:D3').setValues([['', 'Sep 2026', 'Okt 2026', 'Nov 2026'], ['Omzet', 0, 200000, 300000], ['Laba bersih', -50000, 110000, 180000]]);
  report.getRange('B2:D3').setNumberFormat('"Rp"#,##0');
  report.insertChart(
    report.newChart().setChartType(Charts.ChartType.COLUMN).addRange(report.getRange('A1:D3')).setTransposeRowsAndColumns(true).setNumHeaders(1)
      .setOption('title', 'Omzet dan laba').setPosition(5, 1, 0, 0).build(),
  );
  return app;
}

describe('xlsx: charts and protections', () => {
  let folder: string;
  let path: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'toko-xlsx-extras-'));
    path = join(folder, 'toko.xlsx');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  async function readBack(): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    return book;
  }

  it('a chart is saved as a sheet marked as the chart’s, with its data, formats and a bar per value', async () => {
    const { workbook } = shopWorkbook();

    const notes = await saveWorkbookXlsx(workbook, path);
    const chart = (await readBack()).getWorksheet('Grafik 1')!;
    const cells = (r: number) => (chart.getRow(r).values as unknown[]).slice(1);

    expect(notes.charts).toEqual([{ sheet: 'Laporan 2026-11', title: 'Omzet dan laba', type: 'COLUMN', data: "'Laporan 2026-11'!A1:D3", exportedAs: 'Grafik 1' }]);
    expect(String(chart.getCell('A1').value)).toBe('GRAFIK (tabel data) — Omzet dan laba');
    expect(String(chart.getCell('A3').value)).toContain('tidak bisa memuat grafik aslinya');
    expect(cells(6)).toEqual(['Omzet', 0, 200000, 300000]);
    expect(chart.getCell('B6').numFmt).toBe('"Rp"#,##0');
    const bars = chart.getSheetValues().filter((row) => Array.isArray(row) && typeof row[3] === 'string' && row[3].includes('█')) as unknown[][];
    expect(bars.map((row) => [row[1], row[2], String(row[3]).length])).toEqual([
      ['Omzet · Okt 2026', 200000, 20],
      ['Omzet · Nov 2026', 300000, 30],
      ['Laba bersih · Sep 2026', -50000, 6],
      ['Laba bersih · Okt 2026', 110000, 11],
      ['Laba bersih · Nov 2026', 180000, 18],
    ]);
  });

  it('a sheet protection locks the sheet with its unprotected ranges open; a range protection locks only its range; warning only is not applied', async () => {
    const { workbook } = shopWorkbook();

    await saveWorkbookXlsx(workbook, path);
    const book = await readBack();
    const approval = book.getWorksheet('Keuangan · Approval')!;
    const stock = book.getWorksheet('Gudang · Stok')!;
    const settings = book.getWorksheet('Pengaturan')!;
    const locked = (sheet: ExcelJS.Worksheet, a1: string) => sheet.getCell(a1).protection?.locked !== false;

    expect((approval as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(locked(approval, 'B2')).toBe(true);
    expect(locked(approval, 'C2')).toBe(false);
    expect(locked(approval, 'C5')).toBe(false);
    expect((stock as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(locked(stock, 'B2')).toBe(true);
    expect(locked(stock, 'A2')).toBe(false);
    expect((settings as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
  });

  it('the last sheet says what became of each chart and protection, with who may edit in Google Sheets', async () => {
    const { workbook } = shopWorkbook();

    const notes = await saveWorkbookXlsx(workbook, path);
    const book = await readBack();
    const about = book.getWorksheet(ABOUT_SHEET)!;
    const text = about.getSheetValues().flat().map(String).join('\n');

    expect(book.worksheets.at(-1)!.name).toBe(ABOUT_SHEET);
    expect(notes.protections.map((p) => [p.sheet, p.applied])).toEqual([
      ['Keuangan · Approval', 'sheet locked'],
      ['Pengaturan', 'not applied (warning only)'],
      ['Gudang · Stok', 'range locked'],
    ]);
    expect(text).toContain(`${OWNER}, rina@toko.test`);
    expect(text).toContain('tidak dikunci: di Google Sheets hanya peringatan');
    expect(notes.protections[1].editors).toEqual([]);
    expect(text).toContain('semua orang (hanya peringatan)');
    expect(text).toContain('tabel data + batang di sheet "Grafik 1" (bukan grafik asli)');
  });

  it('loading the file back gives the spreadsheet’s own sheets only, not the chart or about sheets', async () => {
    const { workbook } = shopWorkbook();
    await saveWorkbookXlsx(workbook, path);

    const loaded = await loadWorkbookXlsx(path, new EmulatorState());

    expect(loaded.workbook.sheetNames()).toEqual(['Keuangan · Approval', 'Pengaturan', 'Gudang · Stok', 'Laporan 2026-11']);
    expect(loaded.workbook.values('Laporan 2026-11')).toEqual(workbook.values('Laporan 2026-11'));
  });
});
