/**
 * Selesaikan komplain (CS): records the solution of one open complaint and what it sets off —
 * a replacement order at Rp0 in CS · Pesanan (ready for Konfirmasi pesanan, which reserves its stock;
 * linked both ways), one refund entry `RF-<complaint>` in the cash book, a voucher, a courier claim with
 * its deadline, or a rejection with its reason — then the complaint is `Sudah ditangani`, the order's
 * Komplain column says Selesai, and the customer's WhatsApp message is ready in the row.
 *
 * Keys that make a rerun safe: the replacement's order ID is written into the complaint row first
 * (and found in the order sheets by a rerun: never two replacements); the refund's ledger ID; the
 * complaint's status, written last.
 */
import { cellInteger, cellText } from './cell';
import { ComplaintChanges, ComplaintRow, complaintIdOf, isSolved } from './complaint-record';
import { ComplaintSolution, parseTypedDate, solutionMessage } from './complaint-solution';
import { Lang, Text } from './i18n';
import { formatItems, parseItems } from './items';
import { formatJakartaDate } from './jakarta-time';
import { NewLedgerEntry, REFUND_CATEGORY, EXPENSE, refundLedgerId } from './ledger';
import { formatRupiah, parseRupiah, Rupiah } from './money';
import { OrderChanges, orderIdOf, OrderRow } from './order-record';
import { normalizePhone, whatsappLink } from './phone';
import { priceOrder, UnitPrice } from './pricing';
import { COMPLAINTS_SHEET, ORDERS_SHEET } from '../sheets/schema';

/** Two days: a courier claim's deadline when CS leaves it blank (the usual 2×24 h window). */
const DEFAULT_CLAIM_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** What Selesaikan komplain decides with. */
export interface SolveComplaintInput {
  readonly complaint: ComplaintRow;
  /** The order the complaint is about, where it is now; null when it is on no order sheet. */
  readonly order: { readonly sheet: string; readonly row: OrderRow } | null;
  /** The other open complaints about the same order (the order's Komplain column keeps showing them). */
  readonly otherOpen: readonly ComplaintRow[];
  readonly solution: ComplaintSolution;
  /** The answer to the solution's question (items, amount, voucher, claim number, reason). */
  readonly detail: string;
  /** For a courier claim: the deadline typed (blank: two days from now). */
  readonly deadline?: string;
  /** Selling and cost prices of a SKU in Gudang · Stok, or null when it is not there. */
  readonly priceOf: (sku: string) => UnitPrice | null;
  /** The replacement's order ID: the one already in the complaint row, else a new one from the counter. */
  readonly replacementId: string;
  /** Whether that replacement order is already on an order sheet (an earlier run appended it). */
  readonly replacementExists: boolean;
  /** Whether the refund entry `RF-<complaint>` is already in the cash book. */
  readonly refundBooked: boolean;
  readonly shopName: string;
  readonly lang: Lang;
  readonly now: number;
  readonly user: string;
}

/** What to write, in this order: the replacement ID into the complaint, the replacement order, the refund, the order, the complaint. */
export type SolvePlan =
  | { readonly ok: false; readonly refusal: Text }
  | {
      readonly ok: true;
      /** Written first, when the complaint does not carry its replacement's ID yet (a new ID taken from the counter). */
      readonly replacementIdChange: ComplaintChanges | null;
      readonly replacement: OrderChanges | null;
      readonly ledger: NewLedgerEntry | null;
      readonly orderChange: OrderChanges | null;
      readonly complaintChanges: ComplaintChanges;
      readonly message: Text;
      readonly warnings: Text[];
    };

const refuse = (row: ComplaintRow, text: Text): SolvePlan => ({
  ok: false,
  refusal: { id: `Baris ${row.rowNumber} di ${COMPLAINTS_SHEET.name} (${complaintIdOf(row.record) || 'tanpa ID'}): ${text.id} Tidak ada yang diubah.`, en: `Row ${row.rowNumber} of ${COMPLAINTS_SHEET.name} (${complaintIdOf(row.record) || 'no ID'}): ${text.en} Nothing was changed.` },
});

