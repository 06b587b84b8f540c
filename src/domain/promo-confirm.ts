/**
 * The promo step of Konfirmasi pesanan, pure: an order row's `Kode Promo` looked up in the promo book
 * and checked against the order; the discount it gives replaces the row's `Diskon` (a promo is the
 * discount, never stacked on a typed one). A row without a code keeps its typed discount.
 */
import { jakartaInstant, jakartaParts } from './jakarta-time';
import { Text } from './i18n';
import { CheckedOrder } from './order';
import { OrderRow } from './order-record';
import { priceOrder, UnitPrice } from './pricing';
import { applyPromo, normalizePromoCode, promoCodeProblem } from './promo';
import { PromoBook } from './promo-book';
import { Rupiah } from './money';

/** The discount of an order: its code ('' without a promo) and amount, or why the promo cannot apply. */
export type PromoDiscount = { ok: true; code: string; discount: Rupiah } | { ok: false; reason: Text };

/** The Jakarta day an instant falls in, first to last millisecond. */
function jakartaDay(at: number): { from: number; to: number } {
  const p = jakartaParts(at);
  const from = jakartaInstant(p.year, p.month, p.day);
  return { from, to: from + 24 * 60 * 60 * 1000 - 1 };
}

/** Decides the discount of one checked order row; see the file comment. An order dated an earlier day may use a promo that ran on that day; otherwise it must run `now`. */
export function promoDiscount(row: OrderRow, order: CheckedOrder, orderId: string, unit: (sku: string) => UnitPrice, book: PromoBook | undefined, now: number): PromoDiscount {
  const code = normalizePromoCode(row.record.promoCode);
  if (code === '') return { ok: true, code: '', discount: order.discount };
  const problem = promoCodeProblem(code);
  if (problem) return { ok: false, reason: problem };
  if (!book) return { ok: false, reason: { id: `kode promo ${code} tidak bisa diperiksa: sheet Marketing · Promo tidak dibaca`, en: `promo code ${code} cannot be checked: Marketing · Promo was not read` } };
  const found = book.lookup(code);
  if (!found.ok) return { ok: false, reason: found.reason };
  const priced = priceOrder(order.items, unit, order.shippingCost, 0);
  if (!priced.ok) return { ok: false, reason: priced.problems[0] };
  const date = row.record.orderDate;
  const day = typeof date === 'number' ? jakartaDay(date) : null;
  const when = day && day.to < now ? day : { from: now, to: now };
  const applied = applyPromo(found.promo, {
    orderId, channel: order.channel, items: order.items, subtotal: priced.price.subtotal, shippingCost: order.shippingCost, when,
    priceOf: (sku) => unit(sku).sellingPrice,
  });
  return applied.ok ? { ok: true, code, discount: applied.discount } : { ok: false, reason: applied.reason };
}
