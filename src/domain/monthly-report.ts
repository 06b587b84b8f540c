/**
 * The monthly finance summary, computed purely from the orders of the warehouse sheets (Gudang ·
 * Pengiriman and Gudang · Selesai: every order that was ever approved is in one of them), the checked
 * ledger and the stock sheet, for a Jakarta month `yyyy-MM` and the two months before it.
 *
 * Definitions (docs/finance.md says the same for the finance person):
 * - A **sale** is an order that was not rejected (`Ditolak`) and has a sale moment: for COD the
 *   moment it was delivered (`Diterima` column: the money arrives then), for Transfer/E-wallet the
 *   moment it was approved (`Disetujui`: payment was checked then). This is exactly when the pipeline
 *   books `Penjualan` in the ledger. An order without that timestamp whose status shows it got there
 *   anyway (typed in by hand) uses its order date. The sale belongs to the Jakarta month of that moment.
 * - A **cancelled sale** (a paid order cancelled before shipping: `Dibatalkan` with a cancellation
 *   moment) is reversed in the Jakarta month of its cancellation: its order, revenue, discount, shipping,
 *   HPP (the goods went back to stock), channel and products are taken off that month, so a sale
 *   approved and cancelled in one month counts nowhere. Its refund (the cash-book `Refund` row naming the
 *   order, `RF-<order>`) is the cash side of that reversal: cash out, never an operating expense. A
 *   cancelled order without a cancellation moment (typed in by hand) is no sale at all.
 * - **Orders** = number of sales. **Gross sales** = Σ (revenue + discount). **Discounts** = Σ Diskon.
 * - **Revenue** (omzet) = Σ (Total − Ongkir): what customers paid for the goods, after discounts,
 *   without shipping (Subtotal − Diskon when Total is blank).
 * - **Shipping collected** = Σ Ongkir of the sales; what the shop pays couriers is the ledger's
 *   `Ongkir` expense.
 * - **Cost of goods (HPP)** = Σ HPP of the sales (the pipeline writes it at the SKU's average cost). A
 *   sale with a blank HPP is estimated as its items × today's cost price and counted in "HPP
 *   estimated"; a cancelled sale's HPP is reversed with it.
 * - **Gross profit** = revenue − cost of goods; **gross margin** = gross profit ÷ revenue (none without revenue).
 * - **Average order value** = revenue ÷ orders, rounded (none without orders).
 * - **Expenses by category** = Σ ledger `Pengeluaran` per category, by the entry's Jakarta date.
 * - **Operating expenses** = all expenses except `Pembelian stok` (buying stock is not a cost: the goods'
 *   cost enters profit as HPP when they sell) and `Refund` (money paid back is no cost of running the
 *   shop). Courier costs, ads, wages are operating expenses.
 * - **Other refunds** = `Refund` rows that are not a cancelled sale's (a complaint refund while the
 *   customer keeps the goods): they reduce what the month earned, as a deduction from sales.
 * - **Other income** = ledger `Pemasukan` except `Penjualan`, `Ongkir` (those come from the orders) and
 *   `Saldo awal`.
 * - **Stock adjustments** (`Penyesuaian Stok`, from Stock opname; domain/stock-loss.ts) are not cash: they are
 *   left out of cash in/out, expenses and other income, and their net (lost/damaged at cost, less found) is
 *   the stock-loss line.
 * - **Net profit** = gross profit + shipping collected + other income − other refunds − operating expenses
 *   − stock loss.
 * - **Cash in / cash out** = Σ all valid ledger income / expenses of the month (cash view, stock purchases
 *   included), except `Saldo awal` rows (an opening balance is money the shop already had, not a flow) and
 *   stock adjustments.
 * - **Refunds** = count and Σ of ledger expenses in category `Refund` dated in the month.
 * - **Complaints** = sales of the month with anything in the Komplain column; **complaint rate** =
 *   complaints ÷ orders (a later complaint about a month's order changes that month when rerun).
 * - **Outstanding COD** at the end of the month = COD orders shipped before the month ended and neither
 *   delivered, cancelled nor rejected by then: the money still with couriers (count and Σ Total).
 * - **Sales by channel** = orders and revenue per Channel (blank = Lainnya).
 * - **Top products** = the report month's 10 best SKUs by revenue; an order's revenue is split over its
 *   items in proportion to quantity × selling price (by quantity when prices are unknown).
 * - **Stock value** = Σ max(on hand, 0) × cost price, as the stock sheet stands when the report is built
 *   (the sheet keeps no history, so earlier months show no stock value). **Low stock** = SKUs whose
 *   available quantity is at or below their reorder point (blank = 0), the most urgent first.
 * Ledger rows that fail the checks are counted nowhere and listed in the report.
 */
