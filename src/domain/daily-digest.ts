/**
 * The owner's daily digest, pure (docs/management.md, "The evening digest"): one e-mail a day at the
 * hour set in Pengaturan (`Jam ringkasan harian`, default 20.00 WIB), built from the dashboard computed
 * at that moment. Sent from noon on it covers today so far against the same weekday a week before up to
 * the same time; sent in the morning it covers yesterday, whole. Then the month against its targets,
 * what is red on the dashboard, what needs attention, stuck shipments, complaints, low stock, the
 * division lights and the team sentence. Nothing is due on a day with nothing to say unless the owner
 * asked for it every day.
 */
import { attentionOf, Dashboard, DAY_MS, dayStart, PeriodFigures } from './dashboard';
import { achievement } from './dashboard-render';
import { escapeHtml } from './html';
import { Lang, Text } from './i18n';
import { formatJakartaDate, formatJakartaDateTime, jakartaParts } from './jakarta-time';
import { MonthTarget } from './management-plan';
import { formatRupiah } from './money';
import { DigestMode } from './settings';
import { compareWithTargets, TargetLine, targetVerdict } from './target-report';
import { formatTimeOfDay } from './typed-figures';

/** From this Jakarta hour on the digest covers today so far; before it, yesterday whole. */
export const DIGEST_TODAY_FROM_HOUR = 12;
/** Stuck shipments and low-stock SKUs the mail lists at most (the counts are whole). */
const LISTED = 10;

/** The day the digest covers, with what it is compared with. */
export interface DigestPeriod {
  readonly today: boolean;
  /** Start (Jakarta midnight) of the day covered. */
  readonly day: number;
  readonly figures: PeriodFigures;
  /** The same weekday a week before (up to the same time when the day is today). */
  readonly weekBefore: PeriodFigures;
  readonly month: string;
  /** The month of the day covered, up to the run (today) or to the end of yesterday. */
  readonly monthToDate: PeriodFigures;
  readonly target: MonthTarget | null;
}

/** What the digest covers for a dashboard built at `d.builtAt` (see the file comment). */
export function digestPeriod(d: Dashboard): DigestPeriod {
  const today = jakartaParts(d.builtAt).hour >= DIGEST_TODAY_FROM_HOUR;
  const todayStart = dayStart(d.builtAt);
  return today
    ? { today, day: todayStart, figures: d.today, weekBefore: d.sameTimeLastWeek, month: d.month, monthToDate: d.monthToDate, target: d.target }
    : { today, day: todayStart - DAY_MS, figures: d.yesterday, weekBefore: d.yesterdayLastWeek, month: d.digestMonth, monthToDate: d.digestMonthToDate, target: d.digestTarget };
}

/** Whether the digest goes out: never when off; every day when asked; otherwise only with something to say (the day's work or anything to do). */
export function digestDue(d: Dashboard, mode: DigestMode): boolean {
  if (mode === 'off') return false;
  if (mode === 'always') return true;
  const f = digestPeriod(d).figures;
  return f.ordersIn + f.sales + f.cashIn + f.cashOut > 0 || attentionOf(d).length > 0;
}

