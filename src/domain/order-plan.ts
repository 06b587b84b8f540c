/**
 * What a pipeline planner decides for one action, as plain data: the rows to change on each sheet,
 * ledger entries, mail, Log lines, and which orders moved or stayed and why. The use case writes it
 * in a fixed order (stock, source updates, ledger, target, source removals, then mail), so a rerun
 * after a failure at any point completes the move without doing anything twice.
 */
import { Text } from './i18n';
import { NewLedgerEntry } from './ledger';
import { cellText } from './cell';
import { formatItems, parseItems } from './items';
import { OrderChanges, OrderRecord, orderIdOf, OrderRow } from './order-record';
import { orderReason } from './order-messages';
import { Settings } from './settings';
import { StockRowChange } from './stock-book';
import { TemplateBook } from './templates';
import { MessageEnv } from './customer-message';
import { fnv1a } from './fnv1a';

/** A change to some columns of one sheet row. */
export interface RowChange<C> {
  readonly rowNumber: number;
  readonly changes: C;
}

/** A mail to send after the data is written; `id` makes it idempotent within an action. */
export interface MailDraft {
  readonly id: string;
  readonly to: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly reference?: string;
  /** True when no earlier run can have written this mail to the Outbox, so writing it skips the look-up by ID. */
  readonly firstWrite?: boolean;
}

/** A Log line (time and user are added by the action). */
export interface PlanLogEntry {
  readonly action: string;
  readonly orderId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly details?: string;
}

/** An order that stayed where it was, with the row and the reason. */
export interface SkippedOrder {
  readonly orderId: string;
  readonly rowNumber: number;
  readonly reason: Text;
}

/** See the file comment. Empty lists mean nothing to do there. */
export interface PipelinePlan {
  /** New order IDs written into the source rows before anything else, so a rerun finds each order's own ID. */
  readonly ids: RowChange<OrderChanges>[];
  readonly stock: StockRowChange[];
  readonly sourceUpdates: RowChange<OrderChanges>[];
  readonly ledger: NewLedgerEntry[];
  readonly targetAppends: OrderRecord[];
  readonly targetUpdates: RowChange<OrderChanges>[];
  readonly sourceRemovals: number[];
  readonly mails: MailDraft[];
  readonly logs: PlanLogEntry[];
  /** Orders this action moved or changed (including a half-done move it completed). */
  readonly done: string[];
  readonly skipped: SkippedOrder[];
  readonly warnings: Text[];
}

/** An empty plan to fill. */
export function emptyPlan(): {
  -readonly [K in keyof PipelinePlan]: PipelinePlan[K];
} {
  return { ids: [], stock: [], sourceUpdates: [], ledger: [], targetAppends: [], targetUpdates: [], sourceRemovals: [], mails: [], logs: [], done: [], skipped: [], warnings: [] };
}

/** Why an order row without an order ID is skipped: it has never been confirmed. */
export const NO_ORDER_ID: Text = { id: 'belum ada ID pesanan', en: 'no order ID' };

/** Records that an order stays where it is: its row, its ID and why (`Baris 5 (TK-…): …`). */
export function skipOrder(plan: { readonly skipped: SkippedOrder[] }, row: OrderRow, reason: Text): void {
  const orderId = orderIdOf(row.record);
  plan.skipped.push({ orderId, rowNumber: row.rowNumber, reason: orderReason(row.rowNumber, orderId, reason) });
}

/** A short stable hash (FNV-1a, base 36) for idempotency keys built from many order IDs. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36);
}

/** The moment, the person and the shop settings a planner decides with (never read from a clock). */
export interface PlanEnv {
  readonly now: number;
  readonly user: string;
  readonly settings: Settings;
  /** The shop's quick replies (`CS · Template`) for the orders' WhatsApp links; undefined: the built-in starters. */
  readonly templates?: TemplateBook;
}

/** What a planner builds WhatsApp links with: the shop's language, settings and templates. */
export function messageEnvOf(env: PlanEnv): MessageEnv {
  return { lang: env.settings.language, settings: env.settings, templates: env.templates };
}

/** Text compared loosely: trimmed, single spaces, any case. */
const loose = (value: unknown): string => cellText(value).replace(/\s+/g, ' ').toUpperCase();
/** A phone compared by its digits, `08…` and `628…` alike. */
const phoneKey = (value: unknown): string => cellText(value).replace(/\D/g, '').replace(/^0/, '62');
/** Items compared as SKU × quantity, however they were typed. */
const itemsKey = (value: unknown): string => {
  const parsed = parseItems(value as OrderRecord['items']);
  return parsed.ok ? formatItems(parsed.items).toUpperCase() : loose(value);
};

/**
 * Whether two rows are the same order (a move half-done by a failure) rather than two orders sharing an
 * ID: same ID, customer, phone, address and items. A copied row with other items is another order.
 */
export function isSameOrder(a: OrderRecord, b: OrderRecord): boolean {
  return (
    orderIdOf(a).toUpperCase() === orderIdOf(b).toUpperCase() &&
    loose(a.customerName) === loose(b.customerName) &&
    phoneKey(a.phone) === phoneKey(b.phone) &&
    loose(a.address) === loose(b.address) &&
    itemsKey(a.items) === itemsKey(b.items)
  );
}

/** Where else an order ID was found: a sheet, a row, and the record when it was read. */
export interface IdPlace {
  readonly orderId: string;
  readonly sheet: string;
  readonly rowNumber: number;
  readonly record?: OrderRecord;
}

/** The refusal for an ID that lives elsewhere, naming that place and the fix. */
export function idTakenElsewhere(orderId: string, place: IdPlace): Text {
  return {
    id: `ID ${orderId} sudah ada di ${place.sheet} baris ${place.rowNumber} — kosongkan kolom ID untuk pesanan baru`,
    en: `ID ${orderId} already exists in ${place.sheet} row ${place.rowNumber} — blank the ID column for a new order`,
  };
}

/** The row of an order ID among rows (any case), if present. */
export function findOrder(rows: readonly OrderRow[], orderId: string): OrderRow | undefined {
  const key = orderId.toUpperCase();
  return rows.find((row) => orderIdOf(row.record).toUpperCase() === key);
}