import { Rupiah, parseRupiah } from './money';
import { cellText } from './cell';
import { productLabel } from './stock';
import { monthBounds, previousMonth } from './jakarta-time';
import { OrderColumnKey } from '../sheets/schema';
import { normalizePromoCode } from './promo';
import { PromoBudget, PromoResult, promoResults, PromoSale } from './promo-report';
import type { AdReport } from './ad-report';
import type { MonthTarget } from './management-plan';
import type { BooksSection } from './books-section';
import { EXPENSE, INCOME, isOpeningBalance, LedgerEntry, LedgerProblem, REFUND_CATEGORY, refundLedgerId, SALES_CATEGORY, SHIPPING_CATEGORY, STOCK_PURCHASE_CATEGORY } from './ledger';
import { stockLossOf } from './stock-loss';
import { Text } from './i18n';
import { isMarketplaceChannel, MarketplaceFee } from './marketplace';
import { marketplaceSection, MarketplaceSection } from './marketplace-report';
import { shippingWarning } from './shipping-report';

/** The order fields the report needs; money in whole Rupiah, moments in epoch ms (null when blank). */
export interface ReportOrder {
  readonly orderId: string;
  readonly channel: string;
  readonly paymentMethod: string;
  readonly paymentStatus: string;
  readonly fulfilment: string;
  readonly complaint: string;
  readonly orderDate: number | null;
  readonly approvedAt: number | null;
  readonly shippedAt: number | null;
  readonly deliveredAt: number | null;
  readonly cancelledAt: number | null;
  readonly subtotal: Rupiah | null;
  readonly discount: Rupiah;
  readonly shippingCost: Rupiah;
  readonly total: Rupiah | null;
  readonly costOfGoods: Rupiah | null;
  /** The Item text as CS wrote it; parsed only for sales in the three months. */
  readonly items: string;
  /** Kode Promo, normalised ('' or absent: no promo). */
  readonly promoCode?: string;
}

/** A stock row as the report needs it. */
export interface ReportStockItem {
  readonly sku: string;
  readonly name: string;
  readonly variant: string;
  readonly onHand: number;
  readonly available: number;
  readonly reorderPoint: number;
  readonly costPrice: Rupiah;
  readonly sellingPrice: Rupiah;
}

/** One item line of an order: SKU and quantity. */
export interface ReportItemLine {
  readonly sku: string;
  readonly quantity: number;
}

/** Everything the report is computed from. */
export interface ReportInput {
  /** The report month `yyyy-MM` (Jakarta). */
  readonly month: string;
  /** When the report is built (epoch ms). */
  readonly now: number;
  readonly orders: readonly ReportOrder[];
  readonly ledger: readonly LedgerEntry[];
  readonly ledgerProblems: readonly LedgerProblem[];
  readonly stock: readonly ReportStockItem[];
  /** The ledger categories from Pengaturan: expense rows follow this order. */
  readonly categories: readonly string[];
  /** Reads an order's Item text into lines (the pipeline's parser); unreadable text gives no lines. */
  readonly parseItems: (items: string) => readonly ReportItemLine[];
  /** Marketing · Promo's promos (read only when an order carries a code), for the promo results. */
  readonly promos?: readonly PromoBudget[];
  /** Pengaturan's MARKETPLACE block (marketplace-report.ts); absent: no fees listed. */
  readonly marketplaces?: readonly MarketplaceFee[];
  /** Each marketplace payout's orders from Keuangan · Pencairan (marketplace-report.ts); absent: read from the payout entries' notes. */
  readonly payoutOrders?: ReadonlyMap<string, readonly string[]>;
  /** `Batas selisih ongkir (%)` in hundredths of a percent (shipping-report.ts); absent: no warning. */
  readonly shippingMarginBp?: number;
}

