/**
 * Buying stock from distributors (`Keuangan · Pembelian`): PO lines, receipts (partial ones too),
 * the weighted average cost that HPP uses, the PO's status, and the PO e-mail to a supplier.
 * Pure: the use cases read the sheets, call these, and write what they return.
 */
import { Lang, Text } from './i18n';
import { cellText } from './cell';
import { Rupiah, formatRupiah, parseRupiah } from './money';
import { formatJakartaDate } from './jakarta-time';
import { EXPENSE, NewLedgerEntry, STOCK_PURCHASE_CATEGORY } from './ledger';
import { escapeHtml } from './html';
import { purchaseTexts } from './finance-messages';
import { PURCHASE_STATUSES } from '../sheets/schema';

/** Where a PO line stands. */
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

/** One line of a purchase order: one SKU from one supplier. */
export interface PurchaseLine {
  readonly rowNumber: number;
  readonly poId: string;
  readonly date: number | null;
  readonly supplier: string;
  readonly supplierEmail: string;
  readonly sku: string;
  readonly quantity: number;
  readonly unitCost: Rupiah;
  readonly received: number;
  /** What finance typed in `Terima Sekarang`; null when blank (then the remaining quantity arrives). */
  readonly receiveNow: number | null;
  readonly status: PurchaseStatus;
  readonly note: string;
  /**
   * `Bayar Terpisah: Ya`: the supplier is paid apart from the arrival (on credit, or in advance), and
   * finance books that payment in the cash book; a receipt then books no expense. Absent: paid on arrival.
   */
  readonly paidSeparately?: boolean;
}

/** A PO row as the table reads it (keys of PURCHASES_SHEET). */
export interface PurchaseRowInput {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, unknown>>;
}

/** The stock row of a SKU as far as receiving cares: on hand, the average cost price, the receipts it holds. */
export interface StockCost {
  readonly rowNumber: number;
  readonly sku: string;
  readonly name: string;
  readonly onHand: number;
  /** Null when the sheet has no cost price yet. */
  readonly averageCost: Rupiah | null;
  /** Receipt IDs whose units are already in `onHand` (the `:T` marks of the row's trail); none when absent. */
  readonly receiptMarks?: ReadonlySet<string>;
}

/** A whole number from a cell (number or digits typed as text); null for blank, NaN for anything else. */
function wholeNumber(value: unknown): number | null {
  if (cellText(value) === '') return null;
  const n = typeof value === 'number' ? value : /^-?\d+$/.test(cellText(value)) ? Number(cellText(value)) : NaN;
  return Number.isInteger(n) ? n : NaN;
}

/** Reads a status as written (case-insensitive); blank is Draft; null when unknown. */
function parsePurchaseStatus(value: unknown): PurchaseStatus | null {
  const raw = cellText(value).toLowerCase();
  if (raw === '') return 'Draft';
  return PURCHASE_STATUSES.find((s) => s.toLowerCase() === raw) ?? null;
}

