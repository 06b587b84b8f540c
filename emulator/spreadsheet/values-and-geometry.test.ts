import { newSpreadsheet, thrownBy } from './test-kit';

describe('Range values', () => {
  it('getValues on a 3x2 area with empty cells gives "" for each empty cell', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A2').setValue('Budi');

    const values = sheet.getRange(1, 1, 3, 2).getValues();

    expect(values).toEqual([['', ''], ['Budi', ''], ['', '']]);
  });

  it('keeps each type: number, boolean, text, and a date as the same instant', () => {
    const { sheet } = newSpreadsheet();
    const orderedAt = new Date(Date.UTC(2026, 10, 28, 2, 15, 0));

    sheet.getRange(1, 1, 1, 4).setValues([[125000, true, 'Kaos hitam', orderedAt]]);
    const [[amount, paid, product, when]] = sheet.getRange(1, 1, 1, 4).getValues();

    expect(amount).toBe(125000);
    expect(paid).toBe(true);
    expect(product).toBe('Kaos hitam');
    expect(when).toBeInstanceOf(Date);
    expect((when as Date).getTime()).toBe(orderedAt.getTime());
  });

  it('returns a time-only cell as a Date on 1899-12-30 on the spreadsheet clock', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setValue('14:30');

    const value = sheet.getRange('A1').getValue() as Date;

    const wall = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).format(value);
    expect(value).toBeInstanceOf(Date);
    expect(wall).toBe('1899-12-30, 14:30');
  });

  it('getSheetValues gives what getRange(…).getValues() gives, in one call, and refuses an area past the sheet', () => {
    // Reference: developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
    const { sheet, state } = newSpreadsheet();
    sheet.getRange(1, 1, 2, 2).setValues([['SKU', 'Stok'], ['KAOS-M', 4]]);
    state.resetCallCounts();

    const values = sheet.getSheetValues(1, 1, 3, 2);

    expect(values).toEqual([['SKU', 'Stok'], ['KAOS-M', 4], ['', '']]);
    expect(state.callCounts()).toMatchObject({ total: 1, cellsRead: 6, byMethod: { 'Sheet.getSheetValues': 1 } });
    expect(thrownBy(() => sheet.getSheetValues(1000, 1, 2, 1)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('getSheetValues with -1 counts reads to the last row and column with data, and an empty remainder is refused', () => {
    // Reference: developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
    // ("A -1 value given as the row or column position is equivalent to getting the very last row or column that has data in the sheet.")
    const { sheet, state } = newSpreadsheet();
    sheet.getRange(1, 1, 3, 2).setValues([['SKU', 'Stok'], ['KAOS-M', 4], ['KAOS-L', 2]]);
    sheet.getRange('D5').setValue('catatan');
    state.resetCallCounts();

    const all = sheet.getSheetValues(1, 1, -1, -1);
    const header = sheet.getSheetValues(1, 1, 1, -1);
    const fromRow2 = sheet.getSheetValues(2, 2, -1, 1);

    expect(all).toHaveLength(5);
    expect(all[0]).toEqual(['SKU', 'Stok', '', '']);
    expect(header).toEqual([['SKU', 'Stok', '', '']]);
    expect(fromRow2).toEqual([[4], [2], [''], ['']]);
    expect(state.callCounts()).toMatchObject({ total: 3, cellsRead: 20 + 4 + 4 });
    expect(thrownBy(() => sheet.getSheetValues(6, 1, -1, 2)).message).toBe('The number of rows in the range must be at least 1.');
    const empty = newSpreadsheet().sheet;
    expect(thrownBy(() => empty.getSheetValues(1, 1, -1, -1)).message).toBe('The number of rows in the range must be at least 1.');
  });

  it('getValues returns a copy: changing the result leaves the sheet alone', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setValue('TK-0001');

    const values = sheet.getRange('A1').getValues();
    values[0][0] = 'changed';

    expect(sheet.getRange('A1').getValue()).toBe('TK-0001');
  });

  it('getDisplayValues gives only strings: TRUE/FALSE for booleans, "" for empty cells', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange(1, 1, 1, 3).setValues([[true, false, 7]]);

    const shown = sheet.getRange(1, 1, 2, 3).getDisplayValues();

    expect(shown).toEqual([['TRUE', 'FALSE', '7'], ['', '', '']]);
  });

  it('setValues parses as typed: =1+1 is a formula, "123" a number, "\'123" text, a Date round-trips', () => {
    const { sheet } = newSpreadsheet();
    const shippedAt = new Date(Date.UTC(2026, 10, 29, 5, 0, 0));

    sheet.getRange(1, 1, 1, 4).setValues([['=1+1', '123', "'123", shippedAt]]);

    expect(sheet.getRange('A1').getValue()).toBe(2);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('B1').getValue()).toBe(123);
    expect(sheet.getRange('C1').getValue()).toBe('123');
    expect((sheet.getRange('D1').getValue() as Date).getTime()).toBe(shippedAt.getTime());
  });

  it('setValues with the wrong number of rows says both counts', () => {
    const { sheet } = newSpreadsheet();

    const error = thrownBy(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4]]));

    expect(error.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(error.name).toBe('Exception');
  });

  it('setValues with the wrong number of columns says both counts', () => {
    const { sheet } = newSpreadsheet();

    const error = thrownBy(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4, 5]]));

    expect(error.message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });
});

