/**
 * The shop's order-ID counter: the highest sequence ever issued this month, kept in DocumentProperties
 * and advanced under the document lock before any effect uses a new ID. So an ID, once issued, is never
 * issued again — whatever is deleted by hand or fails half-way — and numbering never scans history.
 * The first time (no counter yet) it starts past the highest ID found on the order sheets.
 */
import { cellText } from '../domain/cell';
import { orderIdAllocator, OrderIdAllocator, orderIdStem } from '../domain/order-id';
import { documentProperties } from '../gas/properties';
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, SHIPPING_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';

/** The property that holds the counter: `{"stem":"TK-2611","last":12}`. */
export const ORDER_ID_COUNTER_KEY = 'toko.orderIdCounter';

interface CounterValue {
  readonly stem: string;
  readonly last: number;
}

function parseCounter(raw: string | null): CounterValue | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as CounterValue;
    return typeof value.stem === 'string' && Number.isFinite(value.last) ? value : null;
  } catch (e) {
    return null;
  }
}

/**
 * An allocator over the counter (see the file comment); `save` stores what was taken. It is called
 * right after the new IDs are written on their rows and before any effect that uses them (stock, the
 * Approval row), so no ID is ever used by two orders and a failed run leaves no gap.
 */
export interface OrderIdCounter extends OrderIdAllocator {
  save(): void;
}

/** Opens the counter for this month; `seenIds` are IDs the action read anyway (the counter goes past them too). */
export function openOrderIdCounter(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, prefix: string, now: number, seenIds: readonly string[]): OrderIdCounter {
  const properties = documentProperties();
  const stored = parseCounter(properties.getProperty(ORDER_ID_COUNTER_KEY));
  const stem = orderIdStem(prefix.trim() || 'TK', now);
  const ids = stored ? [...seenIds] : [...seenIds, ...idsOnOrderSheets(ss)];
  const allocator = orderIdAllocator(ids, prefix, now, stored && stored.stem.toUpperCase() === stem.toUpperCase() ? stored.last : 0);
  const startedAt = stored && stored.stem.toUpperCase() === stem.toUpperCase() ? stored.last : -1;
  return {
    stem: allocator.stem,
    get last() {
      return allocator.last;
    },
    peek: () => allocator.peek(),
    take: () => allocator.take(),
    save: () => {
      if (allocator.last !== startedAt) properties.setProperty(ORDER_ID_COUNTER_KEY, JSON.stringify({ stem: allocator.stem, last: allocator.last }));
    },
  };
}

/** Every order ID on the order sheets (only when the counter is first made: one read of each ID column). */
function idsOnOrderSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const ids: string[] = [];
  for (const spec of [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET]) {
    if (!ss.getSheetByName(spec.name)) continue;
    for (const value of Table.open(ss, spec).column('orderId')) {
      const id = cellText(value);
      if (id !== '') ids.push(id);
    }
  }
  return ids;
}
