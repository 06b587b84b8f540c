import { newSpreadsheet } from './test-kit';

describe('strings written by a script are parsed as typed', () => {
  it('numeric strings become numbers and lose leading zeros', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1:D1').setValues([['0812', '-15', '1,5', '1e3']]);

    expect(sheet.getRange('A1:D1').getValues()).toEqual([[812, -15, 1.5, 1000]]);
  });

  it('an apostrophe keeps text and is not stored', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1:B1').setValues([["'0812", "'=1+1"]]);

    expect(sheet.getRange('A1:B1').getValues()).toEqual([['0812', '=1+1']]);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('TRUE and FALSE in any case become booleans', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1:B1').setValues([['true', 'FALSE']]);

    expect(sheet.getRange('A1:B1').getValues()).toEqual([[true, false]]);
  });

  it('ISO and day-first dates (id_ID) become dates at midnight Jakarta time', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1:B1').setValues([['2026-11-28', '28/11/2026']]);
    const [[iso, dayFirst]] = sheet.getRange('A1:B1').getValues();

    expect((iso as Date).toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect((dayFirst as Date).toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
  // and https://support.google.com/docs/answer/58515: the locale decides how typed numbers are read.
  it('ongkir typed as 15.000 in an id_ID spreadsheet is the number 15000, and 1,5 is 1.5', () => {
    const { sheet } = newSpreadsheet({ locale: 'id_ID' });

    sheet.getRange('A1:D1').setValues([['15.000', '1,5', '15.000,50', '1.5']]);

    expect(sheet.getRange('A1:D1').getValues()).toEqual([[15000, 1.5, 15000.5, '1.5']]);
  });

  it('the same text typed into an en_US spreadsheet reads with a decimal point and comma grouping', () => {
    const { sheet } = newSpreadsheet({ locale: 'en_US' });

    sheet.getRange('A1:D1').setValues([['15.000', '1,5', '15,000', '1.5']]);

    expect(sheet.getRange('A1:D1').getValues()).toEqual([[15, '1,5', 15000, 1.5]]);
  });

  it('Indonesian grouping and decimal comma are read as numbers', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1:B1').setValues([['1.250.000', '2,5']]);

    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1250000, 2.5]]);
  });

  it('anything else stays text, including "=" alone and an impossible date', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1:D1').setValues([['Kaos', '=', '2026-02-30', '0812-3456-7890']]);

    expect(sheet.getRange('A1:D1').getValues()).toEqual([['Kaos', '=', '2026-02-30', '0812-3456-7890']]);
  });

  it('a cell formatted as plain text @ keeps the string exactly, formulas and zeros included', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:C1').setNumberFormat('@');

    sheet.getRange('A1:C1').setValues([['081234567890', '=1+1', 'TRUE']]);

    expect(sheet.getRange('A1:C1').getValues()).toEqual([['081234567890', '=1+1', 'TRUE']]);
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it('numbers, booleans and Dates are stored as given, null clears', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setValue('old');

    sheet.getRange('A1:C1').setValues([[null, 42, false]]);

    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 42, false]]);
  });
});

describe('formulas', () => {
  it('evaluate arithmetic, references and SUM/AVERAGE/MIN/MAX over ranges', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:A3').setValues([[10], [20], [30]]);

    sheet.getRange('B1:B6').setFormulas([['=SUM(A1:A3)'], ['=AVERAGE(A1:A3)'], ['=MIN(A:A)'], ['=MAX(A1:A3)*2'], ['=(A1+A2)/4-1'], ['=A1&" pcs"']]);

    expect(sheet.getRange('B1:B6').getValues()).toEqual([[60], [20], [10], [60], [6.5], ['10 pcs']]);
  });

  it('follow changes to the cells they read', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1').setFormula('=A1*3');

    sheet.getRange('A1').setValue(5);

    expect(sheet.getRange('B1').getValue()).toBe(15);
  });

  it('read other sheets by name', () => {
    const { sheet, spreadsheet } = newSpreadsheet();
    spreadsheet.insertSheet('Keuangan · Kas').getRange('B2').setValue(75000);

    sheet.getRange('A1').setFormula("='Keuangan · Kas'!B2+1");

    expect(sheet.getRange('A1').getValue()).toBe(75001);
  });

  it('give Sheets\' error values: #NAME? for unknown functions, #ERROR! for bad syntax, #DIV/0!, #VALUE!, #REF!', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setValue('teks');

    sheet.getRange('B1:B6').setFormulas([['=VLOOKUP(1,A:A,1)'], ['=1+'], ['=1/0'], ['=A1*2'], ['=Nope!A1'], ['=B6']]);

    expect(sheet.getRange('B1:B6').getValues()).toEqual([['#NAME?'], ['#ERROR!'], ['#DIV/0!'], ['#VALUE!'], ['#REF!'], ['#REF!']]);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#NAME?');
  });
});