/** Plans Selesaikan komplain; see the file comment. */
export function planSolveComplaint(input: SolveComplaintInput): SolvePlan {
  const row = input.complaint;
  const c = row.record;
  const id = complaintIdOf(c);
  const orderId = cellText(c.orderId);
  if (id === '') return refuse(row, { id: 'baris ini tidak punya ID Komplain — komplain dicatat dengan Toko → Catat komplain dari baris pesanannya.', en: 'this row has no complaint ID — complaints are recorded with Toko → Record complaint from the order row.' });
  if (isSolved(c)) {
    return refuse(row, { id: `komplain ini sudah ditangani (${cellText(c.solution) || 'solusi tercatat'}${cellText(c.replacementOrderId) ? `, pesanan pengganti ${cellText(c.replacementOrderId)}` : ''}). Tidak diselesaikan dua kali.`, en: `this complaint is already solved (${cellText(c.solution) || 'solution recorded'}${cellText(c.replacementOrderId) ? `, replacement order ${cellText(c.replacementOrderId)}` : ''}). It is not solved twice.` });
  }
  const order = input.order;
  const detail = input.detail.trim();
  const changes: ComplaintChanges = { solution: input.solution, status: 'Sudah ditangani', solvedAt: input.now, handledBy: input.user, sla: '' };
  const warnings: Text[] = [];
  let replacementIdChange: ComplaintChanges | null = null;
  let replacement: OrderChanges | null = null;
  let ledger: NewLedgerEntry | null = null;
  let messageDetail = detail;
  let refund: Rupiah | undefined;
  let claimDeadline: number | undefined;
  let done: Text;
  switch (input.solution) {
    case 'Kirim ulang/tukar': {
      if (!order) return refuse(row, { id: `pesanan ${orderId} tidak ada di sheet pesanan mana pun, jadi alamatnya tidak diketahui — kembalikan baris pesanannya, atau ketik pesanan pengganti di ${ORDERS_SHEET.name}.`, en: `order ${orderId} is on no order sheet, so its address is unknown — restore the order's row, or type the replacement in ${ORDERS_SHEET.name}.` });
      const o = order.row.record;
      const parsed = parseItems(detail === '' ? o.items : detail);
      if (!parsed.ok) return refuse(row, { id: `item pengganti: ${parsed.problems.map((p) => p.id).join('; ')} (mis. KAOS-HTM-L x1; kosongkan untuk item yang sama).`, en: `replacement items: ${parsed.problems.map((p) => p.en).join('; ')} (e.g. KAOS-HTM-L x1; leave blank for the same items).` });
      const unknown = parsed.items.filter((item) => input.priceOf(item.sku) === null).map((item) => item.sku);
      if (unknown.length) return refuse(row, { id: `SKU ${unknown.join(', ')} tidak ada di Gudang · Stok — ketik item pengganti dengan SKU yang ada.`, en: `SKU ${unknown.join(', ')} is not in Gudang · Stok — type replacement items with SKUs that exist.` });
      const priced = priceOrder(parsed.items, (sku) => input.priceOf(sku) as UnitPrice, 0, 0);
      if (!priced.ok) return refuse(row, { id: `${priced.problems.map((p) => p.id).join('; ')}.`, en: `${priced.problems.map((p) => p.en).join('; ')}.` });
      const items = formatItems(parsed.items);
      const newId = input.replacementId;
      if (cellText(c.replacementOrderId) === '') replacementIdChange = { replacementOrderId: newId };
      const phone = normalizePhone(o.phone);
      replacement = input.replacementExists
        ? null
        : {
            orderId: newId,
            orderDate: input.now,
            customerName: cellText(o.customerName),
            phone: phone.ok ? phone.phone : cellText(o.phone),
            address: cellText(o.address),
            channel: cellText(o.channel),
            items,
            variantConfirmed: 'Ya',
            paymentMethod: 'Transfer',
            paymentStatus: 'Lunas',
            courier: cellText(o.courier),
            shippingCost: 0,
            // Rp0 for the customer: the replacement's goods are its discount (their cost still counts as HPP).
            discount: priced.price.subtotal,
            assignedCs: input.user,
            notes: `Pengganti ${orderIdOf(o)} (komplain ${id}) — Rp0, tidak ditagih`,
            fulfilment: 'Baru',
            updatedBy: input.user,
          };
      changes.replacementOrderId = newId;
      changes.solutionDetail = `Pesanan pengganti ${newId}: ${items}`;
      messageDetail = newId;
      done = { id: `Pesanan pengganti ${newId} (${items}, Rp0) ditambahkan di ${ORDERS_SHEET.name} — pilih barisnya lalu Toko → Konfirmasi pesanan (stoknya di-booking saat itu).`, en: `Replacement order ${newId} (${items}, Rp0) added to ${ORDERS_SHEET.name} — select its row, then Toko → Confirm order (its stock is reserved there).` };
      break;
    }
    case 'Refund': {
      const total = order ? cellInteger(order.row.record.total, null) : null;
      let amount: number | null;
      if (detail === '') {
        if (total === null || total <= 0) return refuse(row, { id: `total pesanan ${orderId} tidak diketahui — ketik jumlah refund-nya (mis. 50000).`, en: `the total of order ${orderId} is unknown — type the refund amount (e.g. 50000).` });
        amount = total;
      } else {
        amount = parseRupiah(detail);
        if (amount === null || amount <= 0) return refuse(row, { id: `jumlah refund "${detail}" bukan jumlah Rupiah bulat di atas nol (mis. 50000 atau Rp50.000; kosongkan untuk refund penuh).`, en: `refund amount "${detail}" is not a whole Rupiah amount above zero (e.g. 50000 or Rp50.000; leave blank for a full refund).` });
        if (total !== null && amount > total) return refuse(row, { id: `refund ${formatRupiah(amount)} lebih besar dari total pesanan ${formatRupiah(total)}.`, en: `refund ${formatRupiah(amount)} is more than the order total ${formatRupiah(total)}.` });
      }
      const full = total !== null && amount === total;
      const entryId = refundLedgerId(id);
      if (!input.refundBooked) {
        ledger = { entryId, date: input.now, type: EXPENSE, category: REFUND_CATEGORY, amount, reference: orderId, note: `Refund ${full ? 'penuh' : 'sebagian'} komplain ${id} · ${cellText(c.customerName)}`, by: input.user };
      }
      refund = amount;
      changes.refundAmount = amount;
      changes.solutionDetail = `Refund ${full ? 'penuh' : 'sebagian'} ${formatRupiah(amount)}; kas ${entryId}`;
      done = { id: `Refund ${formatRupiah(amount)} dicatat di Keuangan · Kas (${entryId}); transfer uangnya ke pelanggan.`, en: `Refund of ${formatRupiah(amount)} booked in Keuangan · Kas (${entryId}); transfer the money to the customer.` };
      break;
    }
    case 'Voucher': {
      if (detail === '') return refuse(row, { id: 'voucher-nya belum diisi — ketik kode atau nilai voucher (mis. MAAF10 diskon Rp10.000).', en: 'no voucher given — type the voucher code or value (e.g. MAAF10 Rp10.000 off).' });
      changes.solutionDetail = `Voucher: ${detail}`;
      done = { id: `Voucher dicatat: ${detail}.`, en: `Voucher recorded: ${detail}.` };
      break;
    }
    case 'Klaim kurir': {
      if (detail === '') return refuse(row, { id: 'nomor klaim kurir belum diisi — ajukan klaim ke kurir dulu, lalu ketik nomornya.', en: 'no courier claim number — file the claim with the courier first, then type its number.' });
      const typed = (input.deadline ?? '').trim();
      const deadline = typed === '' ? input.now + DEFAULT_CLAIM_WINDOW_MS : parseTypedDate(typed);
      if (deadline === null) return refuse(row, { id: `batas klaim "${typed}" bukan tanggal — ketik mis. 30/11/2026, atau kosongkan untuk 2×24 jam.`, en: `claim deadline "${typed}" is not a date — type e.g. 30/11/2026, or leave it blank for 2×24 hours.` });
      claimDeadline = deadline;
      changes.claimNumber = detail;
      changes.claimDeadline = deadline;
      changes.solutionDetail = `Klaim ${cellText(c.courier) || 'kurir'} no. ${detail}, batas ${formatJakartaDate(deadline)}`;
      done = { id: `Klaim kurir ${detail} dicatat (batas ${formatJakartaDate(deadline)}).`, en: `Courier claim ${detail} recorded (deadline ${formatJakartaDate(deadline)}).` };
      break;
    }
    case 'Ditolak': {
      if (detail === '') return refuse(row, { id: 'alasan penolakan belum diisi — pelanggan perlu tahu alasannya.', en: 'no reason given — the customer needs to know why.' });
      changes.solutionDetail = `Ditolak: ${detail}`;
      done = { id: `Komplain ditolak: ${detail}.`, en: `Complaint rejected: ${detail}.` };
      break;
    }
  }
  const phone = normalizePhone(c.phone);
  const message = solutionMessage(input.lang, {
    shopName: input.shopName, customerName: cellText(c.customerName), orderId, complaintId: id, solution: input.solution,
    detail: messageDetail, refund, courier: cellText(c.courier), claimDeadline,
  });
  if (phone.ok) changes.waLink = whatsappLink(phone.phone, message);
  else warnings.push({ id: `No. WhatsApp pelanggan tidak valid (${phone.problem.id}), jadi Link WA tidak dibuat — kabari pelanggan lewat channel lain.`, en: `The customer's WhatsApp number is not valid (${phone.problem.en}), so no WhatsApp link was made — tell the customer another way.` });
  let orderChange: OrderChanges | null = null;
  if (order) orderChange = { complaint: input.otherOpen.length ? cellText(input.otherOpen[0].record.type) : 'Sudah ditangani', updatedBy: input.user };
  else warnings.push({ id: `Pesanan ${orderId} tidak ditemukan di sheet pesanan, jadi kolom Komplain-nya tidak diubah.`, en: `Order ${orderId} was not found on the order sheets, so its Komplain column was not changed.` });
  return {
    ok: true,
    replacementIdChange,
    replacement,
    ledger,
    orderChange,
    complaintChanges: changes,
    message: {
      id: `Komplain ${id} (pesanan ${orderId}) sudah ditangani: ${input.solution}. ${done.id}${phone.ok ? ' Kabari pelanggan lewat Link WA di barisnya.' : ''}`,
      en: `Complaint ${id} (order ${orderId}) solved: ${input.solution}. ${done.en}${phone.ok ? ' Tell the customer with the WhatsApp link on its row.' : ''}`,
    },
    warnings,
  };
}
