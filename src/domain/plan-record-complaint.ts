/**
 * Catat komplain (CS): one complaint row for one order, prefilled from the order (customer, phone,
 * items, courier, resi, shipped date), timed by the type's SLA, and the order's Komplain column set to
 * the type. Refused, with the row named and the fix: an order with no ID yet, a cancelled order, the
 * same open complaint twice. An open complaint of the same type whose order does not show it yet is a
 * recording half-done by a failure: only the order's column is written.
 */
import { cellText } from './cell';
import { ComplaintRoute, ComplaintType, dueTimes, formatDue, routeFor } from './complaint-routing';
import { ComplaintChanges, ComplaintRecord, ComplaintRow, complaintIdOf, isSolved } from './complaint-record';
import { Text } from './i18n';
import { OrderChanges, orderIdOf, OrderRow } from './order-record';
import { normalizePhone } from './phone';
import { COMPLAINTS_SHEET } from '../sheets/schema';

/** What Catat komplain decides with. */
export interface RecordComplaintInput {
  /** The order, and the sheet it is on. */
  readonly order: OrderRow;
  readonly sheet: string;
  /** Complaints already recorded for this order ID. */
  readonly existing: readonly ComplaintRow[];
  readonly type: ComplaintType;
  readonly words: string;
  readonly routes: readonly ComplaintRoute[];
  /** The ID a new complaint gets (from the complaint counter). */
  readonly nextId: string;
  readonly now: number;
  readonly user: string;
}

/** What to write: a complaint row (unless it exists), the order's Komplain column, and what to say. */
export type RecordComplaintPlan =
  | { readonly ok: false; readonly refusal: Text }
  | {
      readonly ok: true;
      readonly complaintId: string;
      /** The new complaint row, or null when an earlier run wrote it already. */
      readonly append: ComplaintChanges | null;
      readonly orderChange: OrderChanges;
      readonly message: Text;
      readonly warnings: Text[];
    };

/** `Baris 5 di Gudang · Selesai (TK-2611-0001)` — where an order is, for messages. */
function place(rowNumber: number, sheet: string, orderId: string): Text {
  const id = orderId ? ` (${orderId})` : '';
  return { id: `Baris ${rowNumber} di ${sheet}${id}`, en: `Row ${rowNumber} of ${sheet}${id}` };
}

/** Plans Catat komplain; see the file comment. */
export function planRecordComplaint(input: RecordComplaintInput): RecordComplaintPlan {
  const r = input.order.record;
  const orderId = orderIdOf(r);
  const where = place(input.order.rowNumber, input.sheet, orderId);
  if (orderId === '') {
    return { ok: false, refusal: { id: `${where.id}: pesanan ini belum punya ID (belum dikonfirmasi). Komplain dicatat untuk pesanan yang sudah dikonfirmasi — Konfirmasi pesanan dulu, atau pilih baris pesanan yang benar. Tidak ada yang diubah.`, en: `${where.en}: this order has no ID yet (not confirmed). Complaints are recorded for confirmed orders — confirm it first, or select the right order row. Nothing was changed.` } };
  }
  if (cellText(r.fulfilment).toLowerCase() === 'dibatalkan') {
    return { ok: false, refusal: { id: `${where.id}: pesanan ini sudah dibatalkan, jadi komplain tidak dicatat. Jika pelanggan menanyakan uangnya, cek refund RF-${orderId} di Keuangan · Kas. Tidak ada yang diubah.`, en: `${where.en}: this order was cancelled, so no complaint is recorded. If the customer asks about the money, check refund RF-${orderId} in Keuangan · Kas. Nothing was changed.` } };
  }
  const same = input.existing.find((c) => !isSolved(c.record) && cellText(c.record.type).toLowerCase() === input.type.toLowerCase());
  if (same) {
    const id = complaintIdOf(same.record);
    if (cellText(r.complaint).toLowerCase() === input.type.toLowerCase()) {
      return { ok: false, refusal: { id: `Komplain "${input.type}" untuk pesanan ${orderId} sudah dicatat: ${id} (baris ${same.rowNumber} di ${COMPLAINTS_SHEET.name}, status ${cellText(same.record.status) || 'Baru'}). Tidak dicatat dua kali — lanjutkan di baris itu (Teruskan komplain / Selesaikan komplain). Tidak ada yang diubah.`, en: `Complaint "${input.type}" about order ${orderId} is already recorded: ${id} (row ${same.rowNumber} of ${COMPLAINTS_SHEET.name}, status ${cellText(same.record.status) || 'Baru'}). It is not recorded twice — carry on from that row (Forward / Solve complaint). Nothing was changed.` } };
    }
    return {
      ok: true,
      complaintId: id,
      append: null,
      orderChange: { complaint: input.type, updatedBy: input.user },
      message: { id: `Komplain ${id} (${input.type}) untuk pesanan ${orderId} sudah ada di baris ${same.rowNumber}; kolom Komplain pesanannya dilengkapi.`, en: `Complaint ${id} (${input.type}) about order ${orderId} was already on row ${same.rowNumber}; the order's Komplain column is now filled in.` },
      warnings: [],
    };
  }
  const warnings: Text[] = [];
  const route = routeFor(input.routes, input.type);
  const due = route.ok ? dueTimes(input.now, route.route) : null;
  if (!route.ok) warnings.push(route.problem);
  const phone = normalizePhone(r.phone);
  const record: ComplaintRecord = {
    complaintId: input.nextId,
    recordedAt: input.now,
    orderId,
    customerName: cellText(r.customerName),
    phone: phone.ok ? phone.phone : cellText(r.phone),
    items: cellText(r.items),
    courier: cellText(r.courier),
    trackingNumber: cellText(r.trackingNumber),
    shippedAt: typeof r.shippedAt === 'number' ? r.shippedAt : '',
    type: input.type,
    words: input.words,
    proofLink: '',
    division: route.ok ? route.route.division : '',
    respondBy: due ? due.respondBy : '',
    solveBy: due ? due.solveBy : '',
    status: 'Baru',
    handledBy: input.user,
  };
  const dueText: Text = due
    ? { id: ` Ditangani ${route.ok ? route.route.division : ''}: jawab paling lambat ${formatDue(due.respondBy)}, selesai paling lambat ${formatDue(due.solveBy)}.`, en: ` Handled by ${route.ok ? route.route.division : ''}: answer by ${formatDue(due.respondBy)}, solve by ${formatDue(due.solveBy)}.` }
    : { id: '', en: '' };
  return {
    ok: true,
    complaintId: input.nextId,
    append: record,
    orderChange: { complaint: input.type, updatedBy: input.user },
    message: {
      id: `Komplain ${input.nextId} (${input.type}) dicatat untuk pesanan ${orderId} di ${COMPLAINTS_SHEET.name}.${dueText.id} Minta pelanggan mengirim foto/video unboxing, tempel link-nya di kolom Link Bukti, lalu Toko → Teruskan komplain.`,
      en: `Complaint ${input.nextId} (${input.type}) recorded for order ${orderId} in ${COMPLAINTS_SHEET.name}.${dueText.en} Ask the customer for an unboxing photo/video, paste its link in the Link Bukti column, then Toko → Forward complaint.`,
    },
    warnings,
  };
}