/** Orders and revenue of one channel in one month. */
export interface ChannelSales {
  readonly orders: number;
  readonly revenue: Rupiah;
}

/** Every per-month figure; see the file comment for each definition. */
export interface MonthFigures {
  readonly month: string;
  readonly orderCount: number;
  readonly grossSales: Rupiah;
  readonly discounts: Rupiah;
  readonly revenue: Rupiah;
  readonly shippingCollected: Rupiah;
  readonly costOfGoods: Rupiah;
  /** Sales whose HPP was blank, estimated from today's cost price. */
  readonly estimatedCostOrders: number;
  readonly grossProfit: Rupiah;
  readonly grossMargin: number | null;
  readonly averageOrderValue: Rupiah | null;
  readonly otherIncome: Rupiah;
  readonly expensesByCategory: Readonly<Record<string, Rupiah>>;
  readonly operatingExpenses: Rupiah;
  readonly stockPurchases: Rupiah;
  /** Net stock adjustments of the month at cost (lost/damaged less found), not cash; lowers net profit. */
  readonly stockLoss: Rupiah;
  readonly netProfit: Rupiah;
  readonly cashIn: Rupiah;
  readonly cashOut: Rupiah;
  readonly refundCount: number;
  readonly refundAmount: Rupiah;
  /** Sales cancelled (reversed) in the month, and the revenue taken off with them. */
  readonly cancelledSales: number;
  readonly cancelledRevenue: Rupiah;
  /** Refund rows that are not a cancelled sale's: a deduction from what the month earned. */
  readonly otherRefunds: Rupiah;
  readonly complaints: number;
  readonly complaintRate: number | null;
  readonly outstandingCodCount: number;
  readonly outstandingCodAmount: Rupiah;
  readonly salesByChannel: Readonly<Record<string, ChannelSales>>;
}

/** A product's quantity and revenue in each of the three months (oldest first). */
export interface ProductSales {
  readonly sku: string;
  readonly name: string;
  readonly quantity: readonly number[];
  readonly revenue: readonly Rupiah[];
}

/** A SKU at or below its reorder point. */
export interface LowStockItem {
  readonly sku: string;
  readonly name: string;
  readonly onHand: number;
  readonly available: number;
  readonly reorderPoint: number;
}

/** The whole summary: three months of figures (oldest first, the report month last) and today's stock. */
export interface MonthlyReport {
  readonly month: string;
  readonly months: readonly string[];
  readonly generatedAt: number;
  readonly figures: readonly MonthFigures[];
  /** Channels in display order: the report month's best first. */
  readonly channels: readonly string[];
  /** Expense categories with an amount in any of the three months, in the order of Pengaturan's list. */
  readonly expenseCategories: readonly string[];
  readonly topProducts: readonly ProductSales[];
  readonly stockValue: Rupiah;
  readonly stockUnits: number;
  readonly lowStock: readonly LowStockItem[];
  readonly ledgerProblems: readonly LedgerProblem[];
  /** The report month's promo results (docs/marketing.md); empty when no sale carried a code. */
  readonly promos?: readonly PromoResult[];
  /** The position at each month end and the tax helper (books-section.ts); absent when not built. */
  readonly books?: BooksSection;
  /** Ads per channel against the months before (domain/ad-report.ts); absent when no ad was paid in the three months. */
  readonly ads?: AdReport;
  /** The report month's targets from Manajemen · Rencana (domain/target-report.ts); absent when none is set. */
  readonly target?: MonthTarget;
  /** Marketplace fees, payouts and receivable (marketplace-report.ts); absent when the window has none. */
  readonly marketplace?: MarketplaceSection;
  /** Said plainly when the month's shipping income exceeds its courier cost by more than the margin (shipping-report.ts). */
  readonly shippingWarning?: Text;
}

/** How many products the report lists. */
const TOP_PRODUCT_COUNT = 10;
/** The channel of an order with a blank Channel. */
const OTHER_CHANNEL = 'Lainnya';

