/**
 * What the shop has, is owed and owes at the end of each report month — the report's "Posisi" section,
 * beside the profit it earned (docs/finance.md § Books that tie out). Pure.
 *
 * - **Cash per account**: each cash account's balance at the month end (cash-accounts.ts), to compare
 *   with the bank statement, e-wallet history or the cash box.
 * - **Goods with the courier** (barang dalam pengiriman): COD parcels shipped before the month ended and
 *   neither delivered nor cancelled by then, at cost (the order's HPP; its items × today's cost price when
 *   blank). They left the stock, and they are no sale (and no HPP) until delivered.
 * - **Sold, not yet shipped**: prepaid orders that are sales (approved) but not shipped yet, at cost, as
 *   the sheets stand now. Their HPP is already counted, while their units are still in `Stok Fisik`
 *   (shipping takes them out), so the stock value includes them: this line says by how much.
 * - **Receivables** (piutang): money owed to the shop. Toko's own: what was paid to a supplier beyond the
 *   goods that arrived (uang muka ke supplier). Other sections add theirs (`ReceivableLine`, e.g. the
 *   marketplace payouts not yet received: piutang marketplace).
 * - **Payables** (utang ke supplier): per PO, the goods that arrived (Σ `Qty Diterima` × `Harga Satuan`)
 *   minus what was paid for it — every cash-book `Pengeluaran · Pembelian stok` whose `Referensi` is the
 *   PO (Terima stok writes one per arrival unless the PO line says `Bayar Terpisah: Ya`). As
 *   `Keuangan · Pembelian` stands when the report is built: it keeps no history, so only the report month
 *   shows payables and supplier advances.
 */
import { Text } from './i18n';
import { cellText } from './cell';
import { Rupiah, parseRupiah } from './money';
import { EXPENSE, LedgerEntry, STOCK_PURCHASE_CATEGORY } from './ledger';
import { AccountBalance, accountBalances } from './cash-accounts';
import { cancellationMoment, isCodOutstandingAt, ReportItemLine, ReportOrder, ReportStockItem, saleMoment } from './monthly-report';

/** One PO line as the position needs it. */
export interface PositionPurchaseLine {
  readonly poId: string;
  readonly supplier: string;
  readonly unitCost: Rupiah;
  readonly received: number;
}

/** Reads a `Keuangan · Pembelian` row; a line without PO ID, or with an unreadable price or quantity, counts as nothing arrived. */
export function positionPurchaseLine(record: Readonly<Record<string, unknown>>): PositionPurchaseLine {
  const received = Number(cellText(record.received));
  return {
    poId: cellText(record.poId),
    supplier: cellText(record.supplier),
    unitCost: parseRupiah(record.unitCost) ?? 0,
    received: Number.isInteger(received) && received > 0 ? received : 0,
  };
}

/** A receivable line of the position: its label and an amount per report month (null where not known). */
export interface ReceivableLine {
  readonly label: Text;
  readonly amounts: readonly (Rupiah | null)[];
}

/** One PO that owes or is owed. */
export interface SupplierBalance {
  readonly poId: string;
  readonly supplier: string;
  readonly arrived: Rupiah;
  readonly paid: Rupiah;
}

/** The position at the three month ends (oldest first). */
export interface BooksPosition {
  readonly cash: readonly AccountBalance[];
  readonly goodsInTransitCount: readonly number[];
  readonly goodsInTransitCost: readonly Rupiah[];
  /** Sales not shipped yet (now): their count and cost, still inside the stock value. */
  readonly soldNotShippedCount: number;
  readonly soldNotShippedCost: Rupiah;
  readonly receivables: readonly ReceivableLine[];
  /** POs whose arrived goods are not fully paid (largest first): the payables, as things stand now. */
  readonly payables: readonly SupplierBalance[];
  readonly payablesTotal: Rupiah;
  /** Paid to suppliers beyond what arrived, as things stand now. */
  readonly supplierAdvances: Rupiah;
}

