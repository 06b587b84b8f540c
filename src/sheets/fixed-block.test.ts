import { readFixedBlock } from './fixed-block';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A spreadsheet whose getRange fails, with or without the sheet being there. */
function failingSpreadsheet(sheetExists: boolean): Ss {
  return {
    getRange: () => {
      throw new Error(sheetExists ? 'Service Spreadsheets failed while accessing document' : 'Range not found');
    },
    getSheetByName: () => (sheetExists ? ({} as GoogleAppsScript.Spreadsheet.Sheet) : null),
  } as unknown as Ss;
}

describe('reading the fixed block of a hidden memory sheet', () => {
  it('a deleted memory sheet reads as nothing, to be made again when written', () => {
    expect(readFixedBlock(failingSpreadsheet(false), 'CS · Indeks', "'CS · Indeks'!A1:A2")).toBeNull();
  });

  it('a hiccup while the sheet is there stops the action instead of reading as an empty memory', () => {
    expect(() => readFixedBlock(failingSpreadsheet(true), 'CS · Indeks', "'CS · Indeks'!A1:A2")).toThrow('Service Spreadsheets failed');
  });

  it('a readable block gives its range and values', () => {
    const range = { getValues: () => [['Indeks'], ['x']] };
    const ss = { getRange: () => range } as unknown as Ss;
    expect(readFixedBlock(ss, 'CS · Indeks', "'CS · Indeks'!A1:A2")).toEqual({ range, values: [['Indeks'], ['x']] });
  });
});
