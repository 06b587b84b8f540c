/**
 * The monthly report's shipping lines, pure: what customers paid for shipping (Σ Ongkir of the month's
 * sales, marketplace orders excluded — their buyers pay the marketplace, which pays the courier) against
 * what the shop paid couriers (Σ cash-book `Pengeluaran · Ongkir` of the month: booked at Tandai dikirim,
 * `KR-…`, and any typed by hand). When shipping income exceeds the courier cost by more than
 * `Batas selisih ongkir (%)` of the income, the report says so plainly: net profit then likely counts
 * shipping money that was never paid out to couriers.
 */
import { Text } from './i18n';
import { SHIPPING_CATEGORY } from './ledger';
import { formatRupiah, Rupiah } from './money';
import { formatPercentBp } from './marketplace';

/** The Pengaturan row (in the TOKO ▸ block, added by the owner when wanted) that sets the margin. */
export const SHIPPING_MARGIN_SETTING = 'Batas selisih ongkir (%)';
/** The margin when that row is absent or blank: 10% of the shipping income. */
export const DEFAULT_SHIPPING_MARGIN = '10';

/** A month's figures as the shipping lines need them. */
export interface ShippingFigures {
  readonly shippingCollected: Rupiah;
  readonly expensesByCategory: Readonly<Record<string, Rupiah>>;
}

/** Σ `Pengeluaran · Ongkir` of a month (the category matched in any case). */
export function courierCostOf(figures: ShippingFigures): Rupiah {
  return Object.entries(figures.expensesByCategory)
    .filter(([category]) => category.trim().toLowerCase() === SHIPPING_CATEGORY.toLowerCase())
    .reduce((sum, [, amount]) => sum + amount, 0);
}

/** The plain warning when shipping income exceeds courier cost by more than `marginBp` (hundredths of a percent) of the income; null otherwise. */
export function shippingWarning(figures: ShippingFigures, marginBp: number): Text | null {
  const income = figures.shippingCollected;
  const cost = courierCostOf(figures);
  const gap = income - cost;
  if (income <= 0 || gap * 10_000 <= income * marginBp) return null;
  return {
    id: `PERHATIAN: pelanggan membayar ongkir ${formatRupiah(income)}, tetapi biaya kurir yang tercatat hanya ${formatRupiah(cost)} (selisih ${formatRupiah(gap)}, lebih dari ${formatPercentBp(marginBp)}). Laba bersih di atas menghitung selisih itu sebagai untung; kalau ongkir kurir belum dicatat semua (Tandai dikirim mencatatnya, atau ketik di Keuangan · Kas sebagai Pengeluaran · Ongkir), laba bersih sebenarnya lebih kecil. (Batas ini diatur di Pengaturan: ${SHIPPING_MARGIN_SETTING}.)`,
    en: `WARNING: customers paid ${formatRupiah(income)} for shipping, but the courier costs recorded are only ${formatRupiah(cost)} (a gap of ${formatRupiah(gap)}, more than ${formatPercentBp(marginBp)}). Net profit above counts that gap as profit; if not every courier payment is recorded (Mark shipped books it, or type it in Keuangan · Kas as Pengeluaran · Ongkir), the real net profit is lower. (The margin is set in Settings: ${SHIPPING_MARGIN_SETTING}.)`,
  };
}
