/**
 * Toko → Terima stok: the selected PO lines of `Keuangan · Pembelian` arrive (`Terima Sekarang`, or all
 * of a line nothing has arrived for yet). Adds them to on hand, books `Pembelian stok` in the ledger once
 * per receipt, and updates the SKU's weighted average cost. Each receipt has its own ID (receiptId),
 * written with each effect, in this order: the expense (ID = receipt ID), the stock row (on hand, cost
 * and the receipt's `:T` mark in its trail, one write), the PO line (Qty Diterima = the receipt's
 * number, Terima Sekarang cleared). A rerun after a failure at any call recomputes the same ID from the
 * PO line, skips each effect already there, and writes the rest; once the PO line is written, the
 * receipt is no longer pending (see planReceipts).
 */
import { Text, UserError } from '../domain/i18n';
import { parseRupiah } from '../domain/money';
import { cellInteger, cellText } from '../domain/cell';
import { financeActionTexts as T, purchaseTexts } from '../domain/finance-messages';
import { ledgerRecord } from '../domain/ledger';
import { planReceipts, PurchaseLine, readPurchaseLine, receiptLedgerEntry, receiptMarksToKeep, StockCost } from '../domain/purchasing';
import { formatTrail, parseTrail, TrailState } from '../domain/stock';
import { LEDGER_SHEET, PURCHASES_SHEET, STOCK_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, runAction } from './action';
import { ledgerIdsOf } from './apply-order-plan';

/** The menu caption and Log name of the action. */
export const RECEIVE_STOCK_ACTION = 'Terima stok';

/**
 * The 1-based row numbers the user selected on `sheetName` (every range of a multi-selection, header
 * excluded); throws a UserError when another sheet is active or nothing below the header is selected.
 */
export function selectedRowNumbers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string): number[] {
  const sheet = ss.getActiveSheet();
  if (sheet.getName() !== sheetName) throw new UserError(T.wrongSheet(sheetName));
  const list = ss.getActiveRangeList();
  const rows = new Set<number>();
  for (const range of list ? list.getRanges() : []) {
    const first = range.getRow();
    const count = range.getNumRows();
    for (let r = Math.max(first, 2); r < first + count; r++) rows.add(r);
  }
  if (rows.size === 0) throw new UserError(T.nothingSelected(sheetName));
  return [...rows].sort((a, b) => a - b);
}

/** Reads the selected PO lines; any bad line is a UserError listing every problem (nothing written). */
export function readSelectedPurchaseLines(purchases: Table<string>, rowNumbers: readonly number[]): PurchaseLine[] {
  const wanted = new Set(rowNumbers);
  const lines: PurchaseLine[] = [];
  const problems: Text[] = [];
  for (const row of purchases.rows) {
    if (!wanted.has(row.rowNumber)) continue;
    const read = readPurchaseLine(row);
    if ('line' in read) lines.push(read.line);
    else problems.push(read.problem);
  }
  if (problems.length) throw new UserError(T.problems(problems));
  if (lines.length === 0) throw new UserError(T.nothingSelected(PURCHASES_SHEET.name));
  return lines;
}

