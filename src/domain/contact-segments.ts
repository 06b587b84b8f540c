/**
 * A contact's segment, pure: `tidak aktif` when the last order is more than N days old (default 90),
 * else `loyal` from M orders (default 5), `repeat` from K orders (default 2), else `baru`. The three
 * thresholds are Pengaturan's (`Segmen repeat (min. pesanan)`, `Segmen loyal (min. pesanan)`,
 * `Segmen tidak aktif (hari)`); a value that cannot be read is named and its default used.
 */
import { Cell, cellText } from './cell';
import { Text } from './i18n';
import { SETTING_KEYS } from '../sheets/schema';

/** The segments, in the order a marketing person thinks of them. */
export const SEGMENTS = ['baru', 'repeat', 'loyal', 'tidak aktif'] as const;

/** One segment. */
export type Segment = (typeof SEGMENTS)[number];

/** The thresholds a segment is decided by. */
export interface SegmentThresholds {
  /** Orders from which a customer is `repeat`. */
  readonly repeatOrders: number;
  /** Orders from which a customer is `loyal`. */
  readonly loyalOrders: number;
  /** Days without an order after which a customer is `tidak aktif`. */
  readonly inactiveDays: number;
}

/** The defaults for a new shop (docs/marketing.md). */
export const DEFAULT_SEGMENT_THRESHOLDS: SegmentThresholds = { repeatOrders: 2, loyalOrders: 5, inactiveDays: 90 };

/** The thresholds as Pengaturan holds them (text as typed; '' for blank). */
export interface SegmentSettingsText {
  readonly repeatOrders: string;
  readonly loyalOrders: string;
  readonly inactiveDays: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Pengaturan's labels of the three thresholds. */
const LABELS: Readonly<Record<keyof SegmentThresholds, string>> = {
  repeatOrders: SETTING_KEYS.segmentRepeatOrders,
  loyalOrders: SETTING_KEYS.segmentLoyalOrders,
  inactiveDays: SETTING_KEYS.segmentInactiveDays,
};

/**
 * Reads the thresholds: whole numbers (repeat ≥ 2, loyal above repeat, 1–3650 days); blank is the default;
 * anything else is named in `problems` and its default used, so a typo never leaves contacts unsegmented.
 */
export function parseSegmentThresholds(text: SegmentSettingsText): { thresholds: SegmentThresholds; problems: Text[] } {
  const problems: Text[] = [];
  const read = (key: keyof SegmentThresholds, min: number, max: number): number => {
    const raw = cellText(text[key]);
    if (raw === '') return DEFAULT_SEGMENT_THRESHOLDS[key];
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push({
      id: `Pengaturan "${LABELS[key]}" berisi "${raw}": harus angka bulat ${min}–${max}; dipakai ${DEFAULT_SEGMENT_THRESHOLDS[key]}.`,
      en: `Setting "${LABELS[key]}" holds "${raw}": it must be a whole number ${min}–${max}; ${DEFAULT_SEGMENT_THRESHOLDS[key]} was used.`,
    });
    return DEFAULT_SEGMENT_THRESHOLDS[key];
  };
  const repeatOrders = read('repeatOrders', 2, 1000);
  let loyalOrders = read('loyalOrders', 3, 1000);
  if (loyalOrders <= repeatOrders) {
    problems.push({
      id: `Pengaturan "${LABELS.loyalOrders}" (${loyalOrders}) harus lebih besar dari "${LABELS.repeatOrders}" (${repeatOrders}); dipakai ${repeatOrders + 1}.`,
      en: `Setting "${LABELS.loyalOrders}" (${loyalOrders}) must be above "${LABELS.repeatOrders}" (${repeatOrders}); ${repeatOrders + 1} was used.`,
    });
    loyalOrders = repeatOrders + 1;
  }
  const inactiveDays = read('inactiveDays', 1, 3650);
  return { thresholds: { repeatOrders, loyalOrders, inactiveDays }, problems };
}

/**
 * The segment of a contact with `orders` delivered orders, the last on `lastOrder` (epoch ms; not a
 * number when unknown), at `now`. Inactivity wins over the order count: a loyal customer silent for
 * longer than the threshold is `tidak aktif` (the one to win back). A contact with no order yet is `baru`.
 */
export function segmentOf(orders: Cell | undefined, lastOrder: Cell | undefined, now: number, t: SegmentThresholds = DEFAULT_SEGMENT_THRESHOLDS): Segment {
  if (typeof lastOrder === 'number' && Number.isFinite(lastOrder) && now - lastOrder > t.inactiveDays * DAY_MS) return 'tidak aktif';
  const count = typeof orders === 'number' ? orders : Number(cellText(orders)) || 0;
  if (count >= t.loyalOrders) return 'loyal';
  if (count >= t.repeatOrders) return 'repeat';
  return 'baru';
}

/**
 * Segments as a person types them for a broadcast (`loyal, repeat`, `Tidak Aktif`, `semua`): the ones
 * chosen, or the words not understood. Blank or `semua`/`all` is every segment.
 */
export function parseSegmentChoice(value: unknown): { ok: true; segments: Segment[] } | { ok: false; problem: Text } {
  const words = cellText(value).toLowerCase().split(/[,;/+]|\bdan\b|\band\b/).map((w) => w.replace(/\s+/g, ' ').trim()).filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => w === 'semua' || w === 'all')) return { ok: true, segments: [...SEGMENTS] };
  const aliases: Readonly<Record<string, Segment>> = {
    baru: 'baru', new: 'baru', repeat: 'repeat', 'pelanggan ulang': 'repeat', ulang: 'repeat', loyal: 'loyal', setia: 'loyal',
    'tidak aktif': 'tidak aktif', 'tdk aktif': 'tidak aktif', nonaktif: 'tidak aktif', 'non aktif': 'tidak aktif', inactive: 'tidak aktif', pasif: 'tidak aktif',
  };
  const unknown = words.filter((w) => !(w in aliases));
  if (unknown.length) {
    return {
      ok: false,
      problem: {
        id: `Segmen "${unknown.join('", "')}" tidak dikenal. Tulis satu atau beberapa dari: ${SEGMENTS.join(', ')} (pisahkan dengan koma), atau "semua". Tidak ada yang diubah.`,
        en: `Segment "${unknown.join('", "')}" is unknown. Write one or more of: ${SEGMENTS.join(', ')} (separated by commas), or "semua" (all). Nothing was changed.`,
      },
    };
  }
  const chosen = new Set(words.map((w) => aliases[w]));
  return { ok: true, segments: SEGMENTS.filter((s) => chosen.has(s)) };
}