const moment = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const money = (value: unknown): Rupiah | null => (cellText(value) === '' ? null : parseRupiah(value));
const count = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(cellText(value));
  return cellText(value) !== '' && Number.isFinite(n) ? n : 0;
};

/** The order columns the report reads (reportOrderFromRecord uses exactly these). */
export const REPORT_ORDER_KEYS: readonly OrderColumnKey[] = [
  'orderId', 'orderDate', 'channel', 'items', 'paymentMethod', 'paymentStatus', 'shippingCost', 'discount', 'subtotal',
  'total', 'costOfGoods', 'fulfilment', 'complaint', 'approvedAt', 'shippedAt', 'deliveredAt', 'cancelledAt', 'promoCode',
];

/** The moments that close an order (delivered, cancelled), with shipped beside them: what decides whether a closed row can matter. */
export const CLOSING_KEYS: readonly OrderColumnKey[] = ['shippedAt', 'deliveredAt', 'cancelledAt'];

/**
 * Whether a row of `Gudang · Selesai` was closed — delivered or cancelled, with the moment as a date —
 * before `start`. An order reaches Selesai when it is closed, after it was approved and shipped, so
 * such a row holds no sale from `start` on (its sale moment, approval or delivery, came before it
 * closed) and no COD money outstanding at any month end after `start` (it was delivered or cancelled
 * before). The report skips these rows when they lead the sheet (see loadMonthlyReport).
 */
export function closedBefore(record: Readonly<Record<string, unknown>>, start: number): boolean {
  const delivered = moment(record.deliveredAt);
  const cancelled = moment(record.cancelledAt);
  if (delivered === null && cancelled === null) return false;
  return Math.max(delivered ?? -Infinity, cancelled ?? -Infinity) < start;
}

/** Reads an order row (keys of ORDER_COLUMNS) into what the report needs; blank or unreadable money is 0 or null. */
export function reportOrderFromRecord(record: Readonly<Record<string, unknown>>): ReportOrder {
  return {
    orderId: cellText(record.orderId),
    channel: cellText(record.channel),
    paymentMethod: cellText(record.paymentMethod),
    paymentStatus: cellText(record.paymentStatus),
    fulfilment: cellText(record.fulfilment),
    complaint: cellText(record.complaint),
    orderDate: moment(record.orderDate),
    approvedAt: moment(record.approvedAt),
    shippedAt: moment(record.shippedAt),
    deliveredAt: moment(record.deliveredAt),
    cancelledAt: moment(record.cancelledAt),
    subtotal: money(record.subtotal),
    discount: money(record.discount) ?? 0,
    shippingCost: money(record.shippingCost) ?? 0,
    total: money(record.total),
    costOfGoods: money(record.costOfGoods),
    items: cellText(record.items),
    ...promoOf(record.promoCode),
  };
}

/** An order's promo code for the report, only when it has one (so records without a promo read as before). */
const promoOf = (value: unknown): { promoCode?: string } => {
  const code = normalizePromoCode(value);
  return code === '' ? {} : { promoCode: code };
};

/**
 * The orders of several sheets, each order once: `sheetsLatestFirst` lists the sheets from the furthest
 * stage on, and an order ID found on two of them (a move cut short between its append and its removal)
 * keeps the row of the later stage. Rows without an order ID are kept as they are.
 */
export function mergeOrderSheets(sheetsLatestFirst: readonly (readonly ReportOrder[])[]): ReportOrder[] {
  const merged: ReportOrder[] = [];
  const seen = new Set<string>();
  for (const orders of sheetsLatestFirst) {
    for (const order of orders) {
      if (order.orderId !== '') {
        if (seen.has(order.orderId)) continue;
        seen.add(order.orderId);
      }
      merged.push(order);
    }
  }
  return merged;
}

/** The stock columns the report reads (reportStockItemFromRecord uses exactly these). */
export const REPORT_STOCK_KEYS: readonly string[] = ['sku', 'name', 'variant', 'onHand', 'reserved', 'available', 'reorderPoint', 'costPrice', 'sellingPrice'];

