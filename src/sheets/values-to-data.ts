/**
 * Reading up to where a sheet's data ends, in one call: `Sheet.getSheetValues` takes -1 as a count
 * meaning "to the last row (column) with data in the sheet" (Apps Script reference, Sheet.getSheetValues),
 * which saves the getDataRange/getLastRow/getRange call a read would otherwise spend to learn its size.
 */

/** True for the refusal of a range that -1 left without a row or column (an empty sheet, a start below the data). */
const nothingLeft = (e: unknown): boolean => e instanceof Error && /must be at least 1/.test(e.message);

/**
 * `getSheetValues(row, column, numRows, numColumns)` where -1 counts reach the last row or column with
 * data; an empty grid when that leaves nothing to read (however Google answers that case: a refusal,
 * or an empty grid). Other errors propagate: a failed read is never taken for an empty sheet.
 */
export function valuesToData(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number, numRows: number, numColumns: number): unknown[][] {
  try {
    return sheet.getSheetValues(row, column, numRows, numColumns);
  } catch (e) {
    if ((numRows === -1 || numColumns === -1) && nothingLeft(e)) return [];
    throw e;
  }
}

/** The header row up to the last column with data (one call); empty on an empty sheet. */
export function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  return valuesToData(sheet, 1, 1, 1, -1)[0] ?? [];
}
