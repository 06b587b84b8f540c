/** Who is running the script, as Apps Script reveals it. */

/** The active user's e-mail, lower-cased; '' where Apps Script does not reveal it (triggers, some consumer cases). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim().toLowerCase();
  } catch (e) {
    return '';
  }
}

/** The spreadsheet owner's e-mail, lower-cased (the shop's owner, not whoever ran the first Setup); '' where Apps Script does not say. */
export function spreadsheetOwnerEmail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    const owner = ss.getOwner();
    return owner ? owner.getEmail().trim().toLowerCase() : '';
  } catch (e) {
    return '';
  }
}
