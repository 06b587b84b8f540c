/**
 * Cancel order (CS, Finance, Warehouse): an order not yet shipped, from CS · Pesanan, Keuangan ·
 * Approval or Gudang · Pengiriman, moves to Gudang · Selesai as Dibatalkan with the reason in its
 * notes; its reserved stock is released; if its income was already recorded, a refund
 * (`RF-<order>`, never twice) is recorded and its payment status becomes Refund.
 */
import { formatRupiah } from './money';
import { orderIdTakenIn } from './order-messages';
import { emptyPlan, findOrder, isSameOrder, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { cellInteger, cellText } from './cell';
import { orderIdOf, OrderRow, StockRow } from './order-record';
import { refundLedgerId, salesLedgerId } from './ledger';
import { StockBook } from './stock-book';
import { DONE_SHEET } from '../sheets/schema';

/** What Cancel order decides with. */
export interface CancelInput {
  readonly selected: readonly OrderRow[];
  /** The sheet the selected orders are on. */
  readonly sourceSheet: string;
  /** Every row of Gudang · Selesai. */
  readonly target: readonly OrderRow[];
  readonly stock: readonly StockRow[];
  readonly ledgerIds: readonly string[];
  readonly reason: string;
}

/** Plans Cancel order; see the file comment. */
export function planCancel(input: CancelInput, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  const book = new StockBook(input.stock);
  const ledgerIds = new Set(input.ledgerIds);
  for (const row of input.selected) {
    const r = row.record;
    const orderId = orderIdOf(r);
    if (orderId === '') {
      skipOrder(plan, row, { id: 'belum ada ID pesanan — hapus saja barisnya kalau tidak jadi', en: 'no order ID — just delete the row if the order is off' });
      continue;
    }
    if (cellText(r.fulfilment) === 'Sudah dikirim') {
      skipOrder(plan, row, { id: 'sudah dikirim — tidak bisa dibatalkan; tunggu diterima atau catat sebagai retur', en: 'already shipped — cannot be cancelled; wait for delivery or record a return' });
      continue;
    }
    const inTarget = findOrder(input.target, orderId);
    if (inTarget && !isSameOrder(inTarget.record, r)) {
      skipOrder(plan, row, orderIdTakenIn(orderId, DONE_SHEET.name));
      continue;
    }
    const released = book.releaseOrder(orderId, r.items);
    if (!released.ok) {
      skipOrder(plan, row, released.reasons[0]);
      continue;
    }
    plan.warnings.push(...released.warnings);
    const paidBefore = ledgerIds.has(salesLedgerId(orderId));
    const refundId = refundLedgerId(orderId);
    const total = cellInteger(r.total) ?? 0;
    if (paidBefore && !ledgerIds.has(refundId)) {
      ledgerIds.add(refundId);
      plan.ledger.push({ entryId: refundId, date: env.now, type: 'Pengeluaran', category: 'Refund', amount: total, reference: orderId, note: `Batal: ${input.reason}`, by: env.user });
    }
    const notes = cellText(r.notes);
    if (!inTarget) {
      plan.targetAppends.push({
        ...r,
        fulfilment: 'Dibatalkan',
        paymentStatus: paidBefore ? 'Refund' : r.paymentStatus,
        notes: `${notes ? `${notes} · ` : ''}Dibatalkan: ${input.reason}`,
        cancelledAt: env.now,
        waLink: '', // a cancelled order has no next message; CS writes the customer themselves
        updatedBy: env.user,
      });
    }
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    plan.logs.push({ action: 'Batalkan pesanan', orderId, from: input.sourceSheet, to: DONE_SHEET.name, details: `Alasan: ${input.reason}${paidBefore ? `; refund ${formatRupiah(total)} (${refundId})` : ''}` });
  }
  plan.stock.push(...book.changes());
  return plan;
}
