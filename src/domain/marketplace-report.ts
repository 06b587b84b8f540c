/**
 * The monthly report's marketplace section, pure. A marketplace order (marketplace.ts) is a sale at the
 * same moment as any order (its revenue is the goods price, Total − Ongkir); the marketplace keeps its fee
 * and the buyer's shipping and pays the rest later, booked by Catat pencairan (`PC-…`, Penjualan). So:
 * - **Fees** (biaya marketplace) = Σ fee of the month's marketplace sales, at Pengaturan's current rates.
 * - **Payouts received** = Σ cash-book entries `PC-…` dated in the month.
 * - **Payout differences** = Σ over those payouts of (amount − Σ expected payout of the orders it paid):
 *   what the marketplace deducted (or added) beyond the fee in Pengaturan; payouts with one are listed.
 * - **Net profit** takes off the fees and adds the differences, so over time it counts what really arrived.
 * - **Receivable** (piutang marketplace) at the month's end = Σ expected payout of marketplace sales made
 *   before it that no payout had paid by then (not in a payout entry's order list, or paid by an entry dated later), cancelled
 *   or rejected orders excluded — the money the platform holds for the shop.
 * A marketplace sale whose marketplace has no usable fee line is counted at fee 0 and named in `unknownFees`.
 */
import { feeOf, isMarketplaceChannel, marketplaceFee, MarketplaceFee } from './marketplace';
import { INCOME, LedgerEntry } from './ledger';
import { Rupiah } from './money';
import type { ReceivableLine } from './books-position';

/** The order fields the section needs (a subset of the report's order). */
export interface MarketplaceReportOrder {
  readonly orderId: string;
  readonly channel: string;
  readonly fulfilment: string;
  readonly total: Rupiah | null;
  readonly subtotal: Rupiah | null;
  readonly discount: Rupiah;
  readonly shippingCost: Rupiah;
}

/** One month of the section. */
export interface MarketplaceMonth {
  readonly orders: number;
  readonly fees: Rupiah;
  readonly payoutsReceived: Rupiah;
  readonly payoutDifference: Rupiah;
  /** Orders sold before the month's end and not paid out by then: count and Σ expected payout. */
  readonly receivableOrders: number;
  readonly receivable: Rupiah;
}

/** A payout of the report month whose amount differs from what its orders were expected to bring. */
export interface PayoutDifference {
  readonly payoutId: string;
  readonly amount: Rupiah;
  readonly expected: Rupiah;
  readonly difference: Rupiah;
}

/** The section: three months (oldest first) and the report month's payouts with a difference. */
export interface MarketplaceSection {
  readonly months: readonly MarketplaceMonth[];
  readonly differences: readonly PayoutDifference[];
  /** Marketplaces of sales in the window without a usable fee line in Pengaturan. */
  readonly unknownFees: readonly string[];
}

/**
 * The orders a payout entry paid, from the note Catat pencairan writes (`Pencairan Shopee 30 Nov 2026:
 * TK-2611-0002, TK-2611-0003`): the cash book, which the report reads whole anyway, says which orders were
 * paid out and when, so the report reads no extra column of the order sheets.
 */
export function payoutEntryOrders(entry: LedgerEntry): string[] {
  const at = entry.note.lastIndexOf(': ');
  if (at < 0) return [];
  return entry.note.slice(at + 2).split(/[,\s]+/).map((id) => id.trim().toUpperCase()).filter((id) => id !== '');
}

/** Whether a cash-book entry is a marketplace payout booked by Catat pencairan. */
export function isPayoutEntry(entry: LedgerEntry): boolean {
  return entry.type === INCOME && /^PC-/i.test(entry.entryId);
}

/** The goods price of a report order: Total − Ongkir, or Subtotal − Diskon when Total is blank. */
const priceOf = (o: MarketplaceReportOrder): Rupiah => (o.total !== null ? o.total - o.shippingCost : (o.subtotal ?? 0) - o.discount);

