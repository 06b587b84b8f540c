import { newSpreadsheet, runAs } from './test-kit';

describe('the selection', () => {
  it('with nothing selected, the active range and current cell are A1 of the active sheet', () => {
    const { state, SpreadsheetApp } = newSpreadsheet();

    const range = runAs(state, () => SpreadsheetApp.getActiveRange(), 'time-trigger');

    expect(range.getA1Notation()).toBe('A1');
    expect(SpreadsheetApp.getCurrentCell().getA1Notation()).toBe('A1');
  });

  it("run from the editor's Run button with nothing selected, both are A1 (our choice for the open point)", () => {
    const { state, SpreadsheetApp } = newSpreadsheet();

    const [range, cell] = runAs(state, () => [SpreadsheetApp.getActiveRange(), SpreadsheetApp.getCurrentCell()], 'editor');

    expect(range).not.toBeNull();
    expect([range.getA1Notation(), cell.getA1Notation()]).toEqual(['A1', 'A1']);
    expect(cell.getSheet().getName()).toBe('Sheet1');
  });

  it('select() makes the sheet active and gives the ranges to getActiveRangeList and getSelection', () => {
    const { SpreadsheetApp, spreadsheet, workbook } = newSpreadsheet();
    spreadsheet.insertSheet('Keuangan · Approval');
    spreadsheet.insertSheet('Log');

    workbook.select('Keuangan · Approval', ['A3:F3', 'A5:F6']);

    expect(SpreadsheetApp.getActiveSheet().getName()).toBe('Keuangan · Approval');
    expect(SpreadsheetApp.getActiveRange()!.getA1Notation()).toBe('A5:F6');
    expect(SpreadsheetApp.getActiveRangeList()!.getRanges().map((r) => r.getA1Notation())).toEqual(['A3:F3', 'A5:F6']);
    expect(SpreadsheetApp.getSelection().getCurrentCell()!.getA1Notation()).toBe('A5');
    expect(spreadsheet.getActiveRange()!.getSheet().getName()).toBe('Keuangan · Approval');
  });

  it('range.activate() and setActiveSheet change what is active', () => {
    const { SpreadsheetApp, spreadsheet, sheet } = newSpreadsheet();
    spreadsheet.insertSheet('Log');

    sheet.getRange('B2:C4').activate();
    const activeAfterActivate = SpreadsheetApp.getActiveRange().getA1Notation();
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Log')!);

    expect(activeAfterActivate).toBe('B2:C4');
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe('Log');
    expect(SpreadsheetApp.getActiveRange().getA1Notation()).toBe('A1');
  });
});
