/**
 * The COD tally behind the risk flag (`Gudang · Rekap COD`, hidden), pure. Three columns of one fixed
 * block of cells, read and written whole, so its cost never grows with the shop's history:
 *
 * - `Pelanggan → retur COD`: per customer (normalised phone, spread by a hash over TALLY_BUCKETS cells)
 *   the IDs of the COD parcels they sent back: `6281234567890 TK-2611-0004,TK-2612-0007; 6285…`. A set
 *   of IDs, so recording the same return twice counts it once.
 * - `Kota → COD 90 hari`: per destination city (spread the same way) the COD orders delivered and
 *   returned per Jakarta day over the last COD_WINDOW_DAYS days: `bandung=20763:3/1,20764:2/0; …`
 *   (day number: 3 delivered / 1 returned). Older days are dropped on every write.
 * - `Sudah dihitung` (first cell): the last COUNTED_KEPT orders counted for their city
 *   (`TK-2611-0001:D TK-2611-0002:R`), so a rerun after a failure never counts an order twice.
 */
import { cellText } from './cell';
import { cityOf } from './contacts';
import { isCodPayment, orderIdOf, OrderRecord } from './order-record';
import { normalizePhone } from './phone';
import { fnv1a } from './fnv1a';

/** Cells customers and cities are spread over (rows 2…TALLY_BUCKETS+1 of the sheet). */
export const TALLY_BUCKETS = 500;
/** The days a city's COD return rate looks back over, today included. */
export const COD_WINDOW_DAYS = 90;
/** Orders remembered as counted (far more than any one action moves: a rerun always finds its own). */
export const COUNTED_KEPT = 1000;
/** Return IDs kept per customer (the rule needs a count, and no threshold is this high). */
export const RETURNS_KEPT = 20;

/** The tally as read: each column's bucket cells (TALLY_BUCKETS of them, blank ones ''), and the counted list. */
export interface CodTally {
  readonly customers: readonly string[];
  readonly cities: readonly string[];
  readonly counted: string;
}

/** How a COD order ended: delivered (the courier collected the money) or returned to the shop. */
export type CodOutcomeKind = 'delivered' | 'returned';

/** One COD order's ending, as Tandai diterima or Tandai retur records it. */
export interface CodOutcome {
  readonly orderId: string;
  readonly kind: CodOutcomeKind;
  /** The normalised phone, or null when the row's phone is not readable (the city still counts). */
  readonly phone: string | null;
  /** The city key (`cityKey`), '' when the address names none. */
  readonly city: string;
  /** The Jakarta day number (`jakartaDay`) of the ending. */
  readonly day: number;
}

/** A city's COD orders in the window: delivered + returned, and returned. */
export interface CityCod {
  readonly orders: number;
  readonly returns: number;
}

/** An empty tally (a new shop, or the sheet deleted). */
export function emptyTally(): CodTally {
  const blank = Array.from({ length: TALLY_BUCKETS }, () => '');
  return { customers: blank, cities: [...blank], counted: '' };
}

/** The tally from the block's data rows (rows 2…, columns customers, cities, counted); short or missing rows are blank. */
export function tallyFromGrid(rows: readonly (readonly unknown[])[]): CodTally {
  const cell = (r: number, c: number): string => cellText(rows[r]?.[c]);
  return {
    customers: Array.from({ length: TALLY_BUCKETS }, (_, i) => cell(i, 0)),
    cities: Array.from({ length: TALLY_BUCKETS }, (_, i) => cell(i, 1)),
    counted: cell(0, 2),
  };
}

/** The block's data rows for a tally (TALLY_BUCKETS rows of three cells; the counted list in the first row). */
export function tallyToGrid(tally: CodTally): string[][] {
  return Array.from({ length: TALLY_BUCKETS }, (_, i) => [tally.customers[i] ?? '', tally.cities[i] ?? '', i === 0 ? tally.counted : '']);
}

/** The Jakarta (UTC+7, no daylight saving) day number of a moment: days since 1 Jan 1970 WIB. */
export function jakartaDay(epochMs: number): number {
  return Math.floor((epochMs + 7 * 3_600_000) / 86_400_000);
}

/**
 * The city of an address as the tally keys it: Marketing · Kontak's city (the last comma-separated part,
 * postcode dropped), lower case, single spaces, a leading `Kota ` dropped (`Kota Bandung` = `Bandung`;
 * `Kab. Bandung` stays another place), only letters, digits, spaces, dots and dashes. '' when none.
 */
export function cityKey(address: unknown): string {
  return cityOf(address)
    .toLowerCase()
    .replace(/[^a-z0-9 .-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^kota\s+/, '');
}

/** The 0-based bucket of a key (FNV-1a). */
export function tallyBucketOf(key: string): number {
  return fnv1a(key) % TALLY_BUCKETS;
}

/** A customers cell: phone → returned order IDs (unreadable parts skipped). */
function parseCustomers(text: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [phone, ids] = part.trim().split(/\s+/);
    if (phone && ids && /^\d+$/.test(phone)) entries.set(phone, ids.split(',').filter((id) => id !== ''));
  }
  return entries;
}

function formatCustomers(entries: ReadonlyMap<string, readonly string[]>): string {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([phone, ids]) => `${phone} ${ids.join(',')}`).join('; ');
}

