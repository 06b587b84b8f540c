/**
 * Promo results of one month for the monthly report, pure: per promo code carried by the month's sales
 * (an order's sale moment as the report defines it, cancelled orders left out: their use was given back),
 * the uses, the discount given, the revenue (Total − Ongkir) and gross profit (revenue − HPP) of those
 * orders, beside the promo's budget and what it has given in all (Marketing · Promo), when the promo is
 * still listed there.
 */
import { Rupiah } from './money';
import { normalizePromoCode } from './promo';

/** A promo as Marketing · Promo lists it, for the report. */
export interface PromoBudget {
  readonly code: string;
  readonly name: string;
  readonly budget: Rupiah | null;
  /** Diskon Diberikan: every use so far, all months. */
  readonly discountGiven: Rupiah;
}

/** What the report needs of one sale carrying a code. */
export interface PromoSale {
  readonly promoCode: string;
  readonly discount: Rupiah;
  readonly revenue: Rupiah;
  readonly costOfGoods: Rupiah;
}

/** One promo's month. */
export interface PromoResult {
  readonly code: string;
  readonly name: string;
  readonly uses: number;
  readonly discount: Rupiah;
  readonly revenue: Rupiah;
  readonly grossProfit: Rupiah;
  /** The promo's budget (null: none set, or the promo is no longer listed). */
  readonly budget: Rupiah | null;
  readonly discountGivenInAll: Rupiah | null;
}

/** The promos of the month's sales, most discount first; see the file comment. */
export function promoResults(sales: readonly PromoSale[], promos: readonly PromoBudget[]): PromoResult[] {
  const listed = new Map(promos.map((p) => [normalizePromoCode(p.code), p]));
  const byCode = new Map<string, { uses: number; discount: Rupiah; revenue: Rupiah; grossProfit: Rupiah }>();
  for (const sale of sales) {
    const code = normalizePromoCode(sale.promoCode);
    if (code === '') continue;
    const tally = byCode.get(code) ?? { uses: 0, discount: 0, revenue: 0, grossProfit: 0 };
    tally.uses++;
    tally.discount += sale.discount;
    tally.revenue += sale.revenue;
    tally.grossProfit += sale.revenue - sale.costOfGoods;
    byCode.set(code, tally);
  }
  return [...byCode]
    .map(([code, t]) => {
      const promo = listed.get(code);
      return { code, name: promo?.name ?? '', ...t, budget: promo?.budget ?? null, discountGivenInAll: promo ? promo.discountGiven : null };
    })
    .sort((a, b) => b.discount - a.discount || a.code.localeCompare(b.code));
}
