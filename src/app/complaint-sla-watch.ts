/**
 * The SLA watch (hourly trigger `complaintSlaTrigger`, installed with the report triggers): under the
 * document lock, finds the open complaints (one TextFinder on Status: never the sheet's history), marks
 * those newly past their due time, and mails CS and the owner one digest through the Outbox — written
 * before the marks, with a key made of the day and the complaints it reports, so a retry never sends two.
 */
import { COMPLAINT_ACTIONS } from '../domain/complaint-messages';
import { ComplaintRow } from '../domain/complaint-record';
import { planSlaWatch } from '../domain/complaint-sla';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { spreadsheetOwnerEmail } from '../gas/session';
import { COMPLAINTS_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { appendLog } from './audit-log';
import { Outbox } from './outbox';
import { readSettings } from './settings';

/** The Log name of the watch. */
export const SLA_WATCH_ACTION = 'Pantau SLA komplain';

/** One run of the watch (see the file comment). Errors show in Executions. */
export function watchComplaintSlaOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    const now = nowMs();
    const sheet = ss.getSheetByName(COMPLAINTS_SHEET.name);
    if (!sheet) return;
    const settings = readSettings(ss);
    const table = Table.open(ss, COMPLAINTS_SHEET, sheet);
    const open = table.findRows('status', ['Baru', 'Diteruskan']) as ComplaintRow[];
    if (open.length === 0) return;
    const owner = settings.ownerEmail || spreadsheetOwnerEmail(ss);
    const to = [...new Set([...settings.team.filter((m) => m.division === 'CS').map((m) => m.email), ...(owner ? [owner] : [])])];
    const plan = planSlaWatch(open, { now, to, shopName: settings.shopName, lang: settings.language });
    if (plan.marks.length === 0) return;
    const outbox = new Outbox(ss, now);
    if (plan.mail) outbox.persist([plan.mail]);
    for (const mark of plan.marks) table.update(mark.rowNumber, mark.changes);
    table.commit();
    if (plan.mail) outbox.deliver();
    appendLog(ss, now, '', [{ action: SLA_WATCH_ACTION, details: `${plan.marks.length} komplain lewat SLA${plan.mail ? `; ringkasan ke ${to.join(', ')}` : ''} (${COMPLAINT_ACTIONS.forward} / ${COMPLAINT_ACTIONS.solve})` }]);
  });
}