describe('Sheet geometry', () => {
  it('an empty sheet has last row and column 0, and its data range is A1 holding ""', () => {
    const { sheet } = newSpreadsheet();

    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  it('getRange refuses a starting row or column below 1', () => {
    const { sheet } = newSpreadsheet();

    expect(thrownBy(() => sheet.getRange(0, 1)).message).toBe('The starting row of the range is too small.');
    expect(thrownBy(() => sheet.getRange(1, 0)).message).toBe('The starting column of the range is too small.');
  });

  it('getRange refuses zero rows or zero columns', () => {
    const { sheet } = newSpreadsheet();

    expect(thrownBy(() => sheet.getRange(1, 1, 0, 1)).message).toBe('The number of rows in the range must be at least 1.');
    expect(thrownBy(() => sheet.getRange(1, 1, 1, 0)).message).toBe('The number of columns in the range must be at least 1.');
  });

  it('getRange past row 1000 of a new 1000x26 sheet is outside its dimensions', () => {
    const { sheet } = newSpreadsheet();

    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(thrownBy(() => sheet.getRange(1001, 1)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('getRange with a string that is not A1 notation says the range was not found', () => {
    const { sheet } = newSpreadsheet();

    expect(thrownBy(() => sheet.getRange('Pesanan!!')).message).toBe('Range not found');
    expect(thrownBy(() => sheet.getRange('A1:AA1')).message).toBe('Range not found');
  });

  it('getRange with non-numbers names the parameters as Apps Script does', () => {
    const { sheet } = newSpreadsheet();

    const error = thrownBy(() => sheet.getRange('2' as unknown as number, 1));

    expect(error.message).toBe("The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  });

  it('reads A1 forms: whole columns, whole rows and open-ended ranges', () => {
    const { sheet } = newSpreadsheet();

    expect(sheet.getRange('B:C').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
    expect(sheet.getRange('$B$2').getA1Notation()).toBe('B2');
  });

  it('offset and getCell move within the sheet', () => {
    const { sheet } = newSpreadsheet();

    const range = sheet.getRange('B2:C3');

    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(thrownBy(() => range.offset(-2, 0)).message).toBe('The starting row of the range is too small.');
  });
});

describe('Sheet.appendRow', () => {
  it('writes row 1 on an empty sheet, then row 2 (not row 1 again)', () => {
    const { sheet } = newSpreadsheet();

    sheet.appendRow(['Order ID', 'Pelanggan']);
    sheet.appendRow(['TK-0001', 'Siti']);

    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([['Order ID', 'Pelanggan'], ['TK-0001', 'Siti']]);
    expect(sheet.getLastRow()).toBe(2);
  });

  it('grows the grid when the sheet is full', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange(1000, 1).setValue('last');

    sheet.appendRow(['one more']);

    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('one more');
  });

  it('returns the Sheet, and an "=" value becomes a formula', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:A2').setValues([[10], [32]]);

    const returned = sheet.appendRow(['=SUM(A1:A2)']);

    expect(returned).toBe(sheet);
    expect(sheet.getRange('A3').getFormula()).toBe('=SUM(A1:A2)');
    expect(sheet.getRange('A3').getValue()).toBe(42);
  });
});
