/** The checks Sheet.getRange(row, column, numRows, numColumns) makes, with Google's texts, in Google's order. */
import { appsScriptError, signatureError } from './errors';
import { GridArea, SheetModel } from './sheet-model';

/** A valid area for (row, column, numRows = 1, numColumns = 1), or Google's error for those arguments. */
export function checkedArea(sheet: SheetModel, args: readonly unknown[], qualifiedMethod: string): GridArea {
  if (args.some((a) => typeof a !== 'number' || Number.isNaN(a))) throw signatureError(args, qualifiedMethod);
  const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map((n) => Math.trunc(n));
  if (row < 1) throw appsScriptError('The starting row of the range is too small.');
  if (column < 1) throw appsScriptError('The starting column of the range is too small.');
  if (numRows < 1) throw appsScriptError('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw appsScriptError('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw appsScriptError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row, column, numRows, numColumns };
}
