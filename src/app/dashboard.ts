/**
 * `Manajemen · Dashboard` as a use case: read each sheet it needs once — the working order sheets and
 * the stock in their needed columns, Rencana, complaints when their sheet exists, and of the history
 * sheets (Gudang · Selesai, Keuangan · Kas, Log) only the recent rows (sheets/recent-rows.ts) — compute
 * purely (domain/dashboard.ts), and rebuild the sheet in place. Three ways in: Toko → Perbarui dashboard,
 * the morning trigger (06.00 WIB), and the owner's evening digest (app/daily-digest.ts), which rebuilds it
 * with the figures it mails.
 */
import { Cell } from '../domain/cell';
import { attentionOf, buildDashboard, ComplaintCounts, Dashboard, DashboardOrder, dashboardWindowStart, dayStart, DAY_MS, MarketingCounts, PEOPLE_DAYS } from '../domain/dashboard';
import { DashboardLayout, renderDashboardSheet } from '../domain/dashboard-render';
import { Text, UserError } from '../domain/i18n';
import { parseItems } from '../domain/items';
import { checkLedgerRows, parseLedgerDate } from '../domain/ledger';
import { parsePlanSheet, PlanSheet } from '../domain/management-plan';
import { formatRupiah } from '../domain/money';
import { closedBefore, REPORT_ORDER_KEYS, REPORT_STOCK_KEYS, reportOrderFromRecord, reportStockItemFromRecord } from '../domain/monthly-report';
import { Settings } from '../domain/settings';
import { cellText } from '../domain/cell';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { readColumns, readLayout, readRows } from '../sheets/columns';
import { readRecentRows } from '../sheets/recent-rows';
import {
  APPROVAL_SHEET, CONTENT_SHEET, DASHBOARD_SHEET_NAME, DIVISION_COLORS, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, OrderColumnKey, PLAN_SHEET, PROMO_SHEET, SheetSpec, SHIPPING_SHEET, STOCK_SHEET,
} from '../sheets/schema';
import { ActionContext, ActionOutcome, runAction } from './action';
import { readSettings } from './settings';
import { writeLayoutSheet } from '../sheets/layout-sheet';

/** The menu caption and Log name of the action. */
export const DASHBOARD_ACTION = 'Perbarui dashboard';
/** The entry point of the daily trigger (exported by src/main.ts under this name). */
export const DASHBOARD_HANDLER = 'dashboardTrigger';
/** The hour (WIB) of the daily trigger. */
export const DASHBOARD_HOUR = 6;
/** Days before the window a hand-typed cash-book row may be dated and still not end the walk up the book. */
const LEDGER_SLACK_DAYS = 7;

/** The order columns the dashboard reads from the working sheets. */
const WORKING_KEYS: readonly OrderColumnKey[] = [...REPORT_ORDER_KEYS, 'confirmedAt', 'packedAt', 'customerName', 'phone', 'courier', 'trackingNumber', 'trackingLink'];
/** The order columns the dashboard reads from the recent rows of Gudang · Selesai (figures only). */
const CLOSED_KEYS: readonly OrderColumnKey[] = ['orderId', 'orderDate', 'items', 'paymentMethod', 'paymentStatus', 'shippingCost', 'discount', 'subtotal', 'total', 'costOfGoods', 'fulfilment', 'approvedAt', 'shippedAt', 'deliveredAt', 'cancelledAt'];
/** The complaints sheet, read by header text only when it exists (its full schema belongs to the complaints feature). */
const COMPLAINTS: SheetSpec = {
  name: 'CS · Komplain', division: 'CS', tabColor: DIVISION_COLORS.CS,
  columns: [{ key: 'status', header: 'Status', format: 'text' }, { key: 'sla', header: 'SLA', format: 'text' }],
};
const CLOSED_COMPLAINT = ['sudah ditangani', 'selesai', 'ditutup', 'solved', 'closed'];

