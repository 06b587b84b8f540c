/**
 * Reading the fixed block of a small hidden sheet Toko keeps for itself (CS · Indeks, Gudang · Rekap COD):
 * two calls whatever the shop's history. A missing sheet (not made yet, or deleted) reads as nothing, to be
 * made again when written; any other failure (a service hiccup) is thrown, so an action never goes on as
 * if the memory were empty and then overwrites it with only what it just learnt.
 */

/** The block's range and values, or null when its sheet does not exist; other failures are rethrown. */
export function readFixedBlock(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetName: string,
  a1: string,
): { range: GoogleAppsScript.Spreadsheet.Range; values: unknown[][] } | null {
  try {
    const range = ss.getRange(a1);
    return { range, values: range.getValues() };
  } catch (error) {
    if (ss.getSheetByName(sheetName)) throw error;
    return null;
  }
}
