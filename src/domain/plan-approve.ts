/**
 * Approve order (Finance): for the selected orders of Keuangan · Approval, transfer and e-wallet orders
 * must be Lunas (else they stay, with the reason); COD passes. Paid orders get their income in
 * Keuangan · Kas (ID `PJ-<order>`, never twice). Approved orders move to Gudang · Pengiriman and the
 * warehouse gets one packing-list e-mail for the batch. An order already in Pengiriman with the same
 * customer is a half-done move: it is only removed from Approval (and still on the packing list,
 * because the e-mail goes out only after the removal).
 */
import { Text } from './i18n';
import { parseItems } from './items';
import { formatRupiah } from './money';
import { orderReason } from './order-messages';
import { emptyPlan, findOrder, isSameOrder, PipelinePlan, PlanEnv } from './order-plan';
import { cellInteger, cellText, orderIdOf, OrderRecord, OrderRow, StockRow } from './order-record';
import { packingListMail, PackingOrder } from './packing-list';
import { StockBook } from './stock-book';
import { APPROVAL_SHEET, SHIPPING_SHEET } from '../sheets/schema';

/** The ledger ID of an order's sales income. */
export function salesLedgerId(orderId: string): string {
  return `PJ-${orderId}`;
}

/** Whether an order must be Lunas before approval (transfer and e-wallet; COD is paid at the door). */
export function needsPaymentFirst(paymentMethod: string): boolean {
  return cellText(paymentMethod).toUpperCase() !== 'COD';
}

/** What Approve order decides with. */
export interface ApproveInput {
  readonly selected: readonly OrderRow[];
  /** Every row of Gudang · Pengiriman. */
  readonly target: readonly OrderRow[];
  /** Every ID already in Keuangan · Kas. */
  readonly ledgerIds: readonly string[];
  /** Gudang · Stok, for the item names and variants on the packing list. */
  readonly stock: readonly StockRow[];
  /** Who gets the packing list (Email gudang, else the owner). */
  readonly recipients: readonly string[];
  readonly lang: 'id' | 'en';
}

/** The packing-list entry of an order, with names and variants from the stock sheet. */
export function packingOrderOf(record: OrderRecord, book: StockBook): PackingOrder {
  const items = parseItems(record.items);
  return {
    orderId: orderIdOf(record),
    customerName: cellText(record.customerName),
    phone: cellText(record.phone),
    address: cellText(record.address),
    courier: cellText(record.courier),
    notes: cellText(record.notes),
    paymentMethod: cellText(record.paymentMethod),
    total: cellInteger(record.total) ?? 0,
    lines: items.ok
      ? items.items.map((item) => {
          const found = book.level(item.sku);
          return { sku: item.sku, quantity: item.quantity, name: found.ok ? found.level.name : '', variant: found.ok ? found.level.variant : '' };
        })
      : [{ sku: cellText(record.items), quantity: 0, name: '', variant: '' }],
  };
}

/** Plans Approve order; see the file comment. */
export function planApprove(input: ApproveInput, env: PlanEnv): PipelinePlan {
  const plan = emptyPlan();
  const book = new StockBook(input.stock);
  const ledgerIds = new Set(input.ledgerIds);
  const packing: PackingOrder[] = [];
  const stay = (row: OrderRow, reason: Text): void => {
    plan.skipped.push({ orderId: orderIdOf(row.record), rowNumber: row.rowNumber, reason: orderReason(row.rowNumber, orderIdOf(row.record), reason) });
  };
  for (const row of input.selected) {
    const r = row.record;
    const orderId = orderIdOf(r);
    if (orderId === '') {
      stay(row, { id: 'belum ada ID pesanan — pesanan ini belum dikonfirmasi CS', en: 'no order ID — CS has not confirmed this order' });
      continue;
    }
    const method = cellText(r.paymentMethod);
    const status = cellText(r.paymentStatus);
    const total = cellInteger(r.total, null);
    if (total === null || total <= 0) {
      stay(row, { id: 'Total kosong atau bukan angka — tolak pesanan agar CS mengonfirmasi ulang', en: 'Total is empty or not a number — reject it so CS confirms it again' });
      continue;
    }
    if (status === 'Refund') {
      stay(row, { id: 'status bayar Refund — tidak bisa di-approve', en: 'payment status is Refund — cannot be approved' });
      continue;
    }
    const paid = status === 'Lunas';
    if (needsPaymentFirst(method) && !paid) {
      stay(row, { id: `${method || 'pembayaran'} belum lunas — cek bukti transfer, tandai Lunas di kolom Status Bayar, lalu Approve order lagi`, en: `${method || 'payment'} not paid yet — check the proof of payment, set Payment status to Lunas, then Approve order again` });
      continue;
    }
    const inTarget = findOrder(input.target, orderId);
    if (inTarget && !isSameOrder(inTarget.record, r)) {
      stay(row, { id: `ID pesanan ${orderId} sudah dipakai pesanan lain di ${SHIPPING_SHEET.name}`, en: `order ID ${orderId} is already used by another order in ${SHIPPING_SHEET.name}` });
      continue;
    }
    const entryId = salesLedgerId(orderId);
    if (paid && !ledgerIds.has(entryId)) {
      ledgerIds.add(entryId);
      plan.ledger.push({ entryId, date: env.now, type: 'Pemasukan', category: 'Penjualan', amount: total, reference: orderId, note: `${method} · ${cellText(r.channel)} · ${cellText(r.customerName)}`, by: env.user });
    }
    if (!inTarget) plan.targetAppends.push({ ...r, fulfilment: 'Menunggu packing', approvedAt: env.now, updatedBy: env.user });
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    packing.push(packingOrderOf(r, book));
    plan.logs.push({
      action: 'Approve order',
      orderId,
      from: APPROVAL_SHEET.name,
      to: SHIPPING_SHEET.name,
      details: `${method} ${paid ? 'Lunas' : 'bayar di tempat'} ${formatRupiah(total)}${paid ? `; kas ${entryId}` : ''}${inTarget ? '; melanjutkan pemindahan yang terputus' : ''}`,
    });
  }
  if (packing.length) {
    if (input.recipients.length) {
      plan.mails.push(packingListMail({ shopName: env.settings.shopName, orders: packing, to: [...input.recipients], lang: input.lang, now: env.now }));
    } else {
      plan.warnings.push({ id: 'Email gudang belum diisi di Pengaturan, jadi packing list tidak dikirim.', en: 'No warehouse e-mail in Settings, so the packing list was not sent.' });
    }
  }
  return plan;
}