/** Reads a stock row (keys of STOCK_SHEET); available defaults to on hand − reserved when blank. */
export function reportStockItemFromRecord(record: Readonly<Record<string, unknown>>): ReportStockItem {
  const onHand = count(record.onHand);
  const available = cellText(record.available) === '' ? onHand - count(record.reserved) : count(record.available);
  return {
    sku: cellText(record.sku),
    name: productLabel(record),
    variant: cellText(record.variant),
    onHand,
    available,
    reorderPoint: count(record.reorderPoint),
    costPrice: money(record.costPrice) ?? 0,
    sellingPrice: money(record.sellingPrice) ?? 0,
  };
}

const isCod = (order: ReportOrder): boolean => order.paymentMethod.toLowerCase() === 'cod';
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const PAST_APPROVAL = ['menunggu packing', 'sudah dikemas', 'sudah dikirim', 'diterima'];

/** The moment an order became a sale (see the file comment), or null when it is not a sale. */
export function saleMoment(order: ReportOrder): number | null {
  const status = order.fulfilment.toLowerCase();
  if (status === 'ditolak') return null;
  if (isCod(order)) {
    if (order.deliveredAt !== null) return order.deliveredAt;
    return status === 'diterima' ? order.orderDate : null;
  }
  if (order.approvedAt !== null) return order.approvedAt;
  return PAST_APPROVAL.includes(status) ? order.orderDate : null;
}

const isCancelled = (order: ReportOrder): boolean => order.fulfilment.toLowerCase() === 'dibatalkan';

/** The moment a sale was cancelled (and so reversed), or null when it was not cancelled or the moment is blank. */
export function cancellationMoment(order: ReportOrder): number | null {
  return isCancelled(order) ? order.cancelledAt : null;
}

/** Whether a Refund row pays back a cancelled sale: its ID is `RF-<order>` or its Referensi names the order. */
function isCancellationRefund(entry: LedgerEntry, cancelledOrders: ReadonlySet<string>): boolean {
  const reference = entry.reference.toLowerCase();
  if (reference !== '' && cancelledOrders.has(reference)) return true;
  const prefix = refundLedgerId('').toLowerCase();
  const id = entry.entryId.toLowerCase();
  return id.startsWith(prefix) && cancelledOrders.has(id.slice(prefix.length));
}

/** Revenue of one order: Total − Ongkir, or Subtotal − Diskon when Total is blank. */
export function orderRevenue(order: ReportOrder): Rupiah {
  if (order.total !== null) return order.total - order.shippingCost;
  return (order.subtotal ?? 0) - order.discount;
}

/** Whether a COD order's money was still with the courier at `end` (epoch ms): its goods are in transit then. */
export function isCodOutstandingAt(order: ReportOrder, end: number): boolean {
  if (!isCod(order) || order.shippedAt === null || order.shippedAt >= end) return false;
  const status = order.fulfilment.toLowerCase();
  if (status === 'ditolak') return false;
  if (order.deliveredAt !== null) return order.deliveredAt >= end;
  if (order.cancelledAt !== null) return order.cancelledAt >= end;
  // No timestamp: trust the status as it stands now.
  return status !== 'diterima' && status !== 'dibatalkan' && !same(order.paymentStatus, 'Lunas');
}

/** Splits `amount` over weights in proportion, in whole Rupiah, the last share taking the rounding. */
function splitByWeight(amount: Rupiah, weights: readonly number[]): Rupiah[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  return weights.map((w, i) => {
    if (i === weights.length - 1) return amount - given;
    const share = sum > 0 ? Math.round((amount * w) / sum) : 0;
    given += share;
    return share;
  });
}

interface MonthTally {
  orderCount: number;
  discounts: number;
  revenue: number;
  shippingCollected: number;
  costOfGoods: number;
  estimatedCostOrders: number;
  complaints: number;
  outstandingCodCount: number;
  outstandingCodAmount: number;
  channels: Map<string, { orders: number; revenue: number }>;
  products: Map<string, { quantity: number; revenue: number }>;
  expenses: Map<string, number>;
  otherIncome: number;
  cashIn: number;
  cashOut: number;
  refundCount: number;
  refundAmount: number;
  stockLoss: number;
  cancelledSales: number;
  cancelledRevenue: number;
  otherRefunds: number;
}

