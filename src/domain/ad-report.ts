/**
 * The monthly report's ads section, pure: per ad channel (domain/ad-channels.ts), for the report month
 * and the two before it, the spend (cash-book `Iklan` expenses by their Jakarta date and `Channel
 * Iklan`), the orders and revenue of the order channels that ad channel stands for (the report's own
 * sales by channel), the cost per order (spend ÷ orders, rounded to the rupiah) and the ROAS (revenue ÷
 * spend). Spend with a blank or unreadable channel is shown on its own line, and each unreadable
 * spelling is named with its cash-book row, so marketing can fix it.
 */
import { AD_CATEGORY, AD_ORDER_CHANNELS, AdChannel, parseAdChannel } from './ad-channels';
import { cellText } from './cell';
import { Lang, Text } from './i18n';
import { monthBounds } from './jakarta-time';
import { EXPENSE, LedgerEntry } from './ledger';
import { formatRupiah, Rupiah } from './money';
import type { FigureFormat, ReportLine } from './report-render';
import { AD_CHANNELS } from '../sheets/schema';

/** One ad channel's three months (oldest first, the report month last). */
export interface AdChannelMonths {
  readonly channel: AdChannel;
  readonly orderChannels: readonly string[];
  readonly spend: readonly Rupiah[];
  readonly orders: readonly number[];
  readonly revenue: readonly Rupiah[];
  /** Spend ÷ orders, rounded; null without orders. */
  readonly costPerOrder: readonly (Rupiah | null)[];
  /** Revenue ÷ spend; null without spend. */
  readonly roas: readonly (number | null)[];
}

/** The section: channels with spend in any of the three months, in the dropdown's order. */
export interface AdReport {
  readonly channels: readonly AdChannelMonths[];
  /** Ad spend whose `Channel Iklan` is blank or cannot be read, per month. */
  readonly unassigned: readonly Rupiah[];
  /** `Iklan` rows of the three months whose channel is blank. */
  readonly blankRows: number;
  /** Rows whose channel cannot be read, each naming the row and what was typed. */
  readonly problems: readonly Text[];
}

/** What the section reads of the month's sales: orders and revenue per order channel (blank = Lainnya), per month. */
export type SalesByChannel = Readonly<Record<string, { readonly orders: number; readonly revenue: Rupiah }>>;

/** Whether a valid cash-book entry is ad spend: an expense in category Iklan. */
export function isAdSpend(entry: Pick<LedgerEntry, 'type' | 'category'>): boolean {
  return entry.type === EXPENSE && entry.category.trim().toLowerCase() === AD_CATEGORY.toLowerCase();
}

/**
 * Builds the section for `months` (three `yyyy-MM`, oldest first) from the valid cash-book entries, the
 * `Channel Iklan` typed on each row (by row number) and the report's sales by channel per month; null
 * when no ad was paid in the three months.
 */
export function buildAdReport(
  months: readonly string[],
  entries: readonly LedgerEntry[],
  channelOfRow: ReadonlyMap<number, unknown>,
  sales: readonly SalesByChannel[],
): AdReport | null {
  const bounds = months.map((m) => monthBounds(m));
  const spend = new Map<AdChannel, Rupiah[]>();
  const unassigned = months.map(() => 0);
  const problems: Text[] = [];
  let blankRows = 0;
  let any = false;
  for (const entry of entries) {
    if (!isAdSpend(entry)) continue;
    const i = bounds.findIndex((b) => entry.date >= b.start && entry.date < b.end);
    if (i < 0) continue;
    any = true;
    const typed = cellText(channelOfRow.get(entry.rowNumber));
    const channel = parseAdChannel(typed);
    if (channel === null) {
      unassigned[i] += entry.amount;
      if (typed === '') blankRows++;
      else problems.push({
        id: `Keuangan · Kas baris ${entry.rowNumber}: Channel Iklan "${typed}" tidak dikenal — pilih ${AD_CHANNELS.join(', ')}`,
        en: `Keuangan · Kas row ${entry.rowNumber}: ad channel "${typed}" is not known — choose ${AD_CHANNELS.join(', ')}`,
      });
      continue;
    }
    const perMonth = spend.get(channel) ?? months.map(() => 0);
    perMonth[i] += entry.amount;
    spend.set(channel, perMonth);
  }
  if (!any) return null;
  const channels = AD_CHANNELS.filter((c) => spend.has(c)).map((channel): AdChannelMonths => {
    const orderChannels = AD_ORDER_CHANNELS[channel];
    const paid = spend.get(channel) as Rupiah[];
    const orders = sales.map((s) => orderChannels.reduce((n, c) => n + (s[c]?.orders ?? 0), 0));
    const revenue = sales.map((s) => orderChannels.reduce((n, c) => n + (s[c]?.revenue ?? 0), 0));
    return {
      channel,
      orderChannels,
      spend: paid,
      orders,
      revenue,
      costPerOrder: paid.map((p, i) => (orders[i] > 0 ? Math.round(p / orders[i]) : null)),
      roas: paid.map((p, i) => (p > 0 ? revenue[i] / p : null)),
    };
  });
  return { channels, unassigned, blankRows, problems };
}

