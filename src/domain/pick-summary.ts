/**
 * What the picker needs before packing a batch: the total quantity of each SKU and variant across the
 * batch's orders (so the shelves are walked once, not once per order), and phone numbers written the way
 * people read them (`0812-3456-7890`) whatever form the order sheet stores them in.
 */
import type { PackingLine } from './packing-list';
import { normalizePhone } from './phone';

/** One line of the pick summary: a SKU and variant, how many to take from the shelf, for how many orders. */
export interface PickLine {
  readonly sku: string;
  readonly name: string;
  readonly variant: string;
  readonly quantity: number;
  readonly orders: number;
}

/**
 * The pick summary of a batch: one line per SKU and variant (SKU compared without case), its quantities
 * added up over the orders, sorted by SKU then variant (shelves are usually laid out by SKU). Lines with no
 * quantity (an Item cell that could not be read) are left out: there is nothing to pick for them.
 */
export function pickSummary(orders: ReadonlyArray<{ readonly lines: readonly PackingLine[] }>): PickLine[] {
  const byKey = new Map<string, { sku: string; name: string; variant: string; quantity: number; orders: number }>();
  for (const order of orders) {
    const counted = new Set<string>();
    for (const line of order.lines) {
      if (!(line.quantity > 0)) continue;
      const key = `${line.sku.trim().toUpperCase()}\u0000${line.variant.trim()}`;
      const entry = byKey.get(key) ?? { sku: line.sku.trim(), name: line.name, variant: line.variant.trim(), quantity: 0, orders: 0 };
      entry.quantity += line.quantity;
      if (!counted.has(key)) {
        counted.add(key);
        entry.orders++;
      }
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.sku.toUpperCase().localeCompare(b.sku.toUpperCase()) || a.variant.localeCompare(b.variant));
}

/**
 * A phone number as people read it: an Indonesian number in any stored form (`6281234567890`, `0812…`,
 * `+62 812…`) becomes `0812-3456-7890` (groups of four from the leading zero, the rest last); anything
 * that is not a number is shown exactly as it is. The stored cell is never changed.
 */
export function readablePhone(value: string): string {
  const read = normalizePhone(value);
  if (!read.ok) return value.trim();
  const national = `0${read.phone.slice(2)}`;
  const groups = [national.slice(0, 4), national.slice(4, 8), national.slice(8)].filter((g) => g !== '');
  return groups.join('-');
}