const emptyTally = (): MonthTally => ({
  orderCount: 0,
  discounts: 0,
  revenue: 0,
  shippingCollected: 0,
  costOfGoods: 0,
  estimatedCostOrders: 0,
  complaints: 0,
  outstandingCodCount: 0,
  outstandingCodAmount: 0,
  channels: new Map(),
  products: new Map(),
  expenses: new Map(),
  otherIncome: 0,
  cashIn: 0,
  cashOut: 0,
  refundCount: 0,
  refundAmount: 0,
  stockLoss: 0,
  cancelledSales: 0,
  cancelledRevenue: 0,
  otherRefunds: 0,
});

/** Builds the summary for `input.month` and the two months before; pure, one pass over orders and ledger. */
export function buildMonthlyReport(input: ReportInput): MonthlyReport {
  const months = [previousMonth(input.month, 2), previousMonth(input.month, 1), input.month];
  const bounds = months.map((m) => monthBounds(m));
  const windowStart = bounds[0].start;
  const windowEnd = bounds[2].end;
  const monthIndex = (t: number): number => {
    if (t < windowStart || t >= windowEnd) return -1;
    return t < bounds[1].start ? 0 : t < bounds[2].start ? 1 : 2;
  };
  const tallies = months.map(() => emptyTally());
  const stockBySku = new Map<string, ReportStockItem>();
  for (const item of input.stock) if (item.sku) stockBySku.set(item.sku.toLowerCase(), item);
  const productNames = new Map<string, { sku: string; name: string }>();
  const promoSales: PromoSale[] = [];
  /** Order IDs (lower case) of cancelled sales: their refunds are the cash side of the reversal. */
  const reversedRefunds = new Set<string>();

  for (const order of input.orders) {
    for (let i = 0; i < 3; i++) {
      if (isCodOutstandingAt(order, bounds[i].end)) {
        tallies[i].outstandingCodCount++;
        tallies[i].outstandingCodAmount += order.total ?? orderRevenue(order) + order.shippingCost;
      }
    }
    const at = saleMoment(order);
    if (at === null) continue;
    const reversedAt = cancellationMoment(order);
    if (isCancelled(order) && reversedAt === null) continue;
    if (reversedAt !== null) reversedRefunds.add(order.orderId.toLowerCase());
    const i = monthIndex(at);
    if (i >= 0) {
      if (i === 2 && order.promoCode && !isCancelled(order)) {
        promoSales.push({ promoCode: order.promoCode, discount: order.discount, revenue: orderRevenue(order), costOfGoods: order.costOfGoods ?? 0 });
      }
      tallySale(tallies[i], order, 1);
    }
    const j = reversedAt === null ? -1 : monthIndex(reversedAt);
    if (j >= 0) tallySale(tallies[j], order, -1);
  }

  /** Adds a sale (sign 1) or takes a cancelled one off (sign −1) in one month's tally. */
  function tallySale(tally: MonthTally, order: ReportOrder, sign: 1 | -1): void {
    const revenue = orderRevenue(order);
    tally.orderCount += sign;
    tally.revenue += sign * revenue;
    tally.discounts += sign * order.discount;
    // A marketplace order's buyer pays shipping to the marketplace, which pays the courier (marketplace-report.ts).
    if (!isMarketplaceChannel(order.channel, input.marketplaces ?? [])) tally.shippingCollected += sign * order.shippingCost;
    if (sign < 0) {
      tally.cancelledSales++;
      tally.cancelledRevenue += revenue;
    } else if (order.complaint !== '') tally.complaints++;
    const channel = order.channel || OTHER_CHANNEL;
    const perChannel = tally.channels.get(channel) ?? { orders: 0, revenue: 0 };
    perChannel.orders += sign;
    perChannel.revenue += sign * revenue;
    tally.channels.set(channel, perChannel);

    const lines = order.items ? input.parseItems(order.items).filter((l) => l.sku !== '' && l.quantity > 0) : [];
    if (order.costOfGoods !== null) {
      tally.costOfGoods += sign * order.costOfGoods;
    } else {
      if (sign > 0 && !isCancelled(order)) tally.estimatedCostOrders++;
      for (const line of lines) tally.costOfGoods += sign * line.quantity * (stockBySku.get(line.sku.toLowerCase())?.costPrice ?? 0);
    }
    if (lines.length > 0) {
      const listValues = lines.map((l) => l.quantity * (stockBySku.get(l.sku.toLowerCase())?.sellingPrice ?? 0));
      const weights = listValues.every((v) => v > 0) ? listValues : lines.map((l) => l.quantity);
      const shares = splitByWeight(revenue, weights);
      lines.forEach((line, n) => {
        const key = line.sku.toLowerCase();
        if (!productNames.has(key)) {
          const item = stockBySku.get(key);
          productNames.set(key, { sku: item?.sku ?? line.sku, name: item?.name ?? '' });
        }
        const product = tally.products.get(key) ?? { quantity: 0, revenue: 0 };
        product.quantity += sign * line.quantity;
        product.revenue += sign * shares[n];
        tally.products.set(key, product);
      });
    }
  }

  for (const entry of input.ledger) {
    const i = monthIndex(entry.date);
    if (i < 0 || isOpeningBalance(entry)) continue;
    const tally = tallies[i];
    const loss = stockLossOf(entry);
    if (loss !== null) {
      tally.stockLoss += loss;
      continue;
    }
    if (entry.type === EXPENSE) {
      tally.cashOut += entry.amount;
      tally.expenses.set(entry.category, (tally.expenses.get(entry.category) ?? 0) + entry.amount);
      if (same(entry.category, REFUND_CATEGORY)) {
        tally.refundCount++;
        tally.refundAmount += entry.amount;
        if (!isCancellationRefund(entry, reversedRefunds)) tally.otherRefunds += entry.amount;
      }
    } else if (entry.type === INCOME) {
      tally.cashIn += entry.amount;
      if (!same(entry.category, SALES_CATEGORY) && !same(entry.category, SHIPPING_CATEGORY)) tally.otherIncome += entry.amount;
    }
  }

  const marketplace = marketplaceSection({ orders: input.orders, ledger: input.ledger, fees: input.marketplaces ?? [], bounds, saleMoment: (o) => saleMoment(o as ReportOrder), payoutOrders: input.payoutOrders });
  // Net profit counts what a marketplace really pays: its fee off, a payout's difference from the expected on.
  const figures = tallies.map((t, i) => monthFigures(months[i], t)).map((f, i) => (marketplace ? { ...f, netProfit: f.netProfit - marketplace.months[i].fees + marketplace.months[i].payoutDifference } : f));
  const warning = input.shippingMarginBp === undefined ? null : shippingWarning(figures[2], input.shippingMarginBp);
  const report = tallies[2];
  const channels = [...new Set(tallies.flatMap((t) => [...t.channels.keys()]))].sort((a, b) => {
    const byMonth = (report.channels.get(b)?.revenue ?? 0) - (report.channels.get(a)?.revenue ?? 0);
    if (byMonth !== 0) return byMonth;
    const total = (c: string) => tallies.reduce((s, t) => s + (t.channels.get(c)?.revenue ?? 0), 0);
    return total(b) - total(a) || a.localeCompare(b);
  });
  const usedCategories = new Set(tallies.flatMap((t) => [...t.expenses.keys()]));
  const listed = input.categories.filter((c) => usedCategories.has(c));
  const expenseCategories = [...listed, ...[...usedCategories].filter((c) => !listed.includes(c)).sort()];
  const topProducts = [...report.products.entries()]
    .sort(([ka, a], [kb, b]) => b.revenue - a.revenue || b.quantity - a.quantity || ka.localeCompare(kb))
    .slice(0, TOP_PRODUCT_COUNT)
    .map(([key]) => ({
      sku: productNames.get(key)?.sku ?? key,
      name: productNames.get(key)?.name ?? '',
      quantity: tallies.map((t) => t.products.get(key)?.quantity ?? 0),
      revenue: tallies.map((t) => t.products.get(key)?.revenue ?? 0),
    }));
  let stockValue = 0;
  let stockUnits = 0;
  const lowStock: LowStockItem[] = [];
  for (const item of input.stock) {
    if (!item.sku) continue;
    stockValue += Math.max(item.onHand, 0) * item.costPrice;
    stockUnits += item.onHand;
    if (item.available <= item.reorderPoint) {
      lowStock.push({ sku: item.sku, name: item.name, onHand: item.onHand, available: item.available, reorderPoint: item.reorderPoint });
    }
  }
  lowStock.sort((a, b) => a.available - a.reorderPoint - (b.available - b.reorderPoint) || a.sku.localeCompare(b.sku));
  return {
    month: input.month,
    months,
    generatedAt: input.now,
    figures,
    channels,
    expenseCategories,
    topProducts,
    stockValue,
    stockUnits,
    lowStock,
    ledgerProblems: [...input.ledgerProblems],
    ...(promoSales.length ? { promos: promoResults(promoSales, input.promos ?? []) } : {}),
    ...(marketplace ? { marketplace } : {}),
    ...(warning ? { shippingWarning: warning } : {}),
  };
}