/** Reads and checks one PO row: ID, SKU, quantity > 0, unit cost ≥ 0, received within 0…quantity, status. */
export function readPurchaseLine(row: PurchaseRowInput): { line: PurchaseLine } | { problem: Text } {
  const r = row.record;
  const faults: Text[] = [];
  const poId = cellText(r.poId);
  const sku = cellText(r.sku);
  if (!poId) faults.push(purchaseTexts.poIdMissing());
  if (!sku) faults.push(purchaseTexts.skuMissing());
  const quantity = wholeNumber(r.quantity);
  if (quantity === null || Number.isNaN(quantity) || quantity <= 0) faults.push(purchaseTexts.quantityInvalid(cellText(r.quantity)));
  const unitCost = parseRupiah(r.unitCost);
  if (unitCost === null || unitCost < 0) faults.push(purchaseTexts.unitCostInvalid(cellText(r.unitCost)));
  const receivedRaw = wholeNumber(r.received);
  const received = receivedRaw ?? 0;
  if (Number.isNaN(received) || received < 0 || (quantity !== null && quantity > 0 && received > quantity)) {
    faults.push(purchaseTexts.receivedInvalid(cellText(r.received)));
  }
  const receiveNow = wholeNumber(r.receiveNow);
  if (receiveNow !== null && (Number.isNaN(receiveNow) || receiveNow <= 0)) faults.push(purchaseTexts.receiveNowInvalid(cellText(r.receiveNow)));
  const status = parsePurchaseStatus(r.status);
  if (status === null) faults.push(purchaseTexts.statusInvalid(cellText(r.status)));
  if (faults.length > 0) return { problem: purchaseTexts.row(row.rowNumber, poId, faults) };
  return {
    line: {
      rowNumber: row.rowNumber,
      poId,
      date: typeof r.date === 'number' ? r.date : null,
      supplier: cellText(r.supplier),
      supplierEmail: cellText(r.supplierEmail).toLowerCase(),
      sku,
      quantity: quantity as number,
      unitCost: unitCost as number,
      received,
      receiveNow,
      status: status as PurchaseStatus,
      note: cellText(r.note),
      ...(/^(ya|yes|y)$/i.test(cellText(r.paidSeparately)) ? { paidSeparately: true } : {}),
    },
  };
}

/**
 * The new average cost after `quantity` arrive at `unitCost`: (onHand×avg + qty×unitCost)/(onHand+qty),
 * rounded to whole Rupiah. With nothing (or less than nothing) on hand, or no average yet, the new cost
 * is the unit cost: there is no older stock to average with.
 */
export function weightedAverageCost(onHand: number, averageCost: Rupiah | null, quantity: number, unitCost: Rupiah): Rupiah {
  if (onHand <= 0 || averageCost === null) return Math.round(unitCost);
  return Math.round((onHand * averageCost + quantity * unitCost) / (onHand + quantity));
}

/** The status of a line once `receivedAfter` of its `quantity` have arrived. */
function statusAfterReceipt(quantity: number, receivedAfter: number): PurchaseStatus {
  return receivedAfter >= quantity ? 'Diterima' : 'Sebagian diterima';
}

/**
 * The ID of one receipt: the PO, the SKU and how many of the line have arrived once it is in
 * (`PB-PO-1-KAOS-HTM-L-4`, then `…-10`). A line's received count only grows, so the number is the
 * receipt's place in the line's sequence of receipts; and since it is computed from the PO line as it
 * stood before the receipt, a rerun after a failure computes the same ID. The ID goes with every effect:
 * it is the cash-book entry's ID, the `:T` mark in the stock row's trail, and the PO line's
 * `Qty Diterima` (its number) once the line is updated.
 */
export function receiptId(poId: string, sku: string, receivedAfter: number): string {
  return `PB-${poId}-${sku}-${receivedAfter}`.replace(/[\s,]+/g, '_');
}

/** One receipt planned for one PO line. */
export interface Receipt {
  readonly line: PurchaseLine;
  readonly quantity: number;
  readonly amount: Rupiah;
  readonly receivedAfter: number;
  readonly status: PurchaseStatus;
  /** The receipt ID (see receiptId), which is also its cash-book entry ID. */
  readonly entryId: string;
  /** The cash book already holds this receipt's expense (an earlier run stopped half-way): not booked again. */
  readonly booked: boolean;
  /** The stock row's trail already marks this receipt: its units are in on hand, not added again. */
  readonly stocked: boolean;
  readonly stockRowNumber: number;
  readonly onHandBefore: number;
  readonly onHandAfter: number;
  readonly averageCostBefore: Rupiah | null;
  readonly averageCostAfter: Rupiah;
}

/** What a stock row becomes: on hand, cost price, and the receipt IDs to mark in its trail. */
export interface ReceiptStockChange {
  readonly onHand: number;
  readonly costPrice: Rupiah;
  readonly receiptIds: readonly string[];
}

