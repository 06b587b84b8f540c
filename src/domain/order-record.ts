/** Plain records of the order and stock sheets, as the planners take and return them (no Apps Script types). */
import { Cell, cellText } from './cell';
import { OrderColumnKey } from '../sheets/schema';

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
  | 'orderTrail'
  | 'damaged';

/** A stock row's values keyed by column key. */
export type StockRecord = Readonly<Partial<Record<StockColumnKey, Cell>>>;

/** A stock row as read: its sheet row number and values. */
export interface StockRow {
  readonly rowNumber: number;
  readonly record: StockRecord;
}

/** Whether a Metode Bayar cell says COD (any case): paid at the door, so approval does not wait for Lunas. */
export function isCodPayment(paymentMethod: Cell): boolean {
  return cellText(paymentMethod).toUpperCase() === 'COD';
}

/** The order ID of a record as text, trimmed. */
export function orderIdOf(record: OrderRecord): string {
  return cellText(record.orderId);
}