/** The digest's idempotency key: one per Jakarta day of the run, so a rerun, a retry or a second trigger never mails twice. */
export function digestMailId(d: Dashboard): string {
  const p = jakartaParts(d.builtAt);
  return `ringkasan-${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const vs = (now: number, before: number, money: boolean, lang: Lang): string => {
  const show = (n: number) => (money ? formatRupiah(n) : String(n));
  return lang === 'id' ? `${show(now)} (minggu lalu ${show(before)})` : `${show(now)} (a week before ${show(before)})`;
};
const percent = (value: number | null): string => (value === null ? '–' : `${(Math.round(value * 1000) / 10).toString().replace('.', ',')}%`);
const shown = (line: TargetLine, value: number | null): string => (value === null ? '–' : line.format === 'rupiah' ? formatRupiah(value) : line.format === 'percent' ? percent(value) : String(value));

/** One target line of the month: "Omzet: Rp40.000.000 — 40% dari target Rp100.000.000 (belum tercapai)". */
function targetSentence(line: TargetLine, lang: Lang): string {
  const pct = Math.round((achievement(line.actual ?? 0, line.target) ?? 0) * 100);
  const verdict = targetVerdict(line, false)[lang];
  return lang === 'id'
    ? `${line.label.id}: ${shown(line, line.actual)} — ${pct}% dari ${line.kind === 'atMost' ? 'batas' : 'target'} ${shown(line, line.target)} (${verdict})`
    : `${line.label.en}: ${shown(line, line.actual)} — ${pct}% of the ${shown(line, line.target)} ${line.kind === 'atMost' ? 'limit' : 'target'} (${verdict})`;
}

/**
 * The digest mail: subject, plain text and escaped HTML. `notes` (e.g. the digest hour in Pengaturan
 * differing from the installed trigger's) come before the link.
 */
export function renderDigestMail(d: Dashboard, lang: Lang, sheetUrl: string, notes: readonly Text[] = []): { subject: string; body: string; htmlBody: string } {
  const s = (t: Text) => t[lang];
  const p = digestPeriod(d);
  const f = p.figures;
  const w = p.weekBefore;
  const m = p.monthToDate;
  const day = formatJakartaDate(p.day);
  const attention = attentionOf(d);
  const subject = s({
    id: `Ringkasan harian ${d.shopName} · ${day}: ${f.ordersIn} pesanan, omzet ${formatRupiah(f.revenue)}${attention.length ? ` · ${attention.length} perlu perhatian` : ''}`,
    en: `Daily digest ${d.shopName} · ${day}: ${f.ordersIn} orders, revenue ${formatRupiah(f.revenue)}${attention.length ? ` · ${attention.length} need attention` : ''}`,
  });
  const clock = formatTimeOfDay(jakartaParts(d.builtAt));
  const sections: Array<{ head: string; items: string[] }> = [];
  sections.push({
    head: p.today ? s({ id: `Hari ini, ${day} (s.d. ${clock})`, en: `Today, ${day} (up to ${clock})` }) : s({ id: `Kemarin, ${day}`, en: `Yesterday, ${day}` }),
    items: [
      `${s({ id: 'Pesanan masuk', en: 'Orders in' })}: ${vs(f.ordersIn, w.ordersIn, false, lang)}`,
      `${s({ id: 'Pesanan terjual', en: 'Orders sold' })}: ${vs(f.sales, w.sales, false, lang)}`,
      `${s({ id: 'Omzet', en: 'Revenue' })}: ${vs(f.revenue, w.revenue, true, lang)}`,
      `${s({ id: 'Laba kotor', en: 'Gross profit' })}: ${vs(f.grossProfit, w.grossProfit, true, lang)}`,
      `${s({ id: 'Kas masuk / keluar', en: 'Cash in / out' })}: ${formatRupiah(f.cashIn)} / ${formatRupiah(f.cashOut)}`,
      ...(f.adSpend > 0 || w.adSpend > 0 ? [`${s({ id: 'Biaya iklan', en: 'Ad spend' })}: ${vs(f.adSpend, w.adSpend, true, lang)}`] : []),
    ],
  });
  const targets = compareWithTargets({
    orders: m.sales, revenue: m.revenue, grossMargin: m.revenue !== 0 ? m.grossProfit / m.revenue : null, adSpend: m.adSpend, complaintRate: m.sales > 0 ? m.complaints / m.sales : null,
  }, p.target);
  sections.push({
    head: s(p.today ? { id: `Bulan ${p.month} sampai sekarang`, en: `${p.month} so far` } : { id: `Bulan ${p.month} sampai kemarin`, en: `${p.month} up to yesterday` }),
    items: targets.length
      ? [...targets.map((t) => targetSentence(t, lang)), `${s({ id: 'Laba kotor', en: 'Gross profit' })}: ${formatRupiah(m.grossProfit)}`]
      : [`${s({ id: 'Pesanan terjual', en: 'Orders sold' })}: ${m.sales}`, `${s({ id: 'Omzet', en: 'Revenue' })}: ${formatRupiah(m.revenue)}`, `${s({ id: 'Laba kotor', en: 'Gross profit' })}: ${formatRupiah(m.grossProfit)}`, s({ id: 'Belum ada target bulan ini di Manajemen · Rencana.', en: 'No target for this month in Manajemen · Rencana.' })],
  });
  const red = d.divisions.filter((line) => line.light === 'red');
  if (red.length) sections.push({ head: s({ id: 'Merah di dashboard', en: 'Red on the dashboard' }), items: red.map((line) => `${line.division}: ${s(line.summary)}`) });
  sections.push({ head: s({ id: 'Perlu perhatian', en: 'Needs attention' }), items: attention.length ? attention.map(s) : [s({ id: 'Tidak ada yang mendesak.', en: 'Nothing urgent.' })] });
  if (d.stuckCount > 0) {
    sections.push({
      head: s({ id: `Kiriman tertahan (${d.stuckCount})`, en: `Stuck shipments (${d.stuckCount})` }),
      items: [
        ...d.stuck.slice(0, LISTED).map((x) => `${x.orderId} · ${x.customerName} · ${x.courier} ${x.resi} · ${s({ id: `dikirim ${formatJakartaDate(x.shippedAt)} (${x.days} hari)`, en: `shipped ${formatJakartaDate(x.shippedAt)} (${x.days} days)` })}`),
        ...(d.stuckCount > LISTED ? [s({ id: `… dan ${d.stuckCount - LISTED} lagi, dengan link WA untuk CS, di dashboard`, en: `… and ${d.stuckCount - LISTED} more, with WhatsApp links for CS, on the dashboard` })] : []),
      ],
    });
  }
  if (d.complaints && d.complaints.open > 0) {
    sections.push({
      head: s({ id: 'Komplain', en: 'Complaints' }),
      items: [s({ id: `${d.complaints.open} terbuka, ${d.complaints.pastSla} lewat SLA (CS · Komplain)`, en: `${d.complaints.open} open, ${d.complaints.pastSla} past SLA (CS · Komplain)` })],
    });
  }
  const low = d.lowStock ?? [];
  if (low.length) {
    sections.push({
      head: s({ id: `Stok menipis (${low.length})`, en: `Low stock (${low.length})` }),
      items: [
        ...low.slice(0, LISTED).map((x) => `${x.sku}${x.name ? ` ${x.name}` : ''}: ${s({ id: `tersedia ${x.available}, batas ${x.reorderPoint}`, en: `available ${x.available}, reorder point ${x.reorderPoint}` })}`),
        ...(low.length > LISTED ? [s({ id: `… dan ${low.length - LISTED} lagi (Gudang · Stok)`, en: `… and ${low.length - LISTED} more (Gudang · Stok)` })] : []),
      ],
    });
  }
  const lightWord = { green: { id: 'hijau', en: 'green' }, yellow: { id: 'kuning', en: 'yellow' }, red: { id: 'MERAH', en: 'RED' }, grey: { id: '-', en: '-' } } as const;
  sections.push({ head: s({ id: 'Divisi', en: 'Divisions' }), items: d.divisions.map((line) => `${line.division}: ${s(lightWord[line.light])} — ${s(line.summary)}`) });
  const built = s({ id: `Dashboard diperbarui ${formatJakartaDateTime(d.builtAt)}: ${sheetUrl}`, en: `Dashboard built ${formatJakartaDateTime(d.builtAt)}: ${sheetUrl}` });
  const closing = [s(d.team.sentence), ...notes.map(s)];
  const text = [...sections.flatMap((x) => [x.head, ...x.items.map((i) => `- ${i}`), '']), ...closing.flatMap((c) => [c, '']), built].join('\n');
  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const html = [
    ...sections.map((x) => `<h3>${escapeHtml(x.head)}</h3>${list(x.items)}`),
    ...closing.map((c) => `<p>${escapeHtml(c)}</p>`),
    `<p>${escapeHtml(built.slice(0, built.length - sheetUrl.length))}<a href="${escapeHtml(sheetUrl)}">${escapeHtml(sheetUrl)}</a></p>`,
  ].join('\n');
  return { subject, body: text, htmlBody: html };
}
