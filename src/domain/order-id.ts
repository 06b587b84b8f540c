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
  const allocator = orderIdAllocator(existingIds, prefix, now);
  return Array.from({ length: count }, () => allocator.take());
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
  /** The ID stem of this month (`TK-2611`). */
  readonly stem: string;
  /** The highest sequence of this month issued or seen so far: what the counter must remember. */
  readonly last: number;
}

/**
 * An allocator for an action that numbers several orders: IDs after the highest sequence of this month
 * among `existingIds` and `issuedUpTo` (the shop's counter of IDs ever issued this month), so an ID once
 * issued is never issued again, even after its row was deleted. Linear in the IDs given, once.
 */
export function orderIdAllocator(existingIds: Iterable<string>, prefix: string, now: number, issuedUpTo = 0): OrderIdAllocator {
  const stem = orderIdStem(prefix.trim() || 'TK', now);
  const pattern = new RegExp(`^${escapeRegExp(stem)}-(\\d+)$`, 'i');
  const taken = new Set<string>();
  let last = Math.max(0, Math.floor(issuedUpTo));
  for (const id of existingIds) {
    const trimmed = id.trim();
    taken.add(trimmed.toUpperCase());
    const match = pattern.exec(trimmed);
    if (match) last = Math.max(last, Number(match[1]));
  }
  const idAt = (sequence: number) => `${stem}-${String(sequence).padStart(4, '0')}`;
  const following = (sequence: number): number => {
    let next = sequence + 1;
    while (taken.has(idAt(next).toUpperCase())) next++;
    return next;
  };
  let next = following(last);
  return {
    stem,
    get last() {
      return last;
    },
    peek: () => idAt(next),
    take: () => {
      const id = idAt(next);
      last = next;
      taken.add(id.toUpperCase());
      next = following(next);
      return id;
    },
  };
}
