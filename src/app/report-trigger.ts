/**
 * Toko → Aktifkan laporan bulanan otomatis: exactly one monthly trigger (the 1st, 07.00 Asia/Jakarta) for the
 * report and one hourly trigger that retries mail waiting in Outbox (and builds a report the monthly
 * run missed), however often it is run: the old ones of this user are deleted first. Owner only, so
 * one person's triggers run the shop's report.
 */
import { financeActionTexts as T } from '../domain/finance-messages';
import { jakartaMonth, previousMonth } from '../domain/jakarta-time';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { ActionOutcome, runAction } from './action';
import { catchUpMonthlyReport, markScheduledReport } from './monthly-report';
import { Outbox, retryOutbox } from './outbox';
import { DASHBOARD_HANDLER, DASHBOARD_HOUR } from './dashboard';
import { joinTexts } from '../domain/i18n';
import { CONTENT_DIGEST_HANDLER } from './content-digest';
import { CONTACTS_REFRESH_HANDLER, CONTACTS_REFRESH_HOUR } from './contacts-trigger';
import { DIGEST_HANDLER, digestInstalledText, installDigestTrigger } from './daily-digest';
import { DEFAULT_DIGEST_TIME, DigestTime } from '../domain/settings';

/** The entry point the monthly trigger calls (exported by src/main.ts under this name). */
export const MONTHLY_REPORT_HANDLER = 'monthlyReportTrigger';
/** The entry point the hourly outbox-retry trigger calls (exported by src/main.ts under this name). */
export const OUTBOX_RETRY_HANDLER = 'outboxRetryTrigger';
/** The entry point of the hourly complaint SLA watch (app/complaint-sla-watch.ts), installed with the others. */
export const COMPLAINT_SLA_HANDLER = 'complaintSlaTrigger';
/** The menu caption and Log name of the action. */
export const INSTALL_REPORT_ACTION = 'Aktifkan laporan bulanan otomatis';
/** The zone of the monthly trigger's 07.00. */
export const REPORT_TIME_ZONE = 'Asia/Jakarta';

/** Marketing's weekly content digest: Monday 08.00 WIB (installed with the report's triggers, docs/marketing.md). */
const CONTENT_DIGEST_HOUR = 8;

/** Deletes this user's report, retry, complaint-SLA, dashboard, content-digest and evening-digest triggers, then creates one of each (the evening digest at `digestTime` WIB); returns how many old ones went. */
export function installReportTriggers(digestTime: DigestTime = { ...DEFAULT_DIGEST_TIME, unreadable: '' }): number {
  const old = ScriptApp.getProjectTriggers().filter((trigger) => {
    const handler = trigger.getHandlerFunction();
    return [MONTHLY_REPORT_HANDLER, OUTBOX_RETRY_HANDLER, COMPLAINT_SLA_HANDLER, DASHBOARD_HANDLER, CONTENT_DIGEST_HANDLER, DIGEST_HANDLER].includes(handler);
  });
  // Marketing's daily contact refresh (app/contacts-trigger.ts) is one of them too: its old one goes as well.
  old.push(...ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === CONTACTS_REFRESH_HANDLER));
  for (const trigger of old) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(MONTHLY_REPORT_HANDLER).timeBased().onMonthDay(1).atHour(7).nearMinute(0).inTimezone(REPORT_TIME_ZONE).create();
  ScriptApp.newTrigger(OUTBOX_RETRY_HANDLER).timeBased().everyHours(1).create();
  ScriptApp.newTrigger(COMPLAINT_SLA_HANDLER).timeBased().everyHours(1).create();
  // The dashboard and the owner's daily digest (app/dashboard.ts), with the others so it is never installed twice.
  ScriptApp.newTrigger(DASHBOARD_HANDLER).timeBased().everyDays(1).atHour(DASHBOARD_HOUR).nearMinute(0).inTimezone(REPORT_TIME_ZONE).create();
  ScriptApp.newTrigger(CONTACTS_REFRESH_HANDLER).timeBased().everyDays(1).atHour(CONTACTS_REFRESH_HOUR).nearMinute(0).inTimezone(REPORT_TIME_ZONE).create();
  ScriptApp.newTrigger(CONTENT_DIGEST_HANDLER).timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(CONTENT_DIGEST_HOUR).nearMinute(0).inTimezone(REPORT_TIME_ZONE).create();
  // The owner's evening digest at the hour in Pengaturan (app/daily-digest.ts, docs/management.md).
  installDigestTrigger(digestTime);
  return old.length;
}

/** Installs the triggers and says so. */
export function installMonthlyReport(digestTime?: DigestTime): ActionOutcome {
  const removed = installReportTriggers(digestTime);
  const dashboard = digestInstalledText(digestTime ?? { ...DEFAULT_DIGEST_TIME, unreadable: '' });
  return { message: joinTexts([T.triggerInstalled(removed), dashboard], ' '), alert: true };
}

/** Toko → Aktifkan laporan bulanan otomatis: the owner only (with no team listed, whoever runs the shop alone). */
export function installMonthlyReportFromMenu(): void {
  runAction({ name: INSTALL_REPORT_ACTION, divisions: [] }, (ctx) => {
    const outcome = installMonthlyReport(ctx.settings.digestTime);
    markScheduledReport(previousMonth(jakartaMonth(ctx.now)));
    ctx.log({ action: INSTALL_REPORT_ACTION, details: T.triggerInstalled(0)[ctx.lang] });
    return outcome;
  });
}

/**
 * The hourly trigger, under the document lock: sends mail waiting in Outbox, then builds last month's
 * report if the monthly run missed it (see catchUpMonthlyReport). Errors show in Executions.
 */
export function retryOutboxOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    const now = nowMs();
    retryOutbox(ss, now);
    const outbox = new Outbox(ss, now);
    if (catchUpMonthlyReport(ss, now, outbox)) outbox.deliver();
  });
}
