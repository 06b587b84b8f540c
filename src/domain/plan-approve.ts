/**
 * Approve order (Finance): for the selected orders of Keuangan · Approval, transfer and e-wallet orders
 * must be Lunas (else they stay, with the reason); COD passes. Paid orders get their income in
 * Keuangan · Kas (ID `PJ-<order>`, never twice), except marketplace orders: the marketplace pays later,
 * less its fee, and Catat pencairan books that. Approved orders move to Gudang · Pengiriman and the
 * warehouse gets one packing-list e-mail for the batch. An order already in Pengiriman with the same
 * customer is a half-done move: it is only removed from Approval (and still on the packing list,
 * because the e-mail goes out only after the removal).
 */
import { parseItems } from './items';
import { formatRupiah } from './money';
import { emptyPlan, findOrder, idTakenElsewhere, isSameOrder, messageEnvOf, PipelinePlan, PlanEnv, skipOrder } from './order-plan';
import { orderWhatsappCell } from './customer-message';
import { STATE_TEMPLATES } from './template-starters';
import { cellInteger, cellText } from './cell';
import { isCodPayment, orderIdOf, OrderRecord, OrderRow, StockRow } from './order-record';
import { salesLedgerId } from './ledger';
import { isMarketplaceChannel } from './marketplace';
import { packingListMails, PackingOrder } from './packing-list';
import { StockBook } from './stock-book';
import { codApprovalRefusal } from './cod-risk';
import { APPROVAL_SHEET, ORDERS_SHEET, SHIPPING_SHEET } from '../sheets/schema';

/** What Approve order decides with. */
export interface ApproveInput {
  readonly selected: readonly OrderRow[];
  /** The rows of Keuangan · Approval holding each selected ID (two rows of one ID: pasted twice). */
  readonly twins: ReadonlyMap<string, readonly number[]>;
  /** The rows of Gudang · Pengiriman holding any selected ID (a half-done move, or another order). */
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
function packingOrderOf(record: OrderRecord, book: StockBook): PackingOrder {
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
  for (const row of input.selected) {
    const r = row.record;
    const orderId = orderIdOf(r);
    if (orderId === '') {
      skipOrder(plan, row, { id: `belum ada ID pesanan — pesanan ini belum dikonfirmasi CS. Pesanan baru diketik di ${ORDERS_SHEET.name}, lalu Toko → Konfirmasi pesanan`, en: `no order ID — CS has not confirmed this order. New orders are typed in ${ORDERS_SHEET.name}, then Toko → Confirm order` });
      continue;
    }
    const method = cellText(r.paymentMethod);
    const status = cellText(r.paymentStatus);
    const total = cellInteger(r.total, null);
    // Rp0 adds up only when the discount covers the whole subtotal with no shipping (a complaint's
    // replacement, linked in Catatan): approved with no cash-book entry. Any other Rp0 is a mistake.
    const subtotal = cellInteger(r.subtotal, null) ?? 0;
    const freeOfCharge = total === 0 && subtotal > 0 && cellInteger(r.discount) === subtotal && cellInteger(r.shippingCost) === 0;
    if (total === null || total < 0 || (total === 0 && !freeOfCharge)) {
      skipOrder(plan, row, { id: 'Total kosong atau bukan angka — tolak pesanan agar CS mengonfirmasi ulang', en: 'Total is empty or not a number — reject it so CS confirms it again' });
      continue;
    }
    if (status === 'Refund') {
      skipOrder(plan, row, { id: 'status bayar Refund — tidak bisa di-approve', en: 'payment status is Refund — cannot be approved' });
      continue;
    }
    const paid = status === 'Lunas';
    if (!isCodPayment(method) && !paid) {
      skipOrder(plan, row, { id: `${method || 'pembayaran'} belum lunas — cek bukti transfer, tandai Lunas di kolom Status Bayar, lalu Approve order lagi`, en: `${method || 'payment'} not paid yet — check the proof of payment, set Payment status to Lunas, then Approve order again` });
      continue;
    }
    const codRefusal = codApprovalRefusal(r);
    if (codRefusal) {
      skipOrder(plan, row, codRefusal);
      continue;
    }
    const twin = [...input.twins].find(([id]) => id.toUpperCase() === orderId.toUpperCase())?.[1].find((n) => n !== row.rowNumber);
    if (twin !== undefined) {
      skipOrder(plan, row, idTakenElsewhere(orderId, { orderId, sheet: APPROVAL_SHEET.name, rowNumber: twin }));
      continue;
    }
    const inTarget = findOrder(input.target, orderId);
    if (inTarget && !isSameOrder(inTarget.record, r)) {
      skipOrder(plan, row, idTakenElsewhere(orderId, { orderId, sheet: SHIPPING_SHEET.name, rowNumber: inTarget.rowNumber }));
      continue;
    }
    const entryId = salesLedgerId(orderId);
    // A marketplace pays the shop later, less its fee: that income is booked by Catat pencairan, not here.
    const marketplace = isMarketplaceChannel(r.channel, env.settings.marketplaces ?? []);
    const booksIncome = paid && total > 0 && !marketplace;
    if (booksIncome && !ledgerIds.has(entryId)) {
      ledgerIds.add(entryId);
      plan.ledger.push({ entryId, date: env.now, type: 'Pemasukan', category: 'Penjualan', amount: total, reference: orderId, note: `${method} · ${cellText(r.channel)} · ${cellText(r.customerName)}`, by: env.user });
    }
    if (!inTarget) {
      // Dicek is the packer's tick in Gudang · Pengiriman: an order arrives there unchecked, whatever was typed before.
      const moved = { ...r, fulfilment: 'Menunggu packing', approvedAt: env.now, updatedBy: env.user, checked: '' };
      plan.targetAppends.push({ ...moved, waLink: orderWhatsappCell(STATE_TEMPLATES.processing, moved, messageEnvOf(env)) });
    }
    plan.sourceRemovals.push(row.rowNumber);
    plan.done.push(orderId);
    packing.push({ ...packingOrderOf(r, book), resumed: Boolean(inTarget) });
    plan.logs.push({
      action: 'Approve order',
      orderId,
      from: APPROVAL_SHEET.name,
      to: SHIPPING_SHEET.name,
      details: `${method} ${paid ? 'Lunas' : 'bayar di tempat'} ${formatRupiah(total)}${booksIncome ? `; kas ${entryId}` : ''}${marketplace ? '; marketplace: masuk kas saat pencairan' : ''}${inTarget ? '; melanjutkan pemindahan yang terputus' : ''}`,
    });
  }
  if (packing.length) {
    if (input.recipients.length) {
      plan.mails.push(...packingListMails({ shopName: env.settings.shopName, orders: packing, to: [...input.recipients], lang: input.lang, now: env.now }));
    } else {
      plan.warnings.push({ id: 'Email gudang belum diisi di Pengaturan, jadi packing list tidak dikirim.', en: 'No warehouse e-mail in Settings, so the packing list was not sent.' });
    }
  }
  return plan;
}