/** Receives the selected lines (see the file comment); returns the message for the user. */
export function receiveStock(ctx: ActionContext): ActionOutcome {
  const rowNumbers = selectedRowNumbers(ctx.ss, PURCHASES_SHEET.name);
  const purchases = Table.read(ctx.ss, PURCHASES_SHEET);
  const lines = readSelectedPurchaseLines(purchases, rowNumbers);
  const stock = Table.read(ctx.ss, STOCK_SHEET);
  const ledger = Table.read(ctx.ss, LEDGER_SHEET);

  const wantedSkus = new Set(lines.map((l) => l.sku.toLowerCase()));
  const costs: StockCost[] = [];
  const reservedByRow = new Map<number, number>();
  const trailByRow = new Map<number, Map<string, TrailState>>();
  const stockProblems: Text[] = [];
  for (const row of stock.rows) {
    const sku = cellText(row.record.sku);
    if (!wantedSkus.has(sku.toLowerCase())) continue;
    const onHand = cellInteger(row.record.onHand);
    const reserved = cellInteger(row.record.reserved);
    const costText = cellText(row.record.costPrice);
    const cost = costText === '' ? null : parseRupiah(row.record.costPrice);
    if (onHand === null || reserved === null || (cost === null && costText !== '')) {
      stockProblems.push(
        purchaseTexts.stockRowInvalid(sku, {
          id: `Stok Fisik, Di-booking atau Harga Pokok di Gudang · Stok baris ${row.rowNumber} bukan angka bulat`,
          en: `On hand, reserved or cost price in Gudang · Stok row ${row.rowNumber} is not a whole number`,
        }),
      );
      continue;
    }
    reservedByRow.set(row.rowNumber, reserved);
    const trail = parseTrail(row.record.orderTrail);
    trailByRow.set(row.rowNumber, trail);
    const receiptMarks = new Set([...trail].filter(([, state]) => state === 'T').map(([id]) => id));
    costs.push({ rowNumber: row.rowNumber, sku, name: String(row.record.name ?? ''), onHand, averageCost: cost, receiptMarks });
  }

  const plan = planReceipts(lines, costs, new Set(ledgerIdsOf(ledger)));
  const problems = [...stockProblems, ...plan.problems];
  if (problems.length) throw new UserError(T.problems(problems));
  if (plan.receipts.length === 0) return { message: plan.skipped.length ? T.problems(plan.skipped) : T.nothingToReceive, alert: true };

  // A line paid separately (Bayar Terpisah: Ya) books no expense: finance books the payment itself.
  for (const receipt of plan.receipts) {
    if (!receipt.booked && !receipt.line.paidSeparately) ledger.append(ledgerRecord(receiptLedgerEntry(receipt, ctx.now, ctx.user)));
  }
  ledger.commit();
  const purchaseRecords = purchases.rows.map((row) => row.record);
  for (const [rowNumber, change] of plan.stockChanges) {
    const reserved = reservedByRow.get(rowNumber) ?? 0;
    const trail = new Map(trailByRow.get(rowNumber));
    const keep = receiptMarksToKeep([...trail].filter(([, state]) => state === 'T').map(([id]) => id), purchaseRecords);
    for (const [id, state] of [...trail]) if (state === 'T' && !keep.has(id)) trail.delete(id);
    for (const id of change.receiptIds) trail.set(id, 'T');
    stock.update(rowNumber, { onHand: change.onHand, available: change.onHand - reserved, costPrice: change.costPrice, orderTrail: formatTrail(trail) });
  }
  stock.commit();
  for (const receipt of plan.receipts) {
    purchases.update(receipt.line.rowNumber, {
      received: receipt.receivedAfter,
      receiveNow: '',
      status: receipt.status,
      receivedAt: ctx.now,
      total: receipt.line.quantity * receipt.line.unitCost,
    });
  }
  purchases.commit();

  const details = plan.receipts.map(
    (r) =>
      `${r.line.poId} ${r.line.sku} +${r.quantity} (${r.receivedAfter}/${r.line.quantity}) · ${r.status}` +
      (r.line.paidSeparately ? ' · Bayar Terpisah: kas tidak dicatat, catat pembayarannya (Pembelian stok, Referensi = ID PO)' : ''),
  );
  for (let i = 0; i < plan.receipts.length; i++) {
    const r = plan.receipts[i];
    ctx.log({ action: RECEIVE_STOCK_ACTION, orderId: r.line.poId, from: r.line.status, to: r.status, details: details[i] });
  }
  const amount = plan.receipts.filter((r) => !r.booked && !r.line.paidSeparately).reduce((sum, r) => sum + r.amount, 0);
  const skipped = plan.skipped.map((s) => s[ctx.lang]);
  return { message: T.received(plan.receipts.length, amount, [...details, ...skipped]), alert: true };
}

/** Toko → Terima stok, for Keuangan and Gudang (the warehouse counts what arrived). */
export function receiveSelectedStock(): void {
  runAction({ name: RECEIVE_STOCK_ACTION, divisions: ['Keuangan', 'Gudang'] }, receiveStock);
}
