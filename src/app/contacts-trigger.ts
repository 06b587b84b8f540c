/**
 * The daily contact refresh: a time-driven trigger (05.00 WIB, before the dashboard's 06.00), installed with
 * the report triggers by Toko → Aktifkan laporan bulanan otomatis (src/app/report-trigger.ts), runs the same
 * refresh as Toko → Perbarui kontak under the document lock: new deliveries counted, every segment brought
 * to today. A shop without Marketing · Kontak (Setup not rerun since the update) is left alone; what the
 * refresh did, or why it could not, goes to the Log. Errors other than a shop's own show in Executions.
 */
import { UserError } from '../domain/i18n';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { CONTACTS_SHEET } from '../sheets/schema';
import { appendLog } from './audit-log';
import { refreshContactsAt } from './refresh-contacts';
import { readSettings } from './settings';

/** The entry point the daily trigger calls (exported by src/main.ts under this name). */
export const CONTACTS_REFRESH_HANDLER = 'contactsRefreshTrigger';
/** The hour (WIB) of the daily refresh. */
export const CONTACTS_REFRESH_HOUR = 5;
/** The Log's name of the scheduled run. */
export const CONTACTS_REFRESH_SCHEDULED = 'Perbarui kontak (otomatis)';

/** One scheduled refresh (see the file comment). */
export function refreshContactsOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    if (!ss.getSheetByName(CONTACTS_SHEET.name)) return;
    const now = nowMs();
    let details: string;
    try {
      details = refreshContactsAt(ss, readSettings(ss), now).details;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      details = e.text.id;
    }
    appendLog(ss, now, '', [{ action: CONTACTS_REFRESH_SCHEDULED, details }]);
  });
}
