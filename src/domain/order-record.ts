/** Plain records of the order and stock sheets, as the planners take and return them (no Apps Script types). */
import { OrderColumnKey } from '../sheets/schema';

/** A cell as a record holds it: text, a number or a boolean; dates and times are epoch ms. */
export type Cell = string | number | boolean;

/** An order row's values keyed by the schema's column keys. */
export type OrderRecord = Readonly<Record<OrderColumnKey, Cell>>;

/** Some of an order's columns, as written by a change or an append. */
export type OrderChanges = Partial<Record<OrderColumnKey, Cell>>;

/** An order read from a sheet: the sheet row it sits on (1-based) and its values. */
export interface OrderRow {
  readonly rowNumber: number;
  readonly record: OrderRecord;
}

/** The stock sheet's column keys (Gudang · Stok). */
export type StockColumnKey =
  | 'sku'
  | 'name'
  | 'variant'
  | 'onHand'
  | 'reserved'
  | 'available'
  | 'reorderPoint'
  | 'costPrice'
  | 'sellingPrice'
  | 'orderTrail';

/** A stock row's values keyed by column key. */
export type StockRecord = Readonly<Partial<Record<StockColumnKey, Cell>>>;

/** A stock row as read: its sheet row number and values. */
export interface StockRow {
  readonly rowNumber: number;
  readonly record: StockRecord;
}

/** A cell as trimmed text ('' for blank). */
export function cellText(value: Cell | undefined | null): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/** The order ID of a record as text, trimmed. */
export function orderIdOf(record: OrderRecord): string {
  return cellText(record.orderId);
}

/** A whole number read from a cell; blank reads as `blank`, anything else that is not whole is null. */
export function cellInteger(value: Cell | undefined, blank: number | null = 0): number | null {
  if (value === undefined || value === '') return blank;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const text = String(value).trim().replace(/\./g, '');
  return /^-?\d+$/.test(text) ? Number(text) : null;
}