/** A cities cell: city → day → counts (unreadable parts skipped). */
function parseCities(text: string): Map<string, Map<number, { delivered: number; returned: number }>> {
  const entries = new Map<string, Map<number, { delivered: number; returned: number }>>();
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const city = part.slice(0, at).trim();
    const days = new Map<number, { delivered: number; returned: number }>();
    for (const day of part.slice(at + 1).split(',')) {
      const match = /^\s*(\d+):(\d+)\/(\d+)\s*$/.exec(day);
      if (match) days.set(Number(match[1]), { delivered: Number(match[2]), returned: Number(match[3]) });
    }
    if (city !== '') entries.set(city, days);
  }
  return entries;
}

function formatCities(entries: ReadonlyMap<string, ReadonlyMap<number, { delivered: number; returned: number }>>): string {
  return [...entries]
    .filter(([, days]) => days.size > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([city, days]) => `${city}=${[...days].sort(([a], [b]) => a - b).map(([day, n]) => `${day}:${n.delivered}/${n.returned}`).join(',')}`)
    .join('; ');
}

/** Whether a day lies in the window that ends on `today` (today and the COD_WINDOW_DAYS − 1 days before). */
function inWindow(day: number, today: number): boolean {
  return day > today - COD_WINDOW_DAYS && day <= today;
}

/** How many COD parcels this customer (normalised phone) has returned. */
export function customerReturnsOf(tally: CodTally, phone: string): number {
  return parseCustomers(tally.customers[tallyBucketOf(phone)] ?? '').get(phone)?.length ?? 0;
}

/** A city's COD orders and returns over the window ending on `today` (a city key; '' has none). */
export function cityCodOf(tally: CodTally, city: string, today: number): CityCod {
  if (city === '') return { orders: 0, returns: 0 };
  const days = parseCities(tally.cities[tallyBucketOf(city)] ?? '').get(city);
  let orders = 0;
  let returns = 0;
  for (const [day, n] of days ?? []) {
    if (!inWindow(day, today)) continue;
    orders += n.delivered + n.returned;
    returns += n.returned;
  }
  return { orders, returns };
}

/**
 * The tally with these endings recorded (see the file comment): a return joins its customer's set, each
 * ending not yet counted adds one to its city's day, days before the window are dropped. `changed` is
 * false when there was nothing new (then nothing needs writing).
 */
export function recordCodOutcomes(tally: CodTally, outcomes: readonly CodOutcome[], today: number): { tally: CodTally; changed: boolean } {
  const customers = [...tally.customers];
  const cities = [...tally.cities];
  while (customers.length < TALLY_BUCKETS) customers.push('');
  while (cities.length < TALLY_BUCKETS) cities.push('');
  const counted = tally.counted.split(/\s+/).filter((token) => /^\S+:[DR]$/.test(token));
  const seen = new Set(counted);
  let changed = false;
  for (const outcome of outcomes) {
    const id = outcome.orderId.trim().toUpperCase();
    if (id === '') continue;
    if (outcome.kind === 'returned' && outcome.phone) {
      const bucket = tallyBucketOf(outcome.phone);
      const cell = parseCustomers(customers[bucket]);
      const ids = cell.get(outcome.phone) ?? [];
      if (!ids.includes(id)) {
        cell.set(outcome.phone, [...ids, id].slice(-RETURNS_KEPT));
        customers[bucket] = formatCustomers(cell);
        changed = true;
      }
    }
    const token = `${id}:${outcome.kind === 'returned' ? 'R' : 'D'}`;
    if (outcome.city === '' || seen.has(token) || !inWindow(outcome.day, today)) continue;
    const bucket = tallyBucketOf(outcome.city);
    const cell = parseCities(cities[bucket]);
    const days = cell.get(outcome.city) ?? new Map<number, { delivered: number; returned: number }>();
    const n = days.get(outcome.day) ?? { delivered: 0, returned: 0 };
    days.set(outcome.day, outcome.kind === 'returned' ? { ...n, returned: n.returned + 1 } : { ...n, delivered: n.delivered + 1 });
    cell.set(outcome.city, days);
    cities[bucket] = formatCities(cell);
    seen.add(token);
    counted.push(token);
    changed = true;
  }
  if (!changed) return { tally, changed };
  for (let bucket = 0; bucket < TALLY_BUCKETS; bucket++) {
    if (cities[bucket] === '') continue;
    const cell = parseCities(cities[bucket]);
    for (const days of cell.values()) for (const day of [...days.keys()]) if (!inWindow(day, today)) days.delete(day);
    cities[bucket] = formatCities(cell);
  }
  return { tally: { customers, cities, counted: counted.slice(-COUNTED_KEPT).join(' ') }, changed };
}

/** The COD endings of orders Tandai diterima just delivered (`done`, by ID) among the selected rows: one `delivered` each. */
export function deliveredCodOutcomes(rows: ReadonlyArray<{ readonly record: OrderRecord }>, done: readonly string[], now: number): CodOutcome[] {
  const ids = new Set(done.map((id) => id.toUpperCase()));
  const day = jakartaDay(now);
  return rows
    .filter((row) => isCodPayment(row.record.paymentMethod) && ids.has(orderIdOf(row.record).toUpperCase()))
    .map((row) => {
      const phone = normalizePhone(row.record.phone);
      return { orderId: orderIdOf(row.record), kind: 'delivered' as const, phone: phone.ok ? phone.phone : null, city: cityKey(row.record.address), day };
    });
}
