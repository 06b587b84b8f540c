/** Order IDs: readable (`TK-2611-0001`: prefix, Jakarta yymm, sequence) and unique across every order sheet. */
import { Text } from './i18n';
import { jakartaParts } from './jakarta-time';

/** The ID stem for a month: `TK-2611`. */
export function orderIdStem(prefix: string, now: number): string {
  const p = jakartaParts(now);
  return `${prefix}-${String(p.year % 100).padStart(2, '0')}${String(p.month).padStart(2, '0')}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `count` new IDs for this month, numbered after the highest sequence already used this month (any
 * sheet, any case), so they never collide with existing IDs. Pure: the same inputs give the same IDs.
 */
export function nextOrderIds(existingIds: Iterable<string>, prefix: string, now: number, count: number): string[] {
  const stem = orderIdStem(prefix.trim() || 'TK', now);
  const pattern = new RegExp(`^${escapeRegExp(stem)}-(\\d+)$`, 'i');
  const taken = new Set<string>();
  let highest = 0;
  for (const id of existingIds) {
    taken.add(id.trim().toUpperCase());
    const match = pattern.exec(id.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const ids: string[] = [];
  for (let sequence = highest + 1; ids.length < count; sequence++) {
    const id = `${stem}-${String(sequence).padStart(4, '0')}`;
    if (!taken.has(id.toUpperCase())) ids.push(id);
  }
  return ids;
}

/** Why a typed order ID cannot be used (it must be letters, digits and - _ / . only), or null when it can. */
export function orderIdProblem(id: string): Text | null {
  return /^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,39}$/.test(id)
    ? null
    : { id: `ID pesanan "${id}" hanya boleh huruf, angka dan tanda - _ / . (maks. 40) — kosongkan agar dibuat otomatis`, en: `order ID "${id}" may only use letters, digits and - _ / . (max 40) — leave it blank to have one made` };
}

/** Hands out new IDs one at a time: `peek` shows the next, `take` uses it up (unused IDs stay free). */
export interface OrderIdAllocator {
  peek(): string;
  take(): string;
}

/** An allocator over the IDs already used anywhere, for an action that numbers several orders. */
export function orderIdAllocator(existingIds: Iterable<string>, prefix: string, now: number): OrderIdAllocator {
  const taken = [...existingIds];
  let next = nextOrderIds(taken, prefix, now, 1)[0];
  return {
    peek: () => next,
    take: () => {
      const id = next;
      taken.push(id);
      next = nextOrderIds(taken, prefix, now, 1)[0];
      return id;
    },
  };
}
