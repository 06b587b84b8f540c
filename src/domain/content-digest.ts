/**
 * The weekly content digest (Marketing · Konten), pure: on a Monday, what is due this week (Monday to
 * Sunday, WIB) and not live yet, what is late (dated before this week and not live), and what went live
 * last week with the numbers typed for it (reach, clicks, orders). No mail when all three lists are
 * empty. Its mail ID is the week (`konten-2026-11-30`), so the week is mailed once, ever.
 */
import { cellInteger, cellText, Cell } from './cell';
import { escapeHtml } from './html';
import { formatJakartaDate, jakartaInstant, jakartaParts } from './jakarta-time';
import { OutboxMail } from './outbox-rules';

const DAY = 24 * 60 * 60 * 1000;

/** A content row's values keyed by Marketing · Konten's column keys. */
export type ContentRecord = Readonly<Partial<Record<string, Cell>>>;

/** One planned post as the digest lists it. */
export interface ContentItem {
  readonly rowNumber: number;
  readonly date: number;
  readonly platform: string;
  readonly contentType: string;
  readonly topic: string;
  readonly owner: string;
  readonly status: string;
  readonly link: string;
  readonly reach: number | null;
  readonly clicks: number | null;
  readonly orders: number | null;
}

/** The digest of one week. */
export interface ContentDigest {
  /** Monday 00.00 WIB of the week. */
  readonly weekStart: number;
  readonly due: readonly ContentItem[];
  readonly late: readonly ContentItem[];
  readonly liveLastWeek: readonly ContentItem[];
}

/** Monday 00.00 WIB of the week `at` falls in. */
export function weekStartOf(at: number): number {
  const p = jakartaParts(at);
  const midnight = jakartaInstant(p.year, p.month, p.day);
  const weekday = new Date(midnight + 7 * 60 * 60 * 1000).getUTCDay(); // 0 = Sunday, in Jakarta
  return midnight - ((weekday + 6) % 7) * DAY;
}

const isLive = (status: string): boolean => status.toLowerCase() === 'tayang';

/** The digest of the week `now` falls in; rows without a date are left out. */
export function contentDigest(rows: ReadonlyArray<{ rowNumber: number; record: ContentRecord }>, now: number): ContentDigest {
  const weekStart = weekStartOf(now);
  const items: ContentItem[] = [];
  for (const { rowNumber, record } of rows) {
    if (typeof record.date !== 'number') continue;
    const number = (value: Cell | undefined) => (cellText(value) === '' ? null : cellInteger(value, null));
    items.push({
      rowNumber, date: record.date, platform: cellText(record.platform), contentType: cellText(record.contentType), topic: cellText(record.topic),
      owner: cellText(record.owner), status: cellText(record.status), link: cellText(record.link),
      reach: number(record.reach), clicks: number(record.clicks), orders: number(record.orders),
    });
  }
  const byDate = (a: ContentItem, b: ContentItem) => a.date - b.date || a.rowNumber - b.rowNumber;
  return {
    weekStart,
    due: items.filter((i) => !isLive(i.status) && i.date >= weekStart && i.date < weekStart + 7 * DAY).sort(byDate),
    late: items.filter((i) => !isLive(i.status) && i.date < weekStart).sort(byDate),
    liveLastWeek: items.filter((i) => isLive(i.status) && i.date >= weekStart - 7 * DAY && i.date < weekStart).sort(byDate),
  };
}

/** The week's mail ID: `konten-yyyy-MM-dd` of its Monday. */
export function contentDigestMailId(weekStart: number): string {
  const p = jakartaParts(weekStart);
  return `konten-${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const describe = (i: ContentItem): string =>
  `${formatJakartaDate(i.date)} · ${i.platform || '(platform?)'}${i.contentType ? ` · ${i.contentType}` : ''} · ${i.topic || '(topik?)'}${i.owner ? ` · ${i.owner}` : ''}${i.status ? ` [${i.status}]` : ''}`;
const numbers = (i: ContentItem): string =>
  `jangkauan ${i.reach ?? '—'}, klik ${i.clicks ?? '—'}, pesanan ${i.orders ?? '—'}${i.link ? ` · ${i.link}` : ''}`;

/** The digest mail to `to`, or null when there is nothing to tell. */
export function contentDigestMail(digest: ContentDigest, to: readonly string[], shopName: string): OutboxMail | null {
  if (digest.due.length + digest.late.length + digest.liveLastWeek.length === 0 || to.length === 0) return null;
  const sections: Array<[string, string[]]> = [
    [`Jatuh tempo minggu ini (${digest.due.length})`, digest.due.map(describe)],
    [`Terlambat (${digest.late.length})`, digest.late.map(describe)],
    [`Tayang minggu lalu (${digest.liveLastWeek.length})`, digest.liveLastWeek.map((i) => `${describe(i)} — ${numbers(i)}`)],
  ];
  const shown = sections.filter(([, lines]) => lines.length);
  const title = `Konten ${shopName} minggu ${formatJakartaDate(digest.weekStart)}`;
  const body = [title, '', ...shown.flatMap(([heading, lines]) => [heading, ...lines.map((l) => `- ${l}`), '']), 'Sumber: sheet Marketing · Konten.'].join('\n');
  const htmlBody = [
    `<h2>${escapeHtml(title)}</h2>`,
    ...shown.map(([heading, lines]) => `<h3>${escapeHtml(heading)}</h3><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`),
    '<p>Sumber: sheet Marketing · Konten.</p>',
  ].join('\n');
  return {
    id: contentDigestMailId(digest.weekStart),
    to,
    subject: `${title}: ${digest.due.length} jatuh tempo, ${digest.late.length} terlambat, ${digest.liveLastWeek.length} tayang`,
    body,
    htmlBody,
    reference: contentDigestMailId(digest.weekStart),
  };
}
