/**
 * The monthly finance summary as a use case: read the two warehouse order sheets, the ledger and the
 * stock once each, compute purely, write `Laporan yyyy-MM` (the same sheet rebuilt when rerun, never a
 * second one) and e-mail the owner and finance through the transactional outbox — the mail is in the
 * Outbox before the sheet is stamped done, so when the mail quota is spent, or the run dies, the mail
 * waits in Outbox for the retry trigger. Two ways in: the menu (asks the month) and
 * the monthly trigger (last month, no UI, no user; its errors are left to show in Executions).
 */
import { UserError } from '../domain/i18n';
import { jakartaInstant, jakartaMonth, monthBounds, previousMonth } from '../domain/jakarta-time';
import { financeActionTexts as T } from '../domain/finance-messages';
import { checkLedgerRows } from '../domain/ledger';
import {
  buildMonthlyReport,
  CLOSING_KEYS,
  closedBefore,
  mergeOrderSheets,
  MonthlyReport,
  parseReportMonth,
  REPORT_ORDER_KEYS,
  REPORT_STOCK_KEYS,
  reportOrderFromRecord,
  reportStockItemFromRecord,
} from '../domain/monthly-report';
import { Cell } from '../domain/cell';
import { parseItems } from '../domain/items';
import { renderReportMail, renderReportSheet, REPORT_BUILT_AT_CELL, ReportSheetLayout } from '../domain/report-render';
import { reportMailId } from '../domain/report-mail-id';
import { reportSheetWritten } from '../domain/mail-messages';
import { Settings } from '../domain/settings';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { DONE_SHEET, OrderColumnKey, reportSheetName, SHIPPING_SHEET, STOCK_SHEET, DIVISION_COLORS } from '../sheets/schema';
import { readColumns, readLayout, readRows } from '../sheets/columns';
import { isDate, TableRow } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';
import { Outbox } from './outbox';
import { readSettings } from './settings';
import { writeLayoutSheet } from '../sheets/layout-sheet';
import { readPromoBudgets } from './promo-uses';
import { buildBooksSection } from '../domain/books-section';
import { isPayoutEntry, marketplaceReceivables } from '../domain/marketplace-report';
import { readLedgerRows, readPayoutOrders, readPurchasesForPosition } from './books-read';
import { withAdsAndTargets } from './report-ads-targets';

/** The menu caption and Log name of the action. */
export const MONTHLY_REPORT_ACTION = 'Buat laporan bulanan sekarang';

/**
 * The order sheets the report reads, the later stage first. A sale is an order approved (transfer,
 * e-wallet) or delivered (COD), and Approve order moves an order from Keuangan · Approval to Gudang ·
 * Pengiriman, Tandai diterima and Batalkan pesanan move it on to Gudang · Selesai; nothing moves an
 * order back. So CS · Pesanan and Keuangan · Approval hold no sale (and no shipped COD order): a
 * rejected order goes back to CS from Approval, before it was ever approved.
 */
export const REPORT_ORDER_SHEETS = [DONE_SHEET, SHIPPING_SHEET];

const itemsOf = (text: string) => {
  const parsed = parseItems(text);
  return parsed.ok ? parsed.items : [];
};

/**
 * The rows of `Gudang · Selesai` the report needs, with only the columns it needs: the header row, then
 * the closing moments of every row, then the other columns from the first row that can matter to the
 * three months on. Selesai grows by an order as each one closes, so its rows stand in closing order and
 * the rows closed before the three months began (which hold nothing the report counts, see
 * closedBefore) lead the sheet: on a sheet of several years only the last months' rows are read whole.
 * A sheet in another order is read whole from its first such row on: never wrong, only dearer.
 */
export function readClosedOrders(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, windowStart: number): Array<TableRow<OrderColumnKey>> {
  const layout = readLayout(ss, DONE_SHEET, REPORT_ORDER_KEYS);
  const read = readRows(layout, CLOSING_KEYS, 2);
  const closing = new Map(read.rows.map((row) => [row.rowNumber, row.record]));
  let first = 2;
  while (closing.has(first) && closedBefore(closing.get(first) as Record<string, unknown>, windowStart)) first++;
  const rest = REPORT_ORDER_KEYS.filter((key) => !CLOSING_KEYS.includes(key));
  const byRow = new Map<number, Record<OrderColumnKey, Cell>>();
  for (const row of readRows(layout, rest, first, read.lastRow).rows) byRow.set(row.rowNumber, row.record as Record<OrderColumnKey, Cell>);
  for (const [rowNumber, record] of closing) {
    if (rowNumber < first) continue;
    const target = byRow.get(rowNumber);
    if (target) Object.assign(target, record);
    else byRow.set(rowNumber, { ...record } as Record<OrderColumnKey, Cell>);
  }
  return [...byRow].sort(([a], [b]) => a - b).map(([rowNumber, record]) => ({ rowNumber, record }));
}

