/** Where appended lines go: the empty, already formatted rows below a sheet's content. */

/** Rows added beyond what a full sheet needs when it grows, so the next appends find room without an insert. */
export const GROWTH_HEADROOM = 100;

/**
 * The range of `numRows` × `numColumns` starting at row `first` (the row below the content). The rows
 * below the content already exist and carry Setup's formats and dropdowns, so nothing is inserted — no
 * call — unless the sheet is full (getRange past the grid throws; any other error is thrown as it was):
 * then it grows below its last row by what is missing plus `headroom`, three calls once in a while. New
 * rows copy the formats and dropdowns of the row above — a prepared data row, never the header, whose
 * bold grey rows inserted right under it would take.
 */
export function rowsBelow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  first: number,
  numRows: number,
  numColumns: number,
  headroom: number = GROWTH_HEADROOM,
): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(first, 1, numRows, numColumns);
  } catch (e) {
    const maxRows = sheet.getMaxRows();
    const missing = first + numRows - 1 - maxRows;
    if (missing <= 0) throw e;
    sheet.insertRowsAfter(maxRows, missing + headroom);
    return sheet.getRange(first, 1, numRows, numColumns);
  }
}
