import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmulatorState } from './state';
import { createSpreadsheetApp } from './spreadsheet';
import { loadWorkbookXlsx, saveWorkbookXlsx } from './xlsx';

describe('xlsx save and load', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'toko-xlsx-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('a shop workbook comes back with its values, formulas, formats, validation, panes, colours, widths and order', async () => {
    const state = new EmulatorState();
    const { SpreadsheetApp, workbook } = createSpreadsheetApp(state);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const orders = spreadsheet.getSheets()[0].setName('CS · Pesanan');
    orders.getRange('A1:E1').setValues([['Order ID', 'Tanggal', 'Total', 'Status', 'Telepon']]).setFontWeight('bold');
    orders.getRange('E2:E3').setNumberFormat('@');
    orders.getRange('A2:E3').setValues([
      ['TK-0001', new Date(Date.UTC(2026, 10, 28, 2, 5)), 1250000, 'Baru', '081234567890'],
      ['TK-0002', new Date(Date.UTC(2026, 10, 29, 3, 0)), 99000, 'Lunas', '085700000000'],
    ]);
    orders.getRange('C2:C4').setNumberFormat('"Rp"#,##0');
    orders.getRange('C4').setFormula('=SUM(C2:C3)');
    orders.getRange('B2:B3').setNumberFormat('dd MMM yyyy');
    orders.getRange('D2:D5').setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['Baru', 'Lunas']).setAllowInvalid(false).build(),
    );
    orders.setFrozenRows(1);
    orders.setTabColor('#1e88e5');
    orders.setColumnWidth(1, 140);
    const log = spreadsheet.insertSheet('Log');
    log.appendRow([new Date(Date.UTC(2026, 10, 28, 2, 0)), 'owner@toko.test', 'Approve order']);
    const path = join(folder, 'toko.xlsx');

    await saveWorkbookXlsx(workbook, path);
    const loaded = await loadWorkbookXlsx(path, new EmulatorState());

    const again = loaded.SpreadsheetApp.getActiveSpreadsheet();
    const loadedOrders = again.getSheetByName('CS · Pesanan')!;
    expect(loaded.workbook.sheetNames()).toEqual(['CS · Pesanan', 'Log']);
    expect(loaded.workbook.values('CS · Pesanan')).toEqual(workbook.values('CS · Pesanan'));
    expect(loaded.workbook.displayValues('CS · Pesanan')).toEqual(workbook.displayValues('CS · Pesanan'));
    expect(loaded.workbook.values('Log')).toEqual(workbook.values('Log'));
    expect(loadedOrders.getRange('C4').getFormula()).toBe('=SUM(C2:C3)');
    expect(loadedOrders.getRange('C4').getDisplayValue()).toBe('Rp1.349.000');
    expect(loadedOrders.getRange('D5').getDataValidation()!.getCriteriaValues()).toEqual([['Baru', 'Lunas'], true]);
    expect(loadedOrders.getRange('D3').getDataValidation()!.getAllowInvalid()).toBe(false);
    expect(loadedOrders.getFrozenRows()).toBe(1);
    expect(loadedOrders.getTabColor()).toBe('#1e88e5');
    expect(loadedOrders.getColumnWidth(1)).toBe(140);
    expect(loadedOrders.getRange('A1').getFontWeight()).toBe('bold');
    expect(again.getSpreadsheetLocale()).toBe('id_ID');
  });
});