/**
 * Reads what the report needs — the two warehouse order sheets, the ledger, the stock — each once and
 * only in the columns the report uses (Selesai: only the rows that can matter, see readClosedOrders;
 * Pengiriman holds the orders on their way, a few hundred rows, so its needed columns are one block;
 * the ledger is checked whole, as its problems are listed), and computes the report.
 */
export function loadMonthlyReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, month: string, now: number): MonthlyReport {
  const windowStart = monthBounds(previousMonth(month, 2)).start;
  const orders = mergeOrderSheets([
    readClosedOrders(ss, windowStart).map((row) => reportOrderFromRecord(row.record)),
    readColumns(ss, SHIPPING_SHEET, REPORT_ORDER_KEYS, Infinity).map((row) => reportOrderFromRecord(row.record)),
  ]);
  const ledgerRows = readLedgerRows(ss);
  const ledger = checkLedgerRows(ledgerRows, settings.ledgerCategories, settings.cashAccounts);
  const stock = readColumns(ss, STOCK_SHEET, REPORT_STOCK_KEYS).map((row) => reportStockItemFromRecord(row.record));
  const report = buildMonthlyReport({
    month,
    now,
    orders,
    ledger: ledger.entries,
    ledgerProblems: ledger.problems,
    stock,
    categories: settings.ledgerCategories,
    parseItems: itemsOf,
    // Marketing · Promo is read only when an order of the window carries a promo code.
    promos: orders.some((order) => order.promoCode) ? readPromoBudgets(ss) : [],
    marketplaces: settings.marketplaces,
    shippingMarginBp: settings.shippingMarginBp,
    // Keuangan · Pencairan is read only when the cash book holds a marketplace payout.
    payoutOrders: ledger.entries.some(isPayoutEntry) ? readPayoutOrders(ss) : undefined,
  });
  const books = buildBooksSection({
    month,
    orders,
    ledger: ledger.entries,
    stock,
    parseItems: itemsOf,
    cashAccounts: settings.cashAccounts,
    purchases: readPurchasesForPosition(ss),
    tax: settings.tax,
    // The marketplace section's receivable joins the position's receivables (what the shop is owed).
    otherReceivables: marketplaceReceivables(report.marketplace),
  });
  // Ads per channel (from the rows just read) and the month's targets (docs/marketing.md, docs/management.md).
  return withAdsAndTargets(ss, { ...report, books }, ledger.entries, ledgerRows);
}

/**
 * Writes the report into the sheet `name` (see writeLayoutSheet: rebuilt in place, the values last, with
 * the built-at stamp that tells the hourly catch-up this report is complete): the label column at its
 * width, the months' columns at theirs, and the summary chart with one series per month row.
 */
export function writeReportSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, layout: ReportSheetLayout): GoogleAppsScript.Spreadsheet.Sheet {
  const setWidths = (sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: number) => {
    sheet.setColumnWidth(1, layout.columnWidths[0]);
    sheet.setColumnWidths(2, columns - 1, layout.columnWidths[1]);
  };
  return writeLayoutSheet(ss, name, DIVISION_COLORS.Keuangan, layout, setWidths, { transpose: true });
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

/**
 * Builds the report of `month`, writes its e-mail to the Outbox (`outbox.persist`), then writes the sheet;
 * returns the sheet name and recipients. The mail goes to the Outbox first because the sheet's built-at
 * stamp (written last, see writeReportSheet) is what marks the month done for the hourly catch-up: done
 * means mailed or queued. Its ID comes from the report's content (reportMailId), so a rerun after a
 * failure writes no second mail while a changed report is mailed again. The e-mail names the sheet and
 * links the spreadsheet (one getUrl call, spent only when there is someone to mail), so a reader on a
 * phone opens it with one tap.
 */
export function produceMonthlyReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  month: string,
  now: number,
  outbox: Outbox,
): { sheetName: string; recipients: string[] } {
  const report = loadMonthlyReport(ss, settings, month, now);
  const sheetName = reportSheetName(month);
  const recipients = reportRecipients(ss, settings);
  if (recipients.length > 0) {
    const mail = renderReportMail(report, settings.language, settings.shopName, sheetName, ss.getUrl());
    outbox.persist([{ id: reportMailId(report, settings.language, settings.shopName, sheetName), to: recipients, ...mail, reference: sheetName }]);
  }
  writeReportSheet(ss, sheetName, renderReportSheet(report, settings.language, settings.shopName));
  return { sheetName, recipients };
}

