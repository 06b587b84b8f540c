/** Who is running the script, as Apps Script reveals it. */

/** The active user's e-mail, lower-cased; '' where Apps Script does not reveal it (triggers, some consumer cases). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim().toLowerCase();
  } catch (e) {
    return '';
  }
}
