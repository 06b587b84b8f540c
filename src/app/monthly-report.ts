/**
 * The monthly finance summary as a use case: read every order sheet, the ledger and the stock once,
 * compute purely, write `Laporan yyyy-MM` (the same sheet rebuilt when rerun, never a second one), then
 * e-mail the owner and finance through the outbox — so when the mail quota is spent the sheet is still
 * written and the mail waits in Outbox for the retry trigger. Two ways in: the menu (asks the month) and
 * the monthly trigger (last month, no UI, no user; its errors are left to show in Executions).
 */
import { UserError } from '../domain/i18n';
import { jakartaInstant, jakartaMonth, previousMonth } from '../domain/jakarta-time';
import { financeActionTexts as T } from '../domain/finance-messages';
import { checkLedgerRows } from '../domain/ledger';
import { buildMonthlyReport, MonthlyReport, parseReportMonth, ReportOrder, reportOrderFromRecord, reportStockItemFromRecord } from '../domain/monthly-report';
import { parseItems } from '../domain/items';
import { renderReportMail, renderReportSheet, ReportSheetLayout } from '../domain/report-render';
import { Settings } from '../domain/settings';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, ORDERS_SHEET, reportSheetName, SHIPPING_SHEET, STOCK_SHEET, DIVISION_COLORS } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';
import { Outbox } from './outbox';
import { readSettings } from './settings';
import { askText } from './ui-prompt';

/** The menu caption and Log name of the action. */
export const MONTHLY_REPORT_ACTION = 'Laporan bulanan';

/** Order sheets from the furthest along to the first: an order found twice (a move cut short) counts once, where it got to. */
const ORDER_SHEETS_LATEST_FIRST = [DONE_SHEET, SHIPPING_SHEET, APPROVAL_SHEET, ORDERS_SHEET];

const itemsOf = (text: string) => {
  const parsed = parseItems(text);
  return parsed.ok ? parsed.items : [];
};

/** Reads each sheet the report needs once (four order sheets, the ledger, the stock) and computes the report. */
export function loadMonthlyReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, month: string, now: number): MonthlyReport {
  const orders: ReportOrder[] = [];
  const seen = new Set<string>();
  for (const spec of ORDER_SHEETS_LATEST_FIRST) {
    for (const row of Table.read(ss, spec, settings.language).rows) {
      const order = reportOrderFromRecord(row.record);
      if (order.orderId !== '') {
        if (seen.has(order.orderId)) continue;
        seen.add(order.orderId);
      }
      orders.push(order);
    }
  }
  const ledger = checkLedgerRows(Table.read(ss, LEDGER_SHEET, settings.language).rows, settings.ledgerCategories);
  const stock = Table.read(ss, STOCK_SHEET, settings.language).rows.map((row) => reportStockItemFromRecord(row.record));
  return buildMonthlyReport({
    month,
    now,
    orders,
    ledger: ledger.entries,
    ledgerProblems: ledger.problems,
    stock,
    categories: settings.ledgerCategories,
    parseItems: itemsOf,
  });
}

/**
 * Writes the layout into the sheet `name`: the existing one is cleared (charts too) and refilled, so a
 * rerun never makes a second sheet; values, formats, weights and backgrounds go in one block each.
 */
export function writeReportSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, layout: ReportSheetLayout): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = ss.getSheetByName(name);
  if (sheet) {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  } else {
    sheet = ss.insertSheet(name);
    sheet.setTabColor(DIVISION_COLORS.Keuangan);
  }
  const rows = layout.values.length;
  const columns = layout.values[0].length;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(layout.numberFormats);
  range.setValues(layout.values);
  range.setFontWeights(layout.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setBackgrounds(layout.backgrounds);
  sheet.setColumnWidth(1, layout.columnWidths[0]);
  sheet.setColumnWidths(2, columns - 1, layout.columnWidths[1]);
  const { chart } = layout;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(chart.row, chart.column, chart.numRows, chart.numColumns))
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .setOption('title', chart.title)
      .setPosition(layout.chartAnchor.row, layout.chartAnchor.column, 0, 0)
      .build(),
  );
  return sheet;
}