/** The report for the month the user names (blank: last month); the message says where it went. */
export function monthlyReportNow(ctx: ActionContext): ActionOutcome {
  const lastMonth = previousMonth(jakartaMonth(ctx.now));
  const answer = ctx.ask(T.reportTitle, T.askMonthPrompt(lastMonth));
  if (answer === null) return { message: T.cancelled };
  const month = answer === '' ? lastMonth : parseReportMonth(answer);
  if (month === null) throw new UserError(T.badMonth(answer));
  const { sheetName, recipients } = produceMonthlyReport(ctx.ss, ctx.settings, month, ctx.now, ctx.outbox);
  ctx.log({ action: MONTHLY_REPORT_ACTION, details: `${sheetName} → ${recipients.join(', ') || '-'}` });
  // With recipients, whether the mail went out is said by the action's mail note, from what MailApp did.
  return { message: recipients.length ? reportSheetWritten(sheetName) : T.reportWritten(sheetName, recipients) };
}

/** Toko → Buat laporan bulanan sekarang, for Keuangan and Manajemen. */
export function monthlyReportFromMenu(): void {
  runAction({ name: MONTHLY_REPORT_ACTION, divisions: ['Keuangan', 'Manajemen'], sendsMail: true }, monthlyReportNow);
}

/**
 * Document property holding the last month the schedule is known to have reported (`yyyy-MM`). Written
 * when the schedule is installed and by the hourly trigger, never by the monthly run: that run's proof
 * is the report sheet itself (see reportBuiltAt), which costs it no call.
 */
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
    outbox.deliver();
  });
}

/** How long after 07.00 on the 1st the hourly trigger waits before it builds a report the monthly trigger missed. */
export const CATCH_UP_AFTER_MS = 2 * 60 * 60 * 1000;

/** When the sheet `Laporan <month>` was built (its built-at cell), or null when there is no such sheet or no date there. */
export function reportBuiltAt(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, month: string): number | null {
  const sheet = ss.getSheetByName(reportSheetName(month));
  if (!sheet) return null;
  const value: unknown = sheet.getRange(REPORT_BUILT_AT_CELL.row, REPORT_BUILT_AT_CELL.column).getValue();
  const time = isDate(value) ? value.getTime() : NaN;
  return Number.isFinite(time) ? time : null;
}

/**
 * Called by the hourly trigger under the lock, two hours after 07.00 on the 1st and later: when the
 * schedule has not yet been seen to report last month (the property names an older month), looks at
 * `Laporan <last month>`. Stamped as built after that month ended, it is the monthly run's complete
 * work, its mail sent or queued in Outbox (the stamp is the last write, after the mail was queued):
 * recorded, nothing more. Missing, unstamped (a run that failed half-way) or only a preview built before
 * the month was over: it builds the report now and queues its mail — a mail the failed run already
 * queued has the same ID and is not written twice. Returns whether it did. Does nothing before the schedule
 * was installed.
 */
export function catchUpMonthlyReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number, outbox: Outbox): boolean {
  const due = previousMonth(jakartaMonth(now));
  const [year, month] = jakartaMonth(now).split('-').map(Number);
  if (now < jakartaInstant(year, month, 1, 7) + CATCH_UP_AFTER_MS) return false;
  const last = PropertiesService.getDocumentProperties().getProperty(LAST_SCHEDULED_REPORT_KEY);
  if (!last || last >= due) return false;
  const builtAt = reportBuiltAt(ss, due);
  if (builtAt !== null && builtAt >= monthBounds(due).end) {
    markScheduledReport(due);
    return false;
  }
  produceMonthlyReport(ss, readSettings(ss), due, now, outbox);
  markScheduledReport(due);
  return true;
}
