import { newSpreadsheet, thrownBy } from './test-kit';

describe('Spreadsheet sheets', () => {
  it('insertSheet twice with one name says it already exists, and the new sheet becomes active', () => {
    const { spreadsheet } = newSpreadsheet();

    const inserted = spreadsheet.insertSheet('CS · Pesanan');
    const error = thrownBy(() => spreadsheet.insertSheet('CS · Pesanan'));

    expect(spreadsheet.getActiveSheet().getName()).toBe('CS · Pesanan');
    expect(inserted.getIndex()).toBe(2);
    expect(error.message).toBe('A sheet with the name "CS · Pesanan" already exists. Please enter another name.');
  });

  it('names compare case-insensitively, on insert and on rename', () => {
    const { spreadsheet } = newSpreadsheet();
    spreadsheet.insertSheet('Log');
    const other = spreadsheet.insertSheet('Pengaturan');

    expect(thrownBy(() => spreadsheet.insertSheet('LOG')).message).toBe('A sheet with the name "LOG" already exists. Please enter another name.');
    expect(thrownBy(() => other.setName('log')).message).toBe('A sheet with the name "log" already exists. Please enter another name.');
  });

  it('insertSheet at an index puts the tab there; without a name it is SheetN', () => {
    const { spreadsheet, workbook } = newSpreadsheet();

    spreadsheet.insertSheet('Log');
    spreadsheet.insertSheet('Pengaturan', 0);
    spreadsheet.insertSheet();

    expect(workbook.sheetNames()).toEqual(['Pengaturan', 'Sheet1', 'Log', 'Sheet4']);
  });

  it('getSheetByName gives null for a missing sheet and the leftmost of two same-named sheets', () => {
    const { spreadsheet, workbook } = newSpreadsheet();
    spreadsheet.insertSheet('Gudang · Stok');
    // Duplicates cannot be made through the API; an imported file could carry them.
    const duplicate = workbook.model.addSheet('Gudang · Stok', 2);
    duplicate.maxRows = 5;

    expect(spreadsheet.getSheetByName('nope')).toBeNull();
    expect(spreadsheet.getSheetByName('Gudang · Stok')!.getMaxRows()).toBe(1000);
  });

  it('deleteSheet removes a sheet, but never the last one', () => {
    const { spreadsheet, workbook } = newSpreadsheet();
    const log = spreadsheet.insertSheet('Log');

    spreadsheet.deleteSheet(log);
    const error = thrownBy(() => spreadsheet.deleteSheet(spreadsheet.getSheets()[0]));

    expect(workbook.sheetNames()).toEqual(['Sheet1']);
    expect(error.message).toBe("You can't remove all the sheets in a document.");
  });

  it('a new sheet past 10,000,000 cells is refused with Google\'s text', () => {
    const { spreadsheet, sheet } = newSpreadsheet();
    sheet.insertRowsAfter(1000, 383_000); // 384,000 rows × 26 columns = 9,984,000 cells

    const error = thrownBy(() => spreadsheet.insertSheet('Laporan 2026-11'));
    const growing = thrownBy(() => sheet.insertColumnAfter(26));

    expect(error.message).toBe('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    expect(growing.message).toBe(error.message);
  });

  it('knows its id, name, url, time zone and locale', () => {
    const { spreadsheet } = newSpreadsheet();

    spreadsheet.setSpreadsheetLocale('en_US');

    expect(spreadsheet.getName()).toBe('Toko');
    expect(spreadsheet.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${spreadsheet.getId()}/edit`);
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
  });

  it('getRange with a sheet name reads that sheet', () => {
    const { spreadsheet } = newSpreadsheet();
    spreadsheet.insertSheet('Keuangan · Kas').getRange('B2').setValue(50000);
    spreadsheet.setActiveSheet(spreadsheet.getSheets()[0]);

    expect(spreadsheet.getRange("'Keuangan · Kas'!B2").getValue()).toBe(50000);
    expect(thrownBy(() => spreadsheet.getRange('Nope!A1')).message).toBe('Range not found');
  });
});

describe('Sheet rows and columns', () => {
  it('deleteRows(2, 3) shifts the rows below up and takes 3 off getMaxRows', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:A6').setValues([['h'], ['a'], ['b'], ['c'], ['d'], ['e']]);

    sheet.deleteRows(2, 3);

    expect(sheet.getRange('A1:A3').getValues()).toEqual([['h'], ['d'], ['e']]);
    expect(sheet.getMaxRows()).toBe(997);
  });

  it('deleting every non-frozen row is refused', () => {
    const { sheet } = newSpreadsheet();
    sheet.setFrozenRows(1);

    const error = thrownBy(() => sheet.deleteRows(2, 999));

    expect(error.message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('deleting rows past the end is out of bounds', () => {
    const { sheet } = newSpreadsheet();

    expect(thrownBy(() => sheet.deleteRows(999, 5)).message).toBe('Those rows are out of bounds.');
    expect(thrownBy(() => sheet.deleteRow(0)).message).toBe('Those rows are out of bounds.');
  });

  it('deleting columns follows the same rules', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);

    sheet.deleteColumn(2);

    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'c']]);
    expect(sheet.getMaxColumns()).toBe(25);
    expect(thrownBy(() => sheet.deleteColumns(20, 10)).message).toBe('Those columns are out of bounds.');
    expect(thrownBy(() => sheet.deleteColumns(1, 25)).message).toBe('Sorry, it is not possible to delete all non-frozen columns.');
  });

  it('inserting rows and columns moves cells, formats and validations with them', () => {
    const { sheet, SpreadsheetApp } = newSpreadsheet();
    sheet.getRange('A2').setValue('TK-0001').setNumberFormat('@');
    sheet.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Lunas']).build());

    sheet.insertRowsBefore(2, 2);
    sheet.insertColumnAfter(1);

    expect(sheet.getRange('A4').getValue()).toBe('TK-0001');
    expect(sheet.getRange('A4').getNumberFormat()).toBe('@');
    expect(sheet.getRange('C4').getDataValidation()).not.toBeNull();
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(thrownBy(() => sheet.insertRowsAfter(2000, 1)).message).toBe('Those rows are out of bounds.');
  });
});

describe('Rows a script inserts take a neighbour\'s formats', () => {
  const lunas = (app: ReturnType<typeof newSpreadsheet>) => app.SpreadsheetApp.newDataValidation().requireValueInList(['Lunas']).build();

  it('insertRowsAfter copies the row above: under a bold grey header the new rows are bold grey, without a dropdown', () => {
    const app = newSpreadsheet();
    const { sheet } = app;
    sheet.getRange('A1:B1').setValues([['ID Pesanan', 'Status Bayar']]).setFontWeight('bold').setBackground('#eeeeee');
    sheet.getRange('A2:A1000').setNumberFormat('@');
    sheet.getRange('B2:B1000').setDataValidation(lunas(app));

    sheet.insertRowsAfter(1, 2);

    expect(sheet.getRange('A2:B3').getFontWeights()).toEqual([['bold', 'bold'], ['bold', 'bold']]);
    expect(sheet.getRange('A3').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    expect(sheet.getRange('A3').getNumberFormat()).not.toBe('@');
    expect(sheet.getRange('B4').getDataValidation()).not.toBeNull();
  });

  it('insertRowsAfter the last row copies its number format and dropdown, but not its value or note', () => {
    const app = newSpreadsheet();
    const { sheet } = app;
    sheet.getRange('A1000').setValue('TK-2611-0001').setNumberFormat('@').setNote('catatan');
    sheet.getRange('B1000').setDataValidation(lunas(app));

    sheet.insertRowsAfter(1000, 3);

    expect(sheet.getRange('A1003').getNumberFormat()).toBe('@');
    expect(sheet.getRange('B1003').getDataValidation()?.getCriteriaValues()).toEqual([['Lunas'], true]);
    expect(sheet.getRange('A1001:A1003').getValues()).toEqual([[''], [''], ['']]);
    expect(sheet.getRange('A1001').getNote()).toBe('');
  });

  it('insertRowsBefore copies the row below; a row inserted above an unformatted row stays plain', () => {
    const app = newSpreadsheet();
    const { sheet } = app;
    sheet.getRange('A5').setNumberFormat('@');

    sheet.insertRowsBefore(5, 2);
    sheet.insertRowBefore(1);

    expect(sheet.getRange('A6').getNumberFormat()).toBe('@');
    expect(sheet.getRange('A7').getNumberFormat()).toBe('@');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('General');
  });
});

describe('Sheet properties', () => {
  it('remembers frozen rows and columns, tab colour, column widths and hiding', () => {
    const { sheet, spreadsheet } = newSpreadsheet();
    spreadsheet.insertSheet('Log');

    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setTabColor('#1e88e5');
    sheet.setColumnWidth(3, 240);
    sheet.hideSheet();

    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(2);
    expect(sheet.getTabColor()).toBe('#1e88e5');
    expect(sheet.getColumnWidth(3)).toBe(240);
    expect(sheet.getColumnWidth(4)).toBe(100);
    expect(sheet.isSheetHidden()).toBe(true);
    expect(thrownBy(() => spreadsheet.getSheetByName('Log')!.hideSheet()).message).toBe("You can't hide all the sheets in a document.");
  });

  it('hideColumns hides a column that stays readable and writable; hidden columns move with inserted columns', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('J1').setValue('Jejak Pesanan');

    sheet.hideColumns(10);
    sheet.getRange('J2').setValue('TK-2611-0001:R');
    sheet.insertColumnsBefore(1, 1);

    expect(sheet.isColumnHiddenByUser(11)).toBe(true);
    expect(sheet.isColumnHiddenByUser(10)).toBe(false);
    expect(sheet.getRange('K2').getValue()).toBe('TK-2611-0001:R');
    expect(thrownBy(() => sheet.hideColumns(28, 1)).message).toBe('Those columns are out of bounds.');
  });

  it('moveActiveSheet moves the active tab to a position, the others keep their order', () => {
    const { spreadsheet, workbook } = newSpreadsheet();
    spreadsheet.insertSheet('Log');
    const orders = spreadsheet.insertSheet('CS · Pesanan');

    spreadsheet.setActiveSheet(orders);
    spreadsheet.moveActiveSheet(1);

    expect(workbook.sheetNames()).toEqual(['CS · Pesanan', 'Sheet1', 'Log']);
    expect(orders.getIndex()).toBe(1);
  });

  it('clear empties the sheet; clearContents keeps formats', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setValue(5).setNumberFormat('0.00');

    sheet.clearContents();
    const keptFormat = sheet.getRange('A1').getNumberFormat();
    sheet.clear();

    expect(sheet.getLastRow()).toBe(0);
    expect(keptFormat).toBe('0.00');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('General');
  });

  it('getRangeList gives the ranges in order', () => {
    const { sheet } = newSpreadsheet();

    const list = sheet.getRangeList(['A1:B2', 'D4']);

    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2', 'D4']);
  });
});

describe('Charts', () => {
  it('records a chart\'s type, ranges, position and title, and can update and remove it', () => {
    const { sheet, Charts } = newSpreadsheet();
    const chart = sheet.newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B13'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Penjualan per bulan')
      .build();

    sheet.insertChart(chart);
    const inserted = sheet.getCharts()[0];
    sheet.updateChart(inserted.modify().setOption('title', 'Omzet').asLineChart().build());
    const updated = sheet.getCharts()[0];

    expect(updated.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B13']);
    expect(updated.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(updated.getOptions().get('title')).toBe('Omzet');
    expect(String(updated.modify().getChartType())).toBe('LINE');
    sheet.removeChart(updated);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
