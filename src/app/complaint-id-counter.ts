/**
 * The complaint-ID counter (`KM-2611-0001`): the highest sequence ever issued this month, kept in
 * DocumentProperties like the order counter, so an ID once issued is never issued again whatever is
 * deleted by hand. The first time it starts past the IDs in CS · Komplain; a new ID is also checked
 * against the ID column (one TextFinder), so a row appended by a run that died before saving the
 * counter never shares its ID.
 */
import { cellText } from '../domain/cell';
import { orderIdAllocator } from '../domain/order-id';
import { documentProperties } from '../gas/properties';
import { ComplaintColumnKey } from '../sheets/schema';
import { Table } from '../sheets/table';

/** The property that holds the counter: `{"stem":"KM-2611","last":3}`. */
export const COMPLAINT_ID_COUNTER_KEY = 'toko.complaintIdCounter';
/** The prefix of complaint IDs. */
export const COMPLAINT_ID_PREFIX = 'KM';

/** Hands out the next complaint ID (`take`) and remembers the highest one issued or seen (`save`). */
export interface ComplaintIdCounter {
  peek(): string;
  take(): string;
  save(): void;
}

function storedLast(raw: string | null, stem: string): number | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { stem?: unknown; last?: unknown };
    if (typeof value.stem !== 'string' || typeof value.last !== 'number') return null;
    return value.stem.toUpperCase() === stem.toUpperCase() ? value.last : 0;
  } catch (e) {
    return null;
  }
}

/** Opens the counter for this month over the complaint table; `seenIds` are complaint IDs the action read anyway. */
export function openComplaintIdCounter(table: Table<ComplaintColumnKey>, now: number, seenIds: readonly string[]): ComplaintIdCounter {
  const properties = documentProperties();
  const probe = orderIdAllocator([], COMPLAINT_ID_PREFIX, now);
  const last = storedLast(properties.getProperty(COMPLAINT_ID_COUNTER_KEY), probe.stem);
  const ids = last === null ? [...seenIds, ...table.column('complaintId').map(cellText).filter((id) => id !== '')] : [...seenIds];
  const allocator = orderIdAllocator(ids, COMPLAINT_ID_PREFIX, now, last ?? 0);
  const startedAt = last ?? -1;
  let checked = '';
  const free = (): string => {
    // The candidate is checked once against the sheet: a row of a run that died before `save` holds it.
    while (checked !== allocator.peek()) {
      const candidate = allocator.peek();
      if (table.find('complaintId', [candidate]).size === 0) checked = candidate;
      else allocator.take();
    }
    return checked;
  };
  return {
    peek: free,
    take: () => {
      free();
      return allocator.take();
    },
    save: () => {
      if (allocator.last !== startedAt) properties.setProperty(COMPLAINT_ID_COUNTER_KEY, JSON.stringify({ stem: allocator.stem, last: allocator.last }));
    },
  };
}
