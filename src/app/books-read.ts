/**
 * What the report's books sections read beyond the rest of the report: the cash book with its optional
 * `Akun` and `Channel Iklan` columns, `Keuangan · Pembelian` (the PO lines, for the payables) and
 * `Keuangan · Pencairan` (which orders each marketplace payout paid).
 */
import { UserError } from '../domain/i18n';
import { PositionPurchaseLine, positionPurchaseLine } from '../domain/books-position';
import { parsePayoutOrders } from '../domain/plan-payout';
import { cellText } from '../domain/cell';
import { LEDGER_SHEET, PAYOUT_SHEET, PURCHASES_SHEET, SheetSpec } from '../sheets/schema';
import { readColumns } from '../sheets/columns';
import { Table, TableRow } from '../sheets/table';

/** What the report needs of a cash-book row: not `Catatan` and `Oleh` (the check only copies them); `Channel Iklan` for ads per channel. */
const LEDGER_KEYS = ['entryId', 'date', 'type', 'category', 'amount', 'reference', 'account', 'adChannel'];

/**
 * Every row of `Keuangan · Kas` in the columns the report needs: `ID` … `Referensi` as one block and
 * `Akun` with `Channel Iklan` as another (two call pairs; `Catatan` and `Oleh` between them are not read,
 * as the cash book is the report's longest read after Selesai). Both are optional columns: a shop that
 * has not rerun Setup since they came reads them blank (readColumns), and its rows count to the main account.
 */
export function readLedgerRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Array<TableRow<string>> {
  return readColumns(ss, LEDGER_SHEET, LEDGER_KEYS, 0);
}

/**
 * The PO lines of `Keuangan · Pembelian` as the position needs them: the sheet's data range (a few
 * hundred rows a year; three calls, and only the rows that hold data, where a block open at the bottom
 * would read all 1,000 rows of a new sheet). A workbook without the sheet (or a column of it) has no
 * payables: the report still builds.
 */
export function readPurchasesForPosition(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PositionPurchaseLine[] {
  return rowsOrNone(ss, PURCHASES_SHEET).map((row) => positionPurchaseLine(row.record));
}

/**
 * Each booked marketplace payout's orders from `Keuangan · Pencairan` (payout ID in capitals → order IDs):
 * its data range (one row per payout, a few hundred a year; three calls), so the report need not read the
 * cash book's Catatan column for every row. A workbook without the sheet has none.
 */
export function readPayoutOrders(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, string[]> {
  const byPayout = new Map<string, string[]>();
  for (const row of rowsOrNone(ss, PAYOUT_SHEET)) {
    const id = cellText(row.record.payoutId).toUpperCase();
    const orders = parsePayoutOrders(row.record.orders);
    if (id && orders.ok) byPayout.set(id, orders.orders.map((o) => o.orderId.toUpperCase()));
  }
  return byPayout;
}

/** The rows of a sheet the report can do without: none when the sheet or a needed column is missing (other failures are thrown). */
function rowsOrNone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): ReadonlyArray<TableRow<string>> {
  try {
    return Table.read(ss, spec).rows;
  } catch (e) {
    if (e instanceof UserError) return [];
    throw e;
  }
}
