import { newSpreadsheet, thrownBy } from './test-kit';

describe('call counting', () => {
  it('counts each service call by Class.method; the host handle and builders are not counted', () => {
    const { state, SpreadsheetApp, workbook } = newSpreadsheet();
    state.resetCallCounts();

    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:B2').getValues();
    SpreadsheetApp.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build();
    workbook.values('Sheet1');
    workbook.userEdit('Sheet1', 'A1', 'x');

    expect(state.callCounts()).toEqual({
      total: 5,
      byMethod: {
        'Range.getValues': 1,
        'Sheet.getRange': 1,
        'Spreadsheet.getSheetByName': 1,
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'SpreadsheetApp.newDataValidation': 1,
      },
      cellsRead: 4,
    });
  });

  it('a hook can fail any call before it takes effect', () => {
    const { state, sheet } = newSpreadsheet();
    state.addCallHook((method) => {
      if (method === 'Range.setValues') throw new Error('Service Spreadsheets timed out');
    });

    const error = thrownBy(() => sheet.getRange('A1').setValues([['x']]));

    expect(error.message).toBe('Service Spreadsheets timed out');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('a method the emulator does not model fails loudly', () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange('A1') as unknown as { setFontFamily(name: string): void };

    expect(thrownBy(() => range.setFontFamily('Arial')).message).toBe('Emulator: Range.setFontFamily is not implemented');
  });
});

describe('performance', () => {
  // CPU time of this process, not wall-clock time: other processes on a busy machine do not count.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };

  it('writes and reads 100,000 × 20 cells in well under a second of CPU each', () => {
    const { sheet } = newSpreadsheet();
    sheet.insertRowsAfter(1000, 99_000);
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      Array.from({ length: 20 }, (__, j) => (j === 0 ? `TK-${i}` : j === 1 ? String(i * 1000) : j === 2 ? new Date(1.8e12 + i) : `teks ${j}`)),
    );

    let started = cpuMs();
    sheet.getRange(1, 1, 100_000, 20).setValues(rows);
    const writeMs = cpuMs() - started;
    started = cpuMs();
    const values = sheet.getDataRange().getValues();
    const readMs = cpuMs() - started;

    expect(values).toHaveLength(100_000);
    expect(values[99_999][1]).toBe(99_999_000);
    expect(writeMs).toBeLessThan(1000);
    expect(readMs).toBeLessThan(1000);
  });

  it('counts the cells each read hands to the script, not the size of the sheet', () => {
    const { state, sheet } = newSpreadsheet();
    sheet.getRange('A1:C1000').setValue('x');
    state.resetCallCounts();

    sheet.getRange('A1:C10').getValues();
    sheet.getRange('B5').getValue();
    sheet.getRange('A1:A1000').getDisplayValues();
    sheet.getRange('A1:C1000').setValues(sheet.getRange('A1:C1000').getValues());

    expect(state.callCounts().cellsRead).toBe(30 + 1 + 1000 + 3000);
  });
});