/** The section's words. */
export const AD_TEXTS = {
  heading: { id: 'Iklan per channel (biaya dari Keuangan · Kas, pesanan dan omzet dari channel pesanannya)', en: 'Ads per channel (spend from Keuangan · Kas, orders and revenue of its order channels)' } as Text,
  spend: (c: string): Text => ({ id: `${c} · biaya iklan`, en: `${c} · ad spend` }),
  orders: (c: string, via: string): Text => ({ id: `${c} · pesanan (${via})`, en: `${c} · orders (${via})` }),
  revenue: (c: string, via: string): Text => ({ id: `${c} · omzet (${via})`, en: `${c} · revenue (${via})` }),
  costPerOrder: (c: string): Text => ({ id: `${c} · biaya per pesanan`, en: `${c} · cost per order` }),
  roas: (c: string): Text => ({ id: `${c} · ROAS (omzet ÷ biaya)`, en: `${c} · ROAS (revenue ÷ spend)` }),
  noOrderChannel: { id: 'tanpa channel pesanan', en: 'no order channel' } as Text,
  unassigned: { id: 'Tanpa Channel Iklan · biaya iklan', en: 'No ad channel · ad spend' } as Text,
  blankRows: (n: number, amount: Rupiah): Text => ({
    id: `${n} baris Iklan tanpa Channel Iklan (${formatRupiah(amount)} dalam 3 bulan) — isi kolom Channel Iklan di Keuangan · Kas agar terhitung per channel.`,
    en: `${n} Iklan row(s) without an ad channel (${formatRupiah(amount)} over 3 months) — fill in Channel Iklan in Keuangan · Kas to count them per channel.`,
  }),
};

/** The monthly report's ads section as lines (nothing when no ad was paid in the three months). */
export function adReportLines(ads: AdReport | undefined, lang: Lang, monthColumns: readonly string[], changeColumn: string): ReportLine[] {
  if (!ads) return [];
  const s = (t: Text) => t[lang];
  const figure = (label: Text, values: readonly (number | null)[], format: FigureFormat): ReportLine => ({ kind: 'figure', label: s(label), values, format, change: true });
  const lines: ReportLine[] = [{ kind: 'blank' }, { kind: 'heading', label: s(AD_TEXTS.heading), columns: [...monthColumns, changeColumn] }];
  for (const c of ads.channels) {
    const via = c.orderChannels.length ? c.orderChannels.join(', ') : s(AD_TEXTS.noOrderChannel);
    lines.push(figure(AD_TEXTS.spend(c.channel), c.spend, 'rupiah'));
    if (c.orderChannels.length === 0) continue;
    lines.push(
      figure(AD_TEXTS.orders(c.channel, via), c.orders, 'integer'),
      figure(AD_TEXTS.revenue(c.channel, via), c.revenue, 'rupiah'),
      figure(AD_TEXTS.costPerOrder(c.channel), c.costPerOrder, 'rupiah'),
      figure(AD_TEXTS.roas(c.channel), c.roas, 'ratio'),
    );
  }
  if (ads.unassigned.some((v) => v > 0)) lines.push(figure(AD_TEXTS.unassigned, ads.unassigned, 'rupiah'));
  if (ads.blankRows > 0) lines.push({ kind: 'note', text: s(AD_TEXTS.blankRows(ads.blankRows, ads.unassigned.reduce((a, b) => a + b, 0))) });
  for (const problem of ads.problems.slice(0, 10)) lines.push({ kind: 'note', text: `⚠ ${s(problem)}` });
  if (ads.problems.length > 10) lines.push({ kind: 'note', text: s({ id: `… dan ${ads.problems.length - 10} baris lagi`, en: `… and ${ads.problems.length - 10} more rows` }) });
  return lines;
}