/**
 * Computes the section (see the file comment). `bounds` are the three months' [start, end) in epoch ms,
 * `saleMoment` the report's own rule; null when no order of the window is a marketplace order and no
 * payout was booked (the report then shows no section).
 */
export function marketplaceSection(input: {
  readonly orders: readonly MarketplaceReportOrder[];
  readonly ledger: readonly LedgerEntry[];
  readonly fees: readonly MarketplaceFee[];
  readonly bounds: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly saleMoment: (order: MarketplaceReportOrder) => number | null;
  /** Each payout's orders as Keuangan · Pencairan lists them (payout ID in capitals → order IDs); a payout not in it falls back to its entry's note. */
  readonly payoutOrders?: ReadonlyMap<string, readonly string[]>;
}): MarketplaceSection | null {
  const months = input.bounds.map(() => ({ orders: 0, fees: 0, payoutsReceived: 0, payoutDifference: 0, receivableOrders: 0, receivable: 0 }));
  // Each order paid out: the payout's ID and date (the earliest, should an order appear in two).
  const paidBy = new Map<string, { id: string; date: number }>();
  for (const entry of input.ledger) {
    if (!isPayoutEntry(entry)) continue;
    for (const orderId of input.payoutOrders?.get(entry.entryId.toUpperCase()) ?? payoutEntryOrders(entry)) {
      const known = paidBy.get(orderId);
      if (!known || entry.date < known.date) paidBy.set(orderId, { id: entry.entryId.toUpperCase(), date: entry.date });
    }
  }
  const expectedByPayout = new Map<string, Rupiah>();
  const unknown = new Set<string>();
  let any = false;
  for (const order of input.orders) {
    if (!isMarketplaceChannel(order.channel, input.fees)) continue;
    const status = order.fulfilment.toLowerCase();
    const at = input.saleMoment(order);
    const fee = feeOf(input.fees, order.channel);
    const price = priceOf(order);
    const cut = fee.ok ? marketplaceFee(price, fee.fee) : 0;
    const expected = price - cut;
    const payout = paidBy.get(order.orderId.toUpperCase());
    if (payout) expectedByPayout.set(payout.id, (expectedByPayout.get(payout.id) ?? 0) + expected);
    if (at === null) continue;
    input.bounds.forEach((b, i) => {
      if (at >= b.start && at < b.end) {
        any = true;
        months[i].orders++;
        months[i].fees += cut;
        if (!fee.ok) unknown.add(order.channel);
      }
      const paidAt = payout?.date;
      const open = status !== 'dibatalkan' && status !== 'ditolak' && (paidAt === undefined || paidAt >= b.end);
      if (at < b.end && open) {
        any = true;
        months[i].receivableOrders++;
        months[i].receivable += expected;
      }
    });
  }
  const differences: PayoutDifference[] = [];
  for (const entry of input.ledger) {
    if (!isPayoutEntry(entry)) continue;
    const i = input.bounds.findIndex((b) => entry.date >= b.start && entry.date < b.end);
    if (i < 0) continue;
    any = true;
    months[i].payoutsReceived += entry.amount;
    // A payout whose orders were all sold before the report's window: its expected amount is not known here.
    const expected = expectedByPayout.get(entry.entryId.toUpperCase());
    if (expected === undefined) continue;
    months[i].payoutDifference += entry.amount - expected;
    if (i === input.bounds.length - 1 && entry.amount !== expected) differences.push({ payoutId: entry.entryId, amount: entry.amount, expected, difference: entry.amount - expected });
  }
  return any ? { months, differences, unknownFees: [...unknown].sort() } : null;
}

/** The marketplace receivable as a line of the books' position (books-position.ts): what the marketplaces owe at each month end; none without a marketplace section. */
export function marketplaceReceivables(section: MarketplaceSection | undefined): ReceivableLine[] {
  if (!section) return [];
  return [{ label: { id: 'Piutang marketplace (terjual, belum cair)', en: 'Marketplace receivable (sold, not paid out)' }, amounts: section.months.map((m) => m.receivable) }];
}
