/**
 * Google Sheets' limits, enforced by the emulator. Reference: "Files you can store in Google Drive"
 * (https://support.google.com/drive/answer/37603: up to 10 million cells or 18,278 columns; 50,000
 * characters per cell) and the Sheet/Spreadsheet reference for names
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)).
 */
import { expectException } from '../services/expect-exception';
import { newSpreadsheet } from './test-kit';

const TOO_MANY_CHARACTERS = 'Your input contains more than the maximum of 50000 characters in a single cell.';

describe('50,000 characters per cell', () => {
  it('a note of exactly 50,000 characters is written; one more character is refused with Google\'s text and nothing changes', () => {
    const { sheet } = newSpreadsheet();

    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expectException(() => sheet.getRange('A2').setValue('y'.repeat(50_001)), TOO_MANY_CHARACTERS);
    expectException(() => sheet.getRange('B1:B2').setValues([['Budi'], ['z'.repeat(50_001)]]), TOO_MANY_CHARACTERS);

    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('B1').getValue()).toBe('');
  });
});

describe('sheet names', () => {
  it('a name of 100 characters is accepted; 101 is refused, by insertSheet and by setName', () => {
    const { spreadsheet } = newSpreadsheet();
    const tooLong = 'L'.repeat(101);

    const sheet = spreadsheet.insertSheet('L'.repeat(100));
    expectException(() => spreadsheet.insertSheet(tooLong), 'The sheet name cannot be greater than 100 characters.');
    expectException(() => sheet.setName(tooLong), 'The sheet name cannot be greater than 100 characters.');

    expect(sheet.getName()).toBe('L'.repeat(100));
  });

  it('a blank name is refused, and a name another sheet has (in any case) is refused by setName too', () => {
    const { spreadsheet } = newSpreadsheet();
    spreadsheet.insertSheet('Gudang · Stok');
    const other = spreadsheet.insertSheet('Lain');

    expectException(() => other.setName('  '), 'Invalid argument: sheet name cannot be empty.');
    expectException(() => other.setName('gudang · stok'), 'A sheet with the name "gudang · stok" already exists. Please enter another name.');

    expect(other.getName()).toBe('Lain');
  });
});

describe('18,278 columns per sheet', () => {
  it('a sheet grows to column ZZZ (18,278) and no further', () => {
    const { spreadsheet } = newSpreadsheet();
    const sheet = spreadsheet.insertSheet('Lebar');
    sheet.deleteRows(2, 999);

    sheet.insertColumnsAfter(26, 18_278 - 26);
    expectException(
      () => sheet.insertColumnsAfter(18_278, 1),
      'This action would increase the number of columns in the sheet above the limit of 18278.',
    );

    expect(sheet.getMaxColumns()).toBe(18_278);
  });
});

describe('an invalid Date', () => {
  it('setValue(new Date(NaN)) leaves the cell blank; getDisplayValue gives "" instead of a host RangeError', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setNumberFormat('dd MMM yyyy');

    sheet.getRange('A1').setValue(new Date(NaN));

    expect(sheet.getRange('A1').getDisplayValue()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('a number too large to be a date, under a date format, reads and shows as the number (our choice), not a host RangeError', () => {
    const { sheet } = newSpreadsheet({ locale: 'en_US' });

    sheet.getRange('A1').setNumberFormat('dd MMM yyyy').setValue(1e20);

    expect(sheet.getRange('A1').getDisplayValue()).toBe('1E+20');
    expect(sheet.getRange('A1').getValue()).toBe(1e20);
  });
});
