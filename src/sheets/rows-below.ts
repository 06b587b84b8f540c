/** Where appended lines go: the empty, already formatted rows below a sheet's content. */

/** Rows added beyond what a full sheet needs when it grows, so it grows once every so many lines, not on every append. */
export const GROWTH_HEADROOM = 500;

/**
 * The range of `numRows` × `numColumns` starting at row `first` (the row below the content). The rows
 * below the content already exist and carry Setup's formats and dropdowns, so nothing is inserted — no
 * call — unless the sheet is full: then it grows below its last row (new rows take that row's formats)
 * by what is missing plus GROWTH_HEADROOM, three calls once in a while.
 */
export function rowsBelow(sheet: GoogleAppsScript.Spreadsheet.Sheet, first: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(first, 1, numRows, numColumns);
  } catch (e) {
    const maxRows = sheet.getMaxRows();
    const missing = first + numRows - 1 - maxRows;
    if (missing <= 0) throw e;
    sheet.insertRowsAfter(maxRows, missing + GROWTH_HEADROOM);
    return sheet.getRange(first, 1, numRows, numColumns);
  }
}