const moment = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** An order row read into what the dashboard needs. */
export function dashboardOrderFromRecord(record: Readonly<Record<string, unknown>>): DashboardOrder {
  return {
    ...reportOrderFromRecord(record),
    confirmedAt: moment(record.confirmedAt),
    packedAt: moment(record.packedAt),
    customerName: cellText(record.customerName),
    phone: cellText(record.phone),
    courier: cellText(record.courier),
    trackingNumber: cellText(record.trackingNumber),
    trackingLink: cellText(record.trackingLink),
  };
}

/** Complaints open and past SLA, or null while `CS · Komplain` does not exist. */
function readComplaints(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ComplaintCounts | null {
  const sheet = ss.getSheetByName(COMPLAINTS.name);
  if (!sheet) return null;
  const read = (keys: readonly string[]) => readRows(readLayout(ss, COMPLAINTS, keys, sheet), keys, 2).rows;
  let rows: ReturnType<typeof read>;
  try {
    rows = read(['status', 'sla']);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    try {
      rows = read(['status']);
    } catch (again) {
      if (again instanceof UserError) return null; // no Status column: nothing the dashboard can count
      throw again;
    }
  }
  const open = rows.filter((r) => cellText(r.record.status) !== '' && !CLOSED_COMPLAINT.includes(cellText(r.record.status).toLowerCase()));
  return { open: open.length, pastSla: open.filter((r) => cellText((r.record as Record<string, Cell>).sla) !== '').length };
}

/**
 * Promos live now and content due this week or late, or null while neither marketing sheet exists. Both
 * are small planning sheets: their few needed columns are read whole.
 */
function readMarketing(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number, todayStart: number): MarketingCounts | null {
  const promoSheet = ss.getSheetByName(PROMO_SHEET.name);
  const contentSheet = ss.getSheetByName(CONTENT_SHEET.name);
  if (!promoSheet && !contentSheet) return null;
  const when = (value: Cell): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const columns = (spec: SheetSpec, keys: readonly string[], sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    try {
      return readColumns(ss, spec, keys, undefined, sheet).map((row) => row.record as Record<string, Cell>);
    } catch (e) {
      if (e instanceof UserError) return [];
      throw e;
    }
  };
  const promos = promoSheet ? columns(PROMO_SHEET, ['code', 'status', 'start', 'end'], promoSheet) : [];
  const activePromos = promos.filter((p) => {
    const start = when(p.start);
    const end = when(p.end);
    return cellText(p.code) !== '' && ['', 'aktif'].includes(cellText(p.status).toLowerCase()) && (start === null || start <= now) && (end === null || end >= now);
  }).length;
  const content = contentSheet ? columns(CONTENT_SHEET, ['date', 'status'], contentSheet).filter((c) => cellText(c.status).toLowerCase() !== 'tayang') : [];
  const dated = content.map((c) => when(c.date)).filter((d): d is number => d !== null);
  return {
    activePromos,
    contentDueThisWeek: dated.filter((d) => d >= todayStart && d < todayStart + 7 * DAY_MS).length,
    contentLate: dated.filter((d) => d < todayStart).length,
  };
}

/** Rencana, or null when the sheet is missing. */
function readPlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PlanSheet | null {
  try {
    return parsePlanSheet(readColumns(ss, PLAN_SHEET, PLAN_SHEET.columns.map((c) => c.key)));
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

/** Rencana, or null when the sheet is missing (for the dashboard's plans and targets). */
export { readPlan };

/** Reads what the dashboard needs (see the file comment) and computes it. */
export function loadDashboard(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, now: number): Dashboard {
  const windowStart = dashboardWindowStart(now);
  const orders = (spec: SheetSpec) => readColumns(ss, spec, WORKING_KEYS).map((row) => dashboardOrderFromRecord(row.record));
  const closed = readRecentRows(ss, DONE_SHEET, CLOSED_KEYS, (record) => closedBefore(record, windowStart)).map((row) => dashboardOrderFromRecord(row.record));
  const ledgerFrom = windowStart - LEDGER_SLACK_DAYS * DAY_MS;
  const ledgerRows = readRecentRows(ss, LEDGER_SHEET, LEDGER_SHEET.columns.filter((c) => !c.optional).map((c) => c.key), (record) => {
    const date = parseLedgerDate(record.date);
    return date !== null && date < ledgerFrom;
  });
  const logFrom = now - PEOPLE_DAYS * DAY_MS;
  const log = readRecentRows(ss, LOG_SHEET, ['at', 'user', 'action'], (record) => typeof record.at === 'number' && record.at < logFrom)
    .map((row) => ({ at: moment(row.record.at), user: cellText(row.record.user), action: cellText(row.record.action) }));
  return buildDashboard({
    now,
    shopName: settings.shopName,
    stuckShipmentDays: settings.stuckShipmentDays,
    team: settings.team,
    intake: orders(ORDERS_SHEET),
    approval: orders(APPROVAL_SHEET),
    shipping: orders(SHIPPING_SHEET),
    closed,
    ledger: checkLedgerRows(ledgerRows, settings.ledgerCategories).entries,
    stock: readColumns(ss, STOCK_SHEET, REPORT_STOCK_KEYS).map((row) => reportStockItemFromRecord(row.record)),
    log,
    plan: readPlan(ss),
    complaints: readComplaints(ss),
    marketing: readMarketing(ss, now, dayStart(now)),
    parseItems: (text) => {
      const parsed = parseItems(text);
      return parsed.ok ? parsed.items : [];
    },
  });
}

/**
 * Rebuilds `Manajemen · Dashboard` in place (see writeLayoutSheet: made once when missing, the values last
 * with the built-at stamp among them): each column at its own width, the orders-per-day chart without a legend.
 */
export function writeDashboardSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, layout: DashboardLayout): GoogleAppsScript.Spreadsheet.Sheet {
  const setWidths = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => layout.columnWidths.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  return writeLayoutSheet(ss, DASHBOARD_SHEET_NAME, DIVISION_COLORS.Manajemen, layout, setWidths, { noLegend: true });
}

/** The dashboard's headline for the person who rebuilt it. */
export function dashboardHeadline(d: Dashboard): Text {
  const attention = attentionOf(d).length;
  return {
    id: `${DASHBOARD_SHEET_NAME} diperbarui. Hari ini ${d.today.ordersIn} pesanan masuk, omzet ${formatRupiah(d.today.revenue)}; bulan ini omzet ${formatRupiah(d.monthToDate.revenue)}. ${attention ? `${attention} hal perlu perhatian.` : 'Tidak ada yang mendesak.'}`,
    en: `${DASHBOARD_SHEET_NAME} rebuilt. Today ${d.today.ordersIn} orders in, revenue ${formatRupiah(d.today.revenue)}; this month revenue ${formatRupiah(d.monthToDate.revenue)}. ${attention ? `${attention} thing(s) need attention.` : 'Nothing urgent.'}`,
  };
}

/** Toko → Perbarui dashboard: rebuilds the sheet; no mail (the digest is the daily trigger's). */
export function refreshDashboard(ctx: ActionContext): ActionOutcome {
  const dashboard = loadDashboard(ctx.ss, ctx.settings, ctx.now);
  writeDashboardSheet(ctx.ss, renderDashboardSheet(dashboard, ctx.lang));
  ctx.log({ action: DASHBOARD_ACTION, details: `${attentionOf(dashboard).length} perlu perhatian` });
  return { message: dashboardHeadline(dashboard) };
}

/** Toko → Perbarui dashboard, for Manajemen (and the owner). */
export function refreshDashboardFromMenu(): void {
  runAction({ name: DASHBOARD_ACTION, divisions: ['Manajemen'] }, refreshDashboard);
}

/** The morning trigger (06.00 WIB), under the document lock: rebuilds the dashboard for the team's day; no mail (the digest is the evening's). */
export function dashboardOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    const settings = readSettings(ss);
    writeDashboardSheet(ss, renderDashboardSheet(loadDashboard(ss, settings, nowMs()), settings.language));
  });
}