function monthFigures(month: string, t: MonthTally): MonthFigures {
  const grossProfit = t.revenue - t.costOfGoods;
  const stockPurchases = [...t.expenses.entries()].filter(([c]) => same(c, STOCK_PURCHASE_CATEGORY)).reduce((s, [, v]) => s + v, 0);
  const refunds = [...t.expenses.entries()].filter(([c]) => same(c, REFUND_CATEGORY)).reduce((s, [, v]) => s + v, 0);
  const operatingExpenses = t.cashOut - stockPurchases - refunds;
  return {
    month,
    orderCount: t.orderCount,
    grossSales: t.revenue + t.discounts,
    discounts: t.discounts,
    revenue: t.revenue,
    shippingCollected: t.shippingCollected,
    costOfGoods: t.costOfGoods,
    estimatedCostOrders: t.estimatedCostOrders,
    grossProfit,
    grossMargin: t.revenue !== 0 ? grossProfit / t.revenue : null,
    averageOrderValue: t.orderCount > 0 ? Math.round(t.revenue / t.orderCount) : null,
    otherIncome: t.otherIncome,
    expensesByCategory: Object.fromEntries(t.expenses),
    operatingExpenses,
    stockPurchases,
    stockLoss: t.stockLoss,
    netProfit: grossProfit + t.shippingCollected + t.otherIncome - t.otherRefunds - operatingExpenses - t.stockLoss,
    cashIn: t.cashIn,
    cashOut: t.cashOut,
    refundCount: t.refundCount,
    refundAmount: t.refundAmount,
    cancelledSales: t.cancelledSales,
    cancelledRevenue: t.cancelledRevenue,
    otherRefunds: t.otherRefunds,
    complaints: t.complaints,
    complaintRate: t.orderCount > 0 ? t.complaints / t.orderCount : null,
    outstandingCodCount: t.outstandingCodCount,
    outstandingCodAmount: t.outstandingCodAmount,
    salesByChannel: Object.fromEntries(t.channels),
  };
}

const MONTH_WORDS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, des: 12, desember: 12, dec: 12, december: 12,
};

/** Reads a month as people type it — `2026-11`, `11/2026`, `11-2026`, `Nov 2026`, `November 2026` — as `yyyy-MM`; null otherwise. */
export function parseReportMonth(value: string): string | null {
  const raw = value.trim().toLowerCase();
  let year: number | undefined;
  let month: number | undefined;
  let m = /^(\d{4})-(\d{1,2})$/.exec(raw);
  if (m) [year, month] = [Number(m[1]), Number(m[2])];
  m = m ? m : /^(\d{1,2})[/-](\d{4})$/.exec(raw);
  if (m && year === undefined) [year, month] = [Number(m[2]), Number(m[1])];
  const words = /^([a-z]+)\s+(\d{4})$/.exec(raw);
  if (words && MONTH_WORDS[words[1]]) [year, month] = [Number(words[2]), MONTH_WORDS[words[1]]];
  if (year === undefined || month === undefined || month < 1 || month > 12 || year < 2000 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}
