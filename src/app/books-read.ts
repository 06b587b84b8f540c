/**
 * What the report's books sections read beyond the rest of the report: the cash book with its optional
 * `Akun` column, and `Keuangan · Pembelian` (the PO lines, for the payables). Each is one block read.
 */
import { UserError } from '../domain/i18n';
import { PositionPurchaseLine, positionPurchaseLine, POSITION_PURCHASE_KEYS } from '../domain/books-position';
import { LEDGER_SHEET, PURCHASES_SHEET } from '../sheets/schema';
import { readColumns } from '../sheets/columns';
import { TableRow } from '../sheets/table';

const LEDGER_KEYS = LEDGER_SHEET.columns.map((c) => c.key);
const LEDGER_KEYS_BEFORE_ACCOUNTS = LEDGER_SHEET.columns.filter((c) => !c.optional).map((c) => c.key);

/**
 * Every row of `Keuangan · Kas` with every column. A shop that has not rerun Setup since the `Akun`
 * column came has no such column: its rows are read again without it (two more calls, until Setup adds
 * the column) and all count to the main account.
 */
export function readLedgerRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Array<TableRow<string>> {
  try {
    return readColumns(ss, LEDGER_SHEET, LEDGER_KEYS);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return readColumns(ss, LEDGER_SHEET, LEDGER_KEYS_BEFORE_ACCOUNTS);
  }
}

/**
 * The PO lines of `Keuangan · Pembelian` as the position needs them (a few hundred rows a year; one
 * block). A workbook without the sheet (or a column of it) has no payables: the report still builds.
 */
export function readPurchasesForPosition(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PositionPurchaseLine[] {
  try {
    return readColumns(ss, PURCHASES_SHEET, POSITION_PURCHASE_KEYS).map((row) => positionPurchaseLine(row.record));
  } catch (e) {
    if (e instanceof UserError) return [];
    throw e;
  }
}
