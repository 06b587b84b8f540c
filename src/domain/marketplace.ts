/**
 * Marketplaces and their fees, as the MARKETPLACE ▸ block of Pengaturan says (Marketplace / Biaya
 * Marketplace % / Biaya per Pesanan): what a marketplace order is, the fee the marketplace keeps, and the
 * payout the shop should expect for it. Money in whole Rupiah; a percent fee is rounded to the rupiah
 * (half up), then the fixed fee is added.
 */
import { cellText } from './cell';
import { Text } from './i18n';
import { formatRupiah, parseRupiah, Rupiah } from './money';

/** The channels that are always marketplaces (the order's Channel dropdown), listed in Pengaturan or not. */
export const MARKETPLACE_CHANNELS: readonly string[] = ['Shopee', 'Tokopedia', 'TikTok Shop'];

/** One line of the MARKETPLACE block: the fee in hundredths of a percent (650 = 6,5%) and the fixed fee per order. */
export interface MarketplaceFee {
  readonly name: string;
  /** Hundredths of a percent (basis points): 650 is 6,5%; null when the cell is not a percent from 0 to 100. */
  readonly percentBp: number | null;
  /** Whole Rupiah per order; null when the cell is not a whole amount of 0 or more. */
  readonly fixed: Rupiah | null;
  /** The cells as typed, for messages. */
  readonly typedPercent: string;
  readonly typedFixed: string;
}

/**
 * What Setup writes for a new shop: the marketplaces of the Channel list with a fee to check and edit
 * (marketplaces change them; the shop's own Seller Centre says what applies).
 */
export const DEFAULT_MARKETPLACE_FEES: ReadonlyArray<{ readonly name: string; readonly percent: string; readonly fixed: string }> = [
  { name: 'Shopee', percent: '6,5', fixed: '1250' },
  { name: 'Tokopedia', percent: '6,5', fixed: '0' },
  { name: 'TikTok Shop', percent: '6,5', fixed: '0' },
];

/**
 * Reads a percent as people type it — `6,5`, `6.5`, `6,5%`, `10` — into hundredths of a percent (650);
 * at most two decimals; null when it is not a number from 0 to 100 (blank is 0).
 */
export function parsePercentBp(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && value <= 100 && Math.abs(Math.round(value * 100) - value * 100) < 1e-9 ? Math.round(value * 100) : null;
  const text = cellText(value).replace(/\s*%$/, '').replace(',', '.');
  if (text === '') return 0;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** A percent in hundredths shown the Indonesian way: 650 → `6,5%`, 1000 → `10%`. */
export function formatPercentBp(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  return `${whole}${rest ? `,${String(rest).padStart(2, '0').replace(/0$/, '')}` : ''}%`;
}

/** Reads the MARKETPLACE block from Pengaturan's records; blank names are skipped, the first line of a name wins. */
export function parseMarketplaceFees(records: ReadonlyArray<Readonly<Record<string, unknown>>>): MarketplaceFee[] {
  const fees: MarketplaceFee[] = [];
  for (const record of records) {
    const name = cellText(record.marketplace);
    if (name === '' || fees.some((f) => same(f.name, name))) continue;
    const typedFixed = cellText(record.marketplaceFixedFee);
    const fixed = typedFixed === '' ? 0 : parseRupiah(record.marketplaceFixedFee);
    fees.push({
      name,
      percentBp: parsePercentBp(record.marketplaceFeePercent),
      fixed: fixed !== null && fixed >= 0 ? fixed : null,
      typedPercent: cellText(record.marketplaceFeePercent),
      typedFixed,
    });
  }
  return fees;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether an order's Channel is a marketplace: one of MARKETPLACE_CHANNELS or a name in the MARKETPLACE block (any case). */
export function isMarketplaceChannel(channel: unknown, fees: readonly MarketplaceFee[]): boolean {
  const text = cellText(channel);
  if (text === '') return false;
  return MARKETPLACE_CHANNELS.some((c) => same(c, text)) || fees.some((f) => same(f.name, text));
}

/** The fee line of a marketplace, or why it cannot be used (not listed, percent not 0–100, fixed fee not a whole amount). */
export function feeOf(fees: readonly MarketplaceFee[], marketplace: string): { ok: true; fee: MarketplaceFee & { percentBp: number; fixed: Rupiah } } | { ok: false; problem: Text } {
  const fee = fees.find((f) => same(f.name, marketplace));
  if (!fee) {
    const listed = fees.map((f) => f.name).join(', ') || '—';
    return {
      ok: false,
      problem: {
        id: `marketplace "${marketplace}" belum ada di Pengaturan (blok MARKETPLACE ▸: ${listed}) — tambahkan dengan biayanya, lalu coba lagi`,
        en: `marketplace "${marketplace}" is not in Settings (the MARKETPLACE ▸ block: ${listed}) — add it with its fees, then try again`,
      },
    };
  }
  if (fee.percentBp === null) {
    return {
      ok: false,
      problem: {
        id: `biaya ${fee.name} di Pengaturan "${fee.typedPercent}" bukan persen 0–100 (mis. 6,5) — perbaiki dulu`,
        en: `the ${fee.name} fee in Settings "${fee.typedPercent}" is not a percent from 0 to 100 (e.g. 6.5) — fix it first`,
      },
    };
  }
  if (fee.fixed === null) {
    return {
      ok: false,
      problem: {
        id: `biaya per pesanan ${fee.name} di Pengaturan "${fee.typedFixed}" bukan jumlah Rupiah 0 atau lebih — perbaiki dulu`,
        en: `the ${fee.name} fee per order in Settings "${fee.typedFixed}" is not an amount of 0 Rupiah or more — fix it first`,
      },
    };
  }
  return { ok: true, fee: { ...fee, percentBp: fee.percentBp, fixed: fee.fixed } };
}

/** The fee a marketplace keeps on an order of `price` (goods after discount, without shipping): percent rounded half up, plus the fixed fee. */
export function marketplaceFee(price: Rupiah, fee: { readonly percentBp: number; readonly fixed: Rupiah }): Rupiah {
  return Math.round((price * fee.percentBp) / 10_000) + fee.fixed;
}

/** What the shop should receive for an order: price − fee (the buyer's shipping goes to the marketplace, which pays the courier). */
export function expectedPayout(price: Rupiah, fee: { readonly percentBp: number; readonly fixed: Rupiah }): Rupiah {
  return price - marketplaceFee(price, fee);
}

/** The fee line as a finance person reads it: `6,5% + Rp1.250`. */
export function describeFee(fee: { readonly percentBp: number; readonly fixed: Rupiah }): string {
  return `${formatPercentBp(fee.percentBp)}${fee.fixed ? ` + ${formatRupiah(fee.fixed)}` : ''}`;
}