/** What receiving the selected lines would do; nothing is applied when `problems` is not empty. */
export interface ReceiptPlan {
  readonly receipts: Receipt[];
  /** Lines with nothing to receive now (complete, or partly received with Terima Sekarang blank), with the reason. */
  readonly skipped: Text[];
  /** Bad lines: any of them means the use case writes nothing and shows these. */
  readonly problems: Text[];
  /** The final on hand and cost price per stock row touched, with the receipts to mark. */
  readonly stockChanges: ReadonlyMap<number, ReceiptStockChange>;
}

const receiptTexts = {
  partlyReceived: (rowNumber: number, poId: string, sku: string, received: number, quantity: number): Text => ({
    id: `Baris ${rowNumber}: ${poId} ${sku} — ${received} dari ${quantity} sudah diterima. Untuk bagian berikutnya, isi Terima Sekarang dengan jumlah yang datang, lalu jalankan lagi.`,
    en: `Row ${rowNumber}: ${poId} ${sku} — ${received} of ${quantity} already received. For the next part, type the quantity that arrived in Receive now, then run it again.`,
  }),
};

/**
 * Plans receiving each selected line: `Terima Sekarang` if typed; blank means everything, but only on a
 * line nothing has arrived for yet — on a partly received line a blank is skipped (a click again after
 * a run that failed at its very end must not receive the rest). Refuses (as problems) cancelled lines,
 * more than remains, and SKUs missing from the stock sheet; skips complete lines. Each effect of a
 * receipt is checked on its own: the expense by its ID in `bookedEntryIds`, the units by the receipt's
 * mark in the stock row. Receipts of the same SKU chain, so the second one averages with the first.
 */
