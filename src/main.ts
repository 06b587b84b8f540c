/**
 * Every function Apps Script can call, and nothing else: menus, triggers and dialog endpoints.
 * Each entry point is one line that delegates; build.mjs turns each export into a top-level function.
 */
import { buildMenu } from './menu';

/** Simple trigger: adds the Toko menu when the spreadsheet opens. */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}