/** What the position is computed from. */
export interface PositionInput {
  /** The three month ends (epoch ms, oldest first). */
  readonly monthEnds: readonly number[];
  readonly orders: readonly ReportOrder[];
  readonly ledger: readonly LedgerEntry[];
  readonly stock: readonly ReportStockItem[];
  readonly parseItems: (items: string) => readonly ReportItemLine[];
  readonly cashAccounts: readonly string[];
  readonly purchases: readonly PositionPurchaseLine[];
  /** Other sections' receivables (e.g. piutang marketplace), listed after Toko's own. */
  readonly otherReceivables?: readonly ReceivableLine[];
}

const RECEIVABLE_TEXTS = {
  supplierAdvance: { id: 'Uang muka ke supplier (dibayar, barang belum datang)', en: 'Paid to suppliers, goods not arrived yet' } as Text,
};

/** The cost of an order's goods: its HPP, or its items × today's cost price when blank. */
function goodsCost(order: ReportOrder, costs: ReadonlyMap<string, Rupiah>, parseItems: PositionInput['parseItems']): Rupiah {
  if (order.costOfGoods !== null) return order.costOfGoods;
  return parseItems(order.items).reduce((sum, line) => sum + line.quantity * (costs.get(line.sku.toLowerCase()) ?? 0), 0);
}

/** Computes the position (see the file comment). */
export function buildBooksPosition(input: PositionInput): BooksPosition {
  const costs = new Map(input.stock.map((item) => [item.sku.toLowerCase(), item.costPrice]));
  const count = input.monthEnds.map(() => 0);
  const cost = input.monthEnds.map(() => 0);
  for (const order of input.orders) {
    input.monthEnds.forEach((end, i) => {
      if (!isCodOutstandingAt(order, end)) return;
      count[i]++;
      cost[i] += goodsCost(order, costs, input.parseItems);
    });
  }

  let soldNotShippedCount = 0;
  let soldNotShippedCost = 0;
  for (const order of input.orders) {
    const status = order.fulfilment.toLowerCase();
    if (saleMoment(order) === null || order.shippedAt !== null || cancellationMoment(order) !== null) continue;
    if (status !== 'menunggu packing' && status !== 'sudah dikemas') continue;
    soldNotShippedCount++;
    soldNotShippedCost += goodsCost(order, costs, input.parseItems);
  }

  const perPo = new Map<string, { poId: string; supplier: string; arrived: number; paid: number }>();
  const po = (poId: string) => {
    const key = poId.toLowerCase();
    let found = perPo.get(key);
    if (!found) {
      found = { poId, supplier: '', arrived: 0, paid: 0 };
      perPo.set(key, found);
    }
    return found;
  };
  for (const line of input.purchases) {
    if (!line.poId) continue;
    const target = po(line.poId);
    target.arrived += line.received * line.unitCost;
    if (!target.supplier) target.supplier = line.supplier;
  }
  for (const entry of input.ledger) {
    if (entry.type !== EXPENSE || entry.category.toLowerCase() !== STOCK_PURCHASE_CATEGORY.toLowerCase()) continue;
    const key = entry.reference.toLowerCase();
    if (key && perPo.has(key)) po(entry.reference).paid += entry.amount;
  }
  const balances = [...perPo.values()];
  const payables = balances.filter((b) => b.arrived > b.paid).sort((a, b) => b.arrived - b.paid - (a.arrived - a.paid) || a.poId.localeCompare(b.poId));
  const supplierAdvances = balances.reduce((sum, b) => sum + Math.max(0, b.paid - b.arrived), 0);
  const last = input.monthEnds.length - 1;
  return {
    cash: accountBalances(input.ledger, input.cashAccounts, input.monthEnds),
    goodsInTransitCount: count,
    goodsInTransitCost: cost,
    soldNotShippedCount,
    soldNotShippedCost,
    receivables: [
      { label: RECEIVABLE_TEXTS.supplierAdvance, amounts: input.monthEnds.map((_, i) => (i === last ? supplierAdvances : null)) },
      ...(input.otherReceivables ?? []),
    ],
    payables,
    payablesTotal: payables.reduce((sum, b) => sum + b.arrived - b.paid, 0),
    supplierAdvances,
  };
}
