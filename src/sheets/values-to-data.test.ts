/** Reads sized by the sheet's data: one call, and an empty sheet is empty, never an error or a failed read taken for empty. */
import { LocalRuntime } from '../../emulator/runtime';
import { headerRow, valuesToData } from './values-to-data';

let rt: LocalRuntime;
let restore: () => void;
beforeEach(() => {
  rt = LocalRuntime.create();
  restore = rt.installGlobals();
});
afterEach(() => restore());

const sheetNamed = (name: string) => rt.run(() => SpreadsheetApp.getActiveSpreadsheet().insertSheet(name));

/** A Sheet stand-in whose getSheetValues answers or throws as told. */
const fakeSheet = (answer: () => unknown[][]) => ({ getSheetValues: answer }) as unknown as GoogleAppsScript.Spreadsheet.Sheet;

describe('reading up to the last row with data', () => {
  it('reads the stock sheet whole in one call, not the empty rows below it', () => {
    const sheet = sheetNamed('Gudang · Stok');
    rt.run(() => sheet.getRange(1, 1, 3, 2).setValues([['SKU', 'Stok Fisik'], ['KAOS-M', 4], ['KAOS-L', 0]]));
    rt.state.resetCallCounts();

    const grid = rt.run(() => valuesToData(sheet, 1, 1, -1, -1));

    expect(grid).toEqual([['SKU', 'Stok Fisik'], ['KAOS-M', 4], ['KAOS-L', 0]]);
    expect(rt.callCounts()).toMatchObject({ total: 1, cellsRead: 6 });
  });

  it('an empty sheet, or a start below the data, reads as no rows', () => {
    const empty = sheetNamed('Kosong');
    const short = sheetNamed('Pendek');
    rt.run(() => short.getRange('A1').setValue('ID'));

    expect(rt.run(() => valuesToData(empty, 1, 1, -1, -1))).toEqual([]);
    expect(rt.run(() => headerRow(empty))).toEqual([]);
    expect(rt.run(() => valuesToData(short, 2, 1, -1, 1))).toEqual([]);
  });

  it('an empty sheet answered with an empty grid instead of a refusal reads the same', () => {
    expect(valuesToData(fakeSheet(() => []), 1, 1, -1, -1)).toEqual([]);
    expect(headerRow(fakeSheet(() => [[]]))).toEqual([]);
  });

  it('a read that fails for another reason is not taken for an empty sheet', () => {
    const failing = fakeSheet(() => {
      throw new Error('Service Spreadsheets timed out while accessing document with id 1abc.');
    });

    expect(() => valuesToData(failing, 1, 1, -1, -1)).toThrow('timed out');
  });

  it('a refusal of a read with real counts is a bug of the caller, and is not hidden', () => {
    const refusing = fakeSheet(() => {
      throw new Error('The number of rows in the range must be at least 1.');
    });

    expect(() => valuesToData(refusing, 2, 1, 0, 3)).toThrow('must be at least 1');
  });
});