export function planReceipts(
  lines: readonly PurchaseLine[],
  stock: readonly StockCost[],
  bookedEntryIds: ReadonlySet<string>,
): ReceiptPlan {
  const bySku = new Map(stock.map((s) => [s.sku.toLowerCase(), s]));
  const current = new Map<number, { onHand: number; costPrice: Rupiah | null; receiptIds: string[] }>();
  const receipts: Receipt[] = [];
  const skipped: Text[] = [];
  const problems: Text[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.poId}\u0000${line.sku.toLowerCase()}`;
    const twin = seen.get(key);
    if (twin !== undefined) {
      problems.push(purchaseTexts.duplicateLine(line.rowNumber, line.poId, line.sku, twin));
      continue;
    }
    seen.set(key, line.rowNumber);
    const remaining = line.quantity - line.received;
    if (line.status === 'Batal') {
      problems.push(purchaseTexts.cancelled(line.rowNumber, line.poId));
      continue;
    }
    if (remaining <= 0) {
      skipped.push(purchaseTexts.alreadyComplete(line.rowNumber, line.poId, line.sku));
      continue;
    }
    if (line.receiveNow === null && line.received > 0) {
      skipped.push(receiptTexts.partlyReceived(line.rowNumber, line.poId, line.sku, line.received, line.quantity));
      continue;
    }
    const quantity = line.receiveNow ?? remaining;
    if (quantity > remaining) {
      problems.push(purchaseTexts.moreThanRemaining(line.rowNumber, line.poId, line.sku, quantity, remaining));
      continue;
    }
    const item = bySku.get(line.sku.toLowerCase());
    if (!item) {
      problems.push(purchaseTexts.skuNotInStock(line.rowNumber, line.poId, line.sku));
      continue;
    }
    const before = current.get(item.rowNumber) ?? { onHand: item.onHand, costPrice: item.averageCost, receiptIds: [] };
    const receivedAfter = line.received + quantity;
    const entryId = receiptId(line.poId, item.sku, receivedAfter);
    const booked = bookedEntryIds.has(entryId);
    const stocked = item.receiptMarks?.has(entryId) ?? false;
    const after = stocked
      ? { onHand: before.onHand, costPrice: before.costPrice ?? line.unitCost, receiptIds: before.receiptIds }
      : {
          onHand: before.onHand + quantity,
          costPrice: weightedAverageCost(before.onHand, before.costPrice, quantity, line.unitCost),
          receiptIds: [...before.receiptIds, entryId],
        };
    current.set(item.rowNumber, after);
    receipts.push({
      line,
      quantity,
      amount: quantity * line.unitCost,
      receivedAfter,
      status: statusAfterReceipt(line.quantity, receivedAfter),
      entryId,
      booked,
      stocked,
      stockRowNumber: item.rowNumber,
      // Already in on hand: the note retraces the arrival as well as the row still allows.
      onHandBefore: stocked ? before.onHand - quantity : before.onHand,
      onHandAfter: after.onHand,
      averageCostBefore: before.costPrice,
      averageCostAfter: after.costPrice,
    });
  }
  const stockChanges = new Map<number, ReceiptStockChange>();
  for (const [rowNumber, after] of current) {
    if (after.receiptIds.length > 0) stockChanges.set(rowNumber, { onHand: after.onHand, costPrice: after.costPrice as Rupiah, receiptIds: after.receiptIds });
  }
  return { receipts, skipped, problems, stockChanges };
}

/**
 * The receipt marks a stock row still needs: a mark stays while some PO row of its PO and SKU has not
 * yet counted it (`Qty Diterima` below the receipt's number, or unreadable), because until then a rerun
 * could meet that receipt again. Once the PO line has counted it, the line itself proves the receipt
 * and the mark goes, so trails do not grow with the years.
 */
export function receiptMarksToKeep(
  marks: Iterable<string>,
  purchaseRows: ReadonlyArray<Readonly<Record<string, unknown>>>,
): Set<string> {
  const keep = new Set<string>();
  for (const mark of marks) {
    for (const row of purchaseRows) {
      const prefix = receiptId(cellText(row.poId), cellText(row.sku), 0).slice(0, -1);
      const rest = mark.startsWith(prefix) ? mark.slice(prefix.length) : '';
      if (!/^\d+$/.test(rest)) continue;
      const received = wholeNumber(row.received) ?? 0;
      if (Number.isNaN(received) || Number(rest) > received) keep.add(mark);
    }
  }
  return keep;
}

/** The `Pembelian stok` expense of one receipt, with the stock change in its note so a person can retrace it. */
export function receiptLedgerEntry(receipt: Receipt, date: number, user: string): NewLedgerEntry {
  const { line } = receipt;
  const supplier = line.supplier ? ` · ${line.supplier}` : '';
  return {
    entryId: receipt.entryId,
    date,
    type: EXPENSE,
    category: STOCK_PURCHASE_CATEGORY,
    amount: receipt.amount,
    reference: line.poId,
    note:
      `${line.sku} ${receipt.quantity} × ${formatRupiah(line.unitCost)}${supplier}; ` +
      `stok ${receipt.onHandBefore} → ${receipt.onHandAfter}; ` +
      `HPP ${receipt.averageCostBefore === null ? '-' : formatRupiah(receipt.averageCostBefore)} → ${formatRupiah(receipt.averageCostAfter)}`,
    by: user,
  };
}

/** A purchase order ready to e-mail: its lines grouped under one PO ID and one supplier. */
export interface PurchaseOrderDraft {
  readonly poId: string;
  readonly supplier: string;
  readonly supplierEmail: string;
  readonly date: number | null;
  readonly lines: ReadonlyArray<{ rowNumber: number; sku: string; name: string; quantity: number; unitCost: Rupiah }>;
}

const EMAIL_PATTERN = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;

/**
 * Groups selected lines into POs to send: each PO needs one supplier with a valid e-mail and must still be
 * a Draft (a PO already sent is skipped, so nobody gets it twice). Lines of the selected POs that were
 * not selected are included too, so the supplier sees the whole PO.
 */
export function planPurchaseOrders(
  selected: readonly PurchaseLine[],
  allLines: readonly PurchaseLine[],
  productNames: ReadonlyMap<string, string>,
): { orders: PurchaseOrderDraft[]; skipped: Text[]; problems: Text[] } {
  const ids: string[] = [];
  for (const line of selected) if (!ids.includes(line.poId)) ids.push(line.poId);
  const orders: PurchaseOrderDraft[] = [];
  const skipped: Text[] = [];
  const problems: Text[] = [];
  for (const poId of ids) {
    const lines = allLines.filter((l) => l.poId === poId);
    const suppliers = new Set(lines.map((l) => l.supplierEmail).filter((e) => e !== ''));
    const first = lines[0];
    if (lines.some((l) => l.status !== 'Draft')) {
      skipped.push(purchaseTexts.alreadySent(poId, lines.find((l) => l.status !== 'Draft')?.status ?? ''));
      continue;
    }
    if (suppliers.size === 0) {
      problems.push(purchaseTexts.supplierEmailMissing(poId));
      continue;
    }
    if (suppliers.size > 1) {
      problems.push(purchaseTexts.manySuppliers(poId, [...suppliers]));
      continue;
    }
    const email = [...suppliers][0];
    if (!EMAIL_PATTERN.test(email)) {
      problems.push(purchaseTexts.supplierEmailInvalid(poId, email));
      continue;
    }
    orders.push({
      poId,
      supplier: lines.find((l) => l.supplier)?.supplier ?? '',
      supplierEmail: email,
      date: first.date,
      lines: lines.map((l) => ({
        rowNumber: l.rowNumber,
        sku: l.sku,
        name: productNames.get(l.sku.toLowerCase()) ?? '',
        quantity: l.quantity,
        unitCost: l.unitCost,
      })),
    });
  }
  return { orders, skipped, problems };
}

/** The e-mail of one PO to its supplier: subject, plain text and HTML, every value escaped in the HTML. */
export function renderPurchaseOrderMail(
  po: PurchaseOrderDraft,
  shopName: string,
  lang: Lang,
  now: number,
): { subject: string; body: string; htmlBody: string } {
  const t = purchaseTexts.mail;
  const date = formatJakartaDate(po.date ?? now);
  const total = po.lines.reduce((sum, l) => sum + l.quantity * l.unitCost, 0);
  const heads = [t.sku, t.product, t.quantity, t.unitCost, t.total].map((h) => h[lang]);
  const subject = t.subject(po.poId, shopName)[lang];
  const greeting = t.greeting(po.supplier)[lang];
  const intro = t.intro(shopName, po.poId, date)[lang];
  const closing = t.closing(shopName)[lang];
  const textLines = po.lines.map(
    (l) => `- ${l.sku}${l.name ? ` (${l.name})` : ''}: ${l.quantity} × ${formatRupiah(l.unitCost)} = ${formatRupiah(l.quantity * l.unitCost)}`,
  );
  const body = [greeting, '', intro, '', ...textLines, '', `${t.total[lang]}: ${formatRupiah(total)}`, '', closing].join('\n');
  const cell = (value: string, right = false) =>
    `<td style="padding:4px 8px;border:1px solid #ddd${right ? ';text-align:right' : ''}">${escapeHtml(value)}</td>`;
  const rows = po.lines
    .map(
      (l) =>
        `<tr>${cell(l.sku)}${cell(l.name)}${cell(String(l.quantity), true)}${cell(formatRupiah(l.unitCost), true)}${cell(
          formatRupiah(l.quantity * l.unitCost),
          true,
        )}</tr>`,
    )
    .join('');
  const htmlBody =
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>` +
    `<table style="border-collapse:collapse"><tr>${heads
      .map((h) => `<th style="padding:4px 8px;border:1px solid #ddd;background:#f1f8e9">${escapeHtml(h)}</th>`)
      .join('')}</tr>${rows}` +
    `<tr><td colspan="4" style="padding:4px 8px;text-align:right"><b>${escapeHtml(t.total[lang])}</b></td>` +
    `<td style="padding:4px 8px;text-align:right"><b>${escapeHtml(formatRupiah(total))}</b></td></tr></table>` +
    `<p>${escapeHtml(closing)}</p>`;
  return { subject, body, htmlBody };
}
