/** The spreadsheet UI, where there is one (menus and dialogs have it; triggers do not). */

/** The UI, or null in a context without one (time triggers, the editor). */
export function uiOrNull(): GoogleAppsScript.Base.Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch (e) {
    return null;
  }
}
