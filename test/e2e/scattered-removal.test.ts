/**
 * Orders selected one by one (Ctrl/Cmd-click) leave their sheet with a constant number of calls: the
 * rows that stay are written back, moved up, and the freed rows deleted. On the built bundle: what
 * stays is exactly what was there, in order, people's own columns included — text kept as text — and
 * when a person's column holds a formula, the rows are deleted one run at a time instead.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, SHIPPING_SHEET } from '../../src/sheets/schema';
import { appendRecords, columnLetter, headerColumns, openShop, orderIds, OWNER, selectRows, sheetOrder } from './pipeline-shop';

const IDS = ['TK-2611-0001', 'TK-2611-0002', 'TK-2611-0003', 'TK-2611-0004', 'TK-2611-0005', 'TK-2611-0006', 'TK-2611-0007'];
const OWN = 'Cek Transfer';

/** Seven paid orders in Approval with a column of the team's own: "0812-<n>" typed as plain text. */
function approvalWithOwnColumn(): { rt: LocalRuntime; ownColumn: number } {
  const rt = openShop();
  appendRecords(rt, APPROVAL_SHEET, IDS.map((id, i) => sheetOrder(id, { customerName: `Pelanggan ${i + 1}`, fulfilment: 'Menunggu approval' })));
  const ownColumn = Math.max(...headerColumns(rt, APPROVAL_SHEET).values()) + 1;
  rt.run(() => {
    const sheet = rt.workbook.spreadsheet.getSheetByName(APPROVAL_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
    if (sheet.getMaxColumns() < ownColumn) sheet.insertColumnsAfter(sheet.getMaxColumns(), ownColumn - sheet.getMaxColumns());
    sheet.getRange(1, ownColumn).setValue(OWN);
    sheet.getRange(2, ownColumn, IDS.length, 1).setNumberFormat('@').setValues(IDS.map((_, i) => [`0812-${i + 1}`]));
  });
  return { rt, ownColumn };
}

const ownValues = (rt: LocalRuntime, column: number): unknown[] => rt.workbook.values(APPROVAL_SHEET.name).slice(1).map((row) => row[column - 1]);

describe('approving orders picked one by one', () => {
  it('leaves the other orders exactly as they were, in order, their own column included and text kept as text', () => {
    const { rt, ownColumn } = approvalWithOwnColumn();
    selectRows(rt, APPROVAL_SHEET, [2, 4, 6, 8]);

    rt.clickMenu('Approve order', OWNER);

    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0002', 'TK-2611-0004', 'TK-2611-0006']);
    expect(ownValues(rt, ownColumn)).toEqual(['0812-2', '0812-4', '0812-6']);
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001', 'TK-2611-0003', 'TK-2611-0005', 'TK-2611-0007']);
    expect(rt.callCounts().byMethod['Sheet.deleteRows']).toBe(1);
  });

  it('with a formula in a person\'s column, deletes run by run so the formula is never turned into a value', () => {
    const { rt, ownColumn } = approvalWithOwnColumn();
    rt.run(() => (rt.workbook.spreadsheet.getSheetByName(APPROVAL_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet).getRange(3, ownColumn).setNumberFormat('General'));
    rt.edit(APPROVAL_SHEET.name, `${columnLetter(ownColumn)}3`, '=1+1');
    selectRows(rt, APPROVAL_SHEET, [2, 4, 6, 8]);
    rt.state.resetCallCounts();

    rt.clickMenu('Approve order', OWNER);

    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0002', 'TK-2611-0004', 'TK-2611-0006']);
    const formula = rt.run(() => (rt.workbook.spreadsheet.getSheetByName(APPROVAL_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet).getRange(2, ownColumn).getFormula());
    expect(formula).toBe('=1+1');
    expect(rt.callCounts().byMethod['Sheet.deleteRows']).toBe(4);
  });
});
