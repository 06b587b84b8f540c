/** Reads Pengaturan once per action. */
import { UserError } from '../domain/i18n';
import { parseSettings, Settings } from '../domain/settings';
import { SETTINGS_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';

/**
 * The shop's settings. With `optional` (Setup, which creates and repairs Pengaturan), a missing
 * sheet or column gives the defaults instead of an error.
 */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, optional = false): Settings {
  try {
    return parseSettings(Table.read(ss, SETTINGS_SHEET).rows.map((row) => row.record));
  } catch (e) {
    if (optional && e instanceof UserError) return parseSettings([]);
    throw e;
  }
}
