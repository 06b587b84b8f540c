/** Reads Pengaturan once per action. */
import { DEFAULT_SETTINGS, parseSettings, Settings } from '../domain/settings';
import { SETTINGS_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';

/** The shop's settings; a shop that has not run Setup yet gets the defaults when `optional`. */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, optional = false): Settings {
  if (optional && !ss.getSheetByName(SETTINGS_SHEET.name)) return parseSettings([]);
  return parseSettings(Table.read(ss, SETTINGS_SHEET).rows.map((row) => row.record));
}

export { DEFAULT_SETTINGS };
