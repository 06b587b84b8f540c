/**
 * What the report's books sections read beyond the rest of the report: the cash book with its optional
 * `Akun` column, and `Keuangan · Pembelian` (the PO lines, for the payables). Each is one block read.
 */
import { UserError } from '../domain/i18n';
import { PositionPurchaseLine, positionPurchaseLine } from '../domain/books-position';
import { parsePayoutOrders } from '../domain/plan-payout';
import { cellText } from '../domain/cell';
import { LEDGER_SHEET, PAYOUT_SHEET, PURCHASES_SHEET } from '../sheets/schema';
import { readColumns } from '../sheets/columns';
import { Table, TableRow } from '../sheets/table';

/** What the report needs of a cash-book row: not `Catatan` and `Oleh` (the check only copies them); `Channel Iklan` for ads per channel. */
const LEDGER_KEYS = ['entryId', 'date', 'type', 'category', 'amount', 'reference', 'account', 'adChannel'];
const LEDGER_KEYS_BEFORE_ACCOUNTS = LEDGER_KEYS.filter((key) => key !== 'account' && key !== 'adChannel');

/**
 * Every row of `Keuangan · Kas` in the columns the report needs: `ID` … `Referensi` as one block and
 * `Akun` with `Channel Iklan` as another (two call pairs; `Catatan` and `Oleh` between them are not read, as the cash book
 * is the report's longest read after Selesai). A shop that has not rerun Setup since the `Akun` column
 * came has no such column: its rows are read again without it (until Setup adds the column) and all
 * count to the main account.
 */
export function readLedgerRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Array<TableRow<string>> {
  try {
    return readColumns(ss, LEDGER_SHEET, LEDGER_KEYS, 0);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return readColumns(ss, LEDGER_SHEET, LEDGER_KEYS_BEFORE_ACCOUNTS, 0);
  }
}

/**
 * The PO lines of `Keuangan · Pembelian` as the position needs them: the sheet's data range (a few
 * hundred rows a year; three calls, and only the rows that hold data, where a block open at the bottom
 * would read all 1,000 rows of a new sheet). A workbook without the sheet (or a column of it) has no
 * payables: the report still builds.
 */
export function readPurchasesForPosition(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PositionPurchaseLine[] {
  try {
    return Table.read(ss, PURCHASES_SHEET).rows.map((row) => positionPurchaseLine(row.record));
  } catch (e) {
    if (e instanceof UserError) return [];
    throw e;
  }
}

/**
 * Each booked marketplace payout's orders from `Keuangan · Pencairan` (payout ID in capitals → order IDs):
 * its data range (one row per payout, a few hundred a year; three calls), so the report need not read the
 * cash book's Catatan column for every row. A workbook without the sheet has none.
 */
export function readPayoutOrders(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, string[]> {
  const byPayout = new Map<string, string[]>();
  let rows: ReadonlyArray<TableRow<string>>;
  try {
    rows = Table.read(ss, PAYOUT_SHEET).rows;
  } catch (e) {
    if (e instanceof UserError) return byPayout;
    throw e;
  }
  for (const row of rows) {
    const id = cellText(row.record.payoutId).toUpperCase();
    const orders = parsePayoutOrders(row.record.orders);
    if (id && orders.ok) byPayout.set(id, orders.orders.map((o) => o.orderId.toUpperCase()));
  }
  return byPayout;
}
