/** Resolving A1 notation (with an optional sheet name) to a sheet area, with Google's "Range not found". */
import { parseA1 } from './a1-notation';
import { appsScriptError } from './errors';
import { GridArea, SheetModel } from './sheet-model';
import { WorkbookModel } from './workbook-model';

/** The sheet and area an A1 string names; `Range not found` when it is malformed or off the grid. */
export function resolveA1(workbook: WorkbookModel, defaultSheet: SheetModel, a1: unknown): { sheet: SheetModel; area: GridArea } {
  const reference = typeof a1 === 'string' ? parseA1(a1) : undefined;
  if (!reference) throw appsScriptError('Range not found');
  const sheet = reference.sheetName === undefined ? defaultSheet : workbook.sheetByName(reference.sheetName);
  if (!sheet) throw appsScriptError('Range not found');
  const row = reference.startRow ?? 1;
  const column = reference.startColumn ?? 1;
  const endRow = reference.endRow ?? sheet.maxRows;
  const endColumn = reference.endColumn ?? sheet.maxColumns;
  if (endRow > sheet.maxRows || endColumn > sheet.maxColumns || row > endRow || column > endColumn) {
    throw appsScriptError('Range not found');
  }
  return { sheet, area: { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 } };
}
