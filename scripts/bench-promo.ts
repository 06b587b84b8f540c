/**
 * What a promo code costs Konfirmasi pesanan: 50 orders over the bench's 500 SKUs, confirmed as one block
 * with no code, with a code on one order in five, and with a code on every order. Marketing · Promo holds
 * a few dozen promos; it is read once (one getValues) only when a selected order carries a code, and its
 * changed rows are written as one block, so the cost is a constant on top, whatever the number of codes.
 */
import { PROMO_SHEET } from '../src/sheets/schema';
import { jakartaInstant } from '../src/domain/jakarta-time';
import { ORDERS_SHEET } from '../src/sheets/schema';
import { selectRows, typeRows } from '../test/e2e/pipeline-shop';
import { appendHost, BenchShop, buildShop, fitRows, measure, Measurement, seededRandom, ShopSize, typedNewOrder } from './bench-shop';

/** How many of the 50 orders carry a promo code. */
export type PromoShare = 'none' | 'one in five' | 'all';

/** One measured Konfirmasi pesanan of 50 orders. */
export interface PromoMeasurement extends Measurement {
  readonly share: PromoShare;
  readonly withCode: number;
}

/** Marketing's promo sheet of a busy month: 30 promos, one of them the code the orders carry. */
function promoRows(): Array<Record<string, string | number>> {
  return Array.from({ length: 30 }, (_, i) => ({
    code: i === 0 ? 'GAJIAN10' : `PROMO${i}`, name: `Promo ${i}`, kind: 'Persen', value: 10, minPurchase: 0,
    start: jakartaInstant(2026, 11, 1), end: jakartaInstant(2026, 12, 31), channels: '', quota: 10000, status: 'Aktif', uses: 0, discountGiven: 0, usedBy: '',
  }));
}

/** Confirms 50 new orders (one block), `share` of them with code GAJIAN10, on the shop; measured. */
export function measurePromoConfirm(shop: BenchShop, share: PromoShare, seed: number): PromoMeasurement {
  const { rt } = shop;
  const random = seededRandom(seed);
  const every = share === 'none' ? 0 : share === 'all' ? 1 : 5;
  const typed = Array.from({ length: 50 }, (_, i) => ({ ...typedNewOrder(random, shop.products), ...(every && i % every === 0 ? { promoCode: 'gajian10' } : {}) }));
  const rows = typeRows(rt, ORDERS_SHEET, typed);
  fitRows(rt, ORDERS_SHEET);
  selectRows(rt, ORDERS_SHEET, rows);
  const alerts = rt.workbook.alerts.length;
  const measured = measure(rt, () => rt.clickMenu('Konfirmasi pesanan'));
  if (rt.workbook.alerts.length !== alerts) throw new Error(`bench: Konfirmasi pesanan with promo (${share}) did not go through: ${rt.workbook.alerts.at(-1)?.message}`);
  return { ...measured, share, withCode: typed.filter((t) => 'promoCode' in t).length };
}

/** The bench shop with Marketing · Promo filled, and the three measurements. */
export function benchPromo(size: ShopSize = { history: 2_000, working: 300 }): PromoMeasurement[] {
  const shop = buildShop(size);
  appendHost(shop.rt, PROMO_SHEET, promoRows());
  fitRows(shop.rt, PROMO_SHEET);
  return (['none', 'one in five', 'all'] as const).map((share, i) => measurePromoConfirm(shop, share, 40 + i));
}

/** The table for docs/benchmarks.md. */
export function formatPromoTable(rows: readonly PromoMeasurement[]): string {
  return [
    '| Konfirmasi pesanan, 50 orders (one block) | Orders with a code | Service calls | Cells read |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.share === 'none' ? 'no promo code' : `promo code on ${r.share}`} | ${r.withCode} | ${r.serviceCalls} | ${r.cellsRead.toLocaleString('en-US')} |`),
  ].join('\n');
}
