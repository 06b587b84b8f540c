/**
 * Finds orders on the four order sheets without reading their history: by order ID or by the
 * customer's WhatsApp number, each with one TextFinder per sheet (the rows found are then read).
 */
import { OrderRow } from '../domain/order-record';
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, OrderColumnKey, SheetSpec, SHIPPING_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';

/** Every sheet an order lives on, in the order's way. */
export const ORDER_SHEETS: readonly SheetSpec<OrderColumnKey>[] = [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET];

/** An order found: its sheet, that sheet's table (for writing the row back) and the row. */
export interface FoundOrder {
  readonly spec: SheetSpec<OrderColumnKey>;
  readonly table: Table<OrderColumnKey>;
  readonly row: OrderRow;
}

/**
 * The rows holding one of `values` in column `key`, on every order sheet that exists — or, with
 * `firstOnly` (an order ID: it lives on one sheet), on the first sheet that has any, looking where
 * complaints' orders mostly are first (Selesai, Pengiriman, Approval, CS).
 */
export function findOrders(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: OrderColumnKey, values: readonly string[], firstOnly = false): FoundOrder[] {
  const found: FoundOrder[] = [];
  for (const spec of firstOnly ? [...ORDER_SHEETS].reverse() : ORDER_SHEETS) {
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) continue;
    const table = Table.open(ss, spec, sheet);
    for (const row of table.findRows(key, values)) found.push({ spec, table, row: row as OrderRow });
    if (firstOnly && found.length) break;
  }
  return found;
}

/** The orders of a WhatsApp number (normalised `628…`): as stored, or as typed with the leading zero. */
export function findOrdersByPhone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, phone: string): FoundOrder[] {
  return findOrders(ss, 'phone', [phone, `0${phone.slice(2)}`]);
}
