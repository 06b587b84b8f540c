/**
 * What the monthly report adds from marketing's and management's sheets: ads per channel (from the
 * cash-book rows the report has already read, so no call more) and the report month's targets from
 * `Manajemen · Rencana` (its target columns, read once: a small sheet, so the cost stays flat).
 */
import { buildAdReport } from '../domain/ad-report';
import { Cell } from '../domain/cell';
import { UserError } from '../domain/i18n';
import { LedgerEntry } from '../domain/ledger';
import { MonthTarget, parsePlanSheet } from '../domain/management-plan';
import { MonthlyReport } from '../domain/monthly-report';
import { readColumns } from '../sheets/columns';
import { PLAN_SHEET } from '../sheets/schema';
import { TableRow } from '../sheets/table';

/** The target columns of Manajemen · Rencana (the plans beside them are the dashboard's). */
const TARGET_KEYS = ['targetMonth', 'targetOrders', 'targetRevenue', 'targetMargin', 'targetAdSpend', 'targetComplaintRate'] as const;
/** The month's targets, or null when none is set or Rencana is missing (the report is built without them). */
export function readMonthTarget(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, month: string): MonthTarget | null {
  try {
    return parsePlanSheet(readColumns(ss, PLAN_SHEET, TARGET_KEYS)).targets.get(month) ?? null;
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

/** The report with its ads section (when any ad was paid in its three months) and its month's targets (when set). */
export function withAdsAndTargets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  report: MonthlyReport,
  entries: readonly LedgerEntry[],
  ledgerRows: ReadonlyArray<TableRow<string>>,
): MonthlyReport {
  const channelOfRow = new Map<number, Cell>(ledgerRows.map((row) => [row.rowNumber, (row.record as Record<string, Cell>).adChannel ?? '']));
  const ads = buildAdReport(report.months, entries, channelOfRow, report.figures.map((f) => f.salesByChannel));
  const target = readMonthTarget(ss, report.month);
  return { ...report, ...(ads ? { ads } : {}), ...(target ? { target } : {}) };
}
