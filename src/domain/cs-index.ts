/**
 * The small index behind CS rotation (`CS · Indeks`): which CS served each customer last. Phones are spread over a fixed number of cells by a hash of the number, so
 * the index is read and written as one block of the same size whatever the shop's history or number
 * of customers — Konfirmasi pesanan never searches the order sheets for a phone. Each cell holds
 * `6281234567890 dewi@toko.id; 6285…` (phone, then the CS's e-mail).
 */
import { fnv1a } from './fnv1a';

/** Cells phones are spread over (rows 2…BUCKETS+1 of the index). */
export const INDEX_BUCKETS = 500;

/** The 0-based cell of a normalised phone. */
export function bucketOf(phone: string): number {
  return fnv1a(phone) % INDEX_BUCKETS;
}

/** The phone → CS entries of one cell (unreadable parts are skipped). */
export function parseBucket(text: unknown): Map<string, string> {
  const entries = new Map<string, string>();
  for (const part of String(text ?? '').split(';')) {
    const [phone, email] = part.trim().split(/\s+/);
    if (phone && email && /^\d+$/.test(phone)) entries.set(phone, email.toLowerCase());
  }
  return entries;
}

/** One cell's text for its entries, sorted by phone (stable output for the same entries). */
export function formatBucket(entries: ReadonlyMap<string, string>): string {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([phone, email]) => `${phone} ${email}`).join('; ');
}

/** The index as read: the bucket cells (INDEX_BUCKETS of them, blank ones ''). */
export interface CsIndex {
  readonly buckets: readonly string[];
}

/** The last CS of each phone asked for, from the index. */
export function lastCsOf(index: CsIndex, phones: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const phone of phones) {
    const email = parseBucket(index.buckets[bucketOf(phone)]).get(phone);
    if (email) found.set(phone, email);
  }
  return found;
}

/** The index with these phones' last CS recorded (setting the same again changes nothing, so a rerun is harmless). */
export function updateIndex(index: CsIndex, lastCs: ReadonlyMap<string, string>): CsIndex {
  const buckets = [...index.buckets];
  while (buckets.length < INDEX_BUCKETS) buckets.push('');
  const byBucket = new Map<number, Array<[string, string]>>();
  for (const [phone, email] of lastCs) byBucket.set(bucketOf(phone), [...(byBucket.get(bucketOf(phone)) ?? []), [phone, email]]);
  for (const [bucket, entries] of byBucket) {
    const cell = parseBucket(buckets[bucket]);
    for (const [phone, email] of entries) cell.set(phone, email);
    buckets[bucket] = formatBucket(cell);
  }
  return { buckets };
}