/** Who gets the report: the owner (Pengaturan, else the spreadsheet's owner) and finance, each once. */
export function reportRecipients(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): string[] {
  let owner = settings.ownerEmail;
  if (!owner) {
    const person = ss.getOwner();
    owner = person ? person.getEmail().toLowerCase() : '';
  }
  return [...new Set([owner, ...settings.financeEmails].filter((e) => e !== ''))];
}

/** Builds and writes the report of `month` and queues its e-mail in `outbox`; returns the sheet name and recipients. */
export function produceMonthlyReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  month: string,
  now: number,
  outbox: Outbox,
): { sheetName: string; recipients: string[] } {
  const report = loadMonthlyReport(ss, settings, month, now);
  const sheetName = reportSheetName(month);
  writeReportSheet(ss, sheetName, renderReportSheet(report, settings.language, settings.shopName));
  const recipients = reportRecipients(ss, settings);
  if (recipients.length > 0) {
    const mail = renderReportMail(report, settings.language, settings.shopName, sheetName, ss.getUrl());
    outbox.enqueue({ id: `laporan-${month}-${now}`, to: recipients, ...mail, reference: sheetName });
  }
  return { sheetName, recipients };
}

/** The report for the month the user names (blank: last month); the message says where it went. */
export function monthlyReportNow(ctx: ActionContext): ActionOutcome {
  const lastMonth = previousMonth(jakartaMonth(ctx.now));
  const answer = askText(ctx, T.reportTitle, T.askMonthPrompt(lastMonth));
  if (answer === null) return { message: T.cancelled };
  const month = answer === '' ? lastMonth : parseReportMonth(answer);
  if (month === null) throw new UserError(T.badMonth(answer));
  const { sheetName, recipients } = produceMonthlyReport(ctx.ss, ctx.settings, month, ctx.now, ctx.outbox);
  ctx.log({ action: MONTHLY_REPORT_ACTION, details: `${sheetName} → ${recipients.join(', ') || '-'}` });
  return { message: T.reportWritten(sheetName, recipients) };
}

/** Toko → Laporan bulanan sekarang, for Keuangan and Manajemen. */
export function monthlyReportFromMenu(): void {
  runAction({ name: MONTHLY_REPORT_ACTION, divisions: ['Keuangan', 'Manajemen'] }, monthlyReportNow);
}

/** Document property holding the last month the schedule has reported (`yyyy-MM`). */
export const LAST_SCHEDULED_REPORT_KEY = 'toko.lastScheduledReport';

/** Records that the schedule has reported `month` (installing the trigger records last month: nothing to catch up). */
export function markScheduledReport(month: string): void {
  PropertiesService.getDocumentProperties().setProperty(LAST_SCHEDULED_REPORT_KEY, month);
}

/**
 * The time-driven trigger (the 1st, 07.00 WIB): last month's report, with no UI and no active user.
 * Nothing is caught: a failure shows in Executions and in Google's failure e-mail to the owner. It
 * writes no Log line (Executions records each run; a Log append would cost nine more service calls).
 */
export function monthlyReportOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    const settings = readSettings(ss);
    const now = nowMs();
    const month = previousMonth(jakartaMonth(now));
    const outbox = new Outbox(ss, now);
    produceMonthlyReport(ss, settings, month, now, outbox);
    markScheduledReport(month);
    outbox.deliver();
  });
}

/** How long after 07.00 on the 1st the hourly trigger waits before it builds a report the monthly trigger missed. */
export const CATCH_UP_AFTER_MS = 2 * 60 * 60 * 1000;

/**
 * Called by the hourly trigger under the lock: when the monthly run of last month failed or never came
 * (the property still names an older month, two hours after 07.00 on the 1st), builds and mails it now.
 * Returns whether it did. Does nothing before the schedule was installed.
 */
export function catchUpMonthlyReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number, outbox: Outbox): boolean {
  const due = previousMonth(jakartaMonth(now));
  const last = PropertiesService.getDocumentProperties().getProperty(LAST_SCHEDULED_REPORT_KEY);
  if (!last || last >= due) return false;
  const [year, month] = jakartaMonth(now).split('-').map(Number);
  if (now < jakartaInstant(year, month, 1, 7) + CATCH_UP_AFTER_MS) return false;
  produceMonthlyReport(ss, readSettings(ss), due, now, outbox);
  markScheduledReport(due);
  return true;
}
