/** The language of the menu, read from Pengaturan when the spreadsheet opens. */
import { Lang } from '../domain/i18n';
import { readSettings } from './settings';

/** The Bahasa setting; Indonesian when Pengaturan is missing or unreadable (a new sheet, before Setup). */
export function menuLanguage(): Lang {
  try {
    return readSettings(SpreadsheetApp.getActiveSpreadsheet(), true).language;
  } catch (e) {
    return 'id';
  }
}
