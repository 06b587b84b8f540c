/** What the order actions say, in Indonesian (the shop's own mix) and English: names, prompts and summaries. */
import { joinTexts, Text } from './i18n';
import { PipelinePlan } from './order-plan';

/** The order actions of the pipeline. */
export type PipelineAction = 'confirm' | 'approve' | 'reject' | 'pack' | 'ship' | 'deliver' | 'cancel' | 'return';

/** Each action's name as the menu says it (Indonesian) and as the English setting says it. */
const ACTION_NAMES: Readonly<Record<PipelineAction, Text>> = {
  confirm: { id: 'Konfirmasi pesanan', en: 'Confirm order' },
  approve: { id: 'Approve order', en: 'Approve order' },
  reject: { id: 'Tolak pesanan', en: 'Reject order' },
  pack: { id: 'Tandai dikemas (packing)', en: 'Mark packed' },
  ship: { id: 'Tandai dikirim (resi)', en: 'Mark shipped' },
  deliver: { id: 'Tandai diterima', en: 'Mark delivered' },
  cancel: { id: 'Batalkan pesanan', en: 'Cancel order' },
  return: { id: 'Tandai retur', en: 'Mark returned' },
};

const DONE_VERB: Readonly<Record<PipelineAction, (n: number, ids: string, where: string) => Text>> = {
  confirm: (n, ids, where) => ({ id: `${n} pesanan dikonfirmasi dan dipindah ke ${where}: ${ids}.`, en: `${n} order(s) confirmed and moved to ${where}: ${ids}.` }),
  // Whether the packing list went out is said by the action's mail note, from what MailApp really did.
  approve: (n, ids, where) => ({ id: `${n} pesanan di-approve dan dipindah ke ${where}: ${ids}.`, en: `${n} order(s) approved and moved to ${where}: ${ids}.` }),
  reject: (n, ids, where) => ({ id: `${n} pesanan ditolak dan dikembalikan ke ${where}: ${ids}. Stok yang di-booking dikembalikan.`, en: `${n} order(s) rejected and sent back to ${where}: ${ids}. Their stock was released.` }),
  pack: (n, ids) => ({ id: `${n} pesanan ditandai sudah dikemas: ${ids}.`, en: `${n} order(s) marked packed: ${ids}.` }),
  ship: (n, ids) => ({ id: `${n} pesanan ditandai sudah dikirim: ${ids}. Stok dikurangi; kirim kabar ke pelanggan lewat kolom Link WA.`, en: `${n} order(s) marked shipped: ${ids}. Stock taken out; tell the customers with the WhatsApp link column.` }),
  deliver: (n, ids, where) => ({ id: `${n} pesanan diterima pelanggan dan dipindah ke ${where}: ${ids}.`, en: `${n} order(s) delivered and moved to ${where}: ${ids}.` }),
  cancel: (n, ids, where) => ({ id: `${n} pesanan dibatalkan dan dipindah ke ${where}: ${ids}. Stok yang di-booking dikembalikan.`, en: `${n} order(s) cancelled and moved to ${where}: ${ids}. Their stock was released.` }),
  return: (n, ids, where) => ({ id: `${n} paket COD diretur dan dipindah ke ${where}: ${ids}. Barang yang baik kembali ke Stok Fisik; ongkir retur dicatat di kas.`, en: `${n} COD parcel(s) returned and moved to ${where}: ${ids}. Goods in good condition are back on hand; the return shipping is in the cash book.` }),
};

/** Order IDs for a message: all of them up to 10, else the first 8 and how many more (a toast stays readable). */
export function listOrderIds(ids: readonly string[]): string {
  if (ids.length <= 10) return ids.join(', ');
  return `${ids.slice(0, 8).join(', ')} … (+${ids.length - 8})`;
}

/** How the action ended for the user: what moved, what did not and why; an alert when something stayed. */
export function summarizePlan(action: PipelineAction, plan: PipelinePlan, where: string): { message: Text; alert: boolean } {
  const parts: Text[] = [];
  if (plan.done.length) parts.push(DONE_VERB[action](plan.done.length, listOrderIds(plan.done), where));
  if (plan.skipped.length) {
    const head: Text = plan.done.length
      ? { id: `${plan.skipped.length} pesanan tidak diproses:`, en: `${plan.skipped.length} order(s) not processed:` }
      : { id: `Tidak ada pesanan yang diproses. ${plan.skipped.length} pesanan bermasalah:`, en: `No order was processed. ${plan.skipped.length} with problems:` };
    parts.push(head, ...plan.skipped.map((s) => ({ id: `• ${s.reason.id}`, en: `• ${s.reason.en}` })));
  }
  if (plan.warnings.length) parts.push({ id: 'Perhatian:', en: 'Note:' }, ...plan.warnings.map((w) => ({ id: `• ${w.id}`, en: `• ${w.en}` })));
  if (parts.length === 0) parts.push({ id: 'Tidak ada pesanan yang diproses.', en: 'No order was processed.' });
  return { message: joinTexts(parts), alert: plan.skipped.length > 0 || plan.warnings.length > 0 };
}

/** `Baris 5 (TK-2611-0001): …` — why one order stayed. */
export function orderReason(rowNumber: number, orderId: string, reason: Text): Text {
  const who = orderId ? ` (${orderId})` : '';
  return { id: `Baris ${rowNumber}${who}: ${reason.id}`, en: `Row ${rowNumber}${who}: ${reason.en}` };
}

/** Why an order stays: its ID is already used by a different order on the sheet it would move to. */
export function orderIdTakenIn(orderId: string, sheet: string): Text {
  return { id: `ID pesanan ${orderId} sudah dipakai pesanan lain di ${sheet}`, en: `order ID ${orderId} is already used by another order in ${sheet}` };
}

/** The prompt titles and questions the order actions ask. */
export const PROMPTS = {
  orderId: (action: PipelineAction, sheet: string): { title: Text; prompt: Text } => ({
    title: ACTION_NAMES[action],
    prompt: { id: `Pilih baris pesanannya di sheet ${sheet}, atau ketik ID pesanan:`, en: `Select the order rows in the ${sheet} sheet, or type the order ID:` },
  }),
  rejectReason: (ids: string): { title: Text; prompt: Text } => ({
    title: ACTION_NAMES.reject,
    prompt: { id: `Alasan menolak ${ids} (dikirim balik ke CS):`, en: `Why reject ${ids}? (sent back to CS)` },
  }),
  cancelReason: (ids: string): { title: Text; prompt: Text } => ({
    title: ACTION_NAMES.cancel,
    prompt: { id: `Alasan membatalkan ${ids}:`, en: `Why cancel ${ids}?` },
  }),
  courier: (id: string, couriers: string): { title: Text; prompt: Text } => ({
    title: ACTION_NAMES.ship,
    prompt: { id: `Kurir untuk ${id} (${couriers}):`, en: `Courier for ${id} (${couriers}):` },
  }),
  resi: (id: string): { title: Text; prompt: Text } => ({
    title: ACTION_NAMES.ship,
    prompt: { id: `No. resi untuk ${id}:`, en: `Tracking number (resi) for ${id}:` },
  }),
};

/** The messages of refusals before any plan: nothing chosen, order not found, a cancelled prompt. */
export const REFUSALS = {
  cancelled: (action: PipelineAction): Text => ({ id: `${ACTION_NAMES[action].id} dibatalkan. Tidak ada yang diubah.`, en: `${ACTION_NAMES[action].en} cancelled. Nothing was changed.` }),
  nothingSelected: (sheet: string): Text => ({
    id: `Tidak ada pesanan di baris yang dipilih. Pilih baris pesanan di sheet ${sheet}, lalu coba lagi.`,
    en: `There is no order in the selected rows. Select order rows in the ${sheet} sheet, then try again.`,
  }),
  notFound: (orderId: string, sheet: string, elsewhere: string | null): Text =>
    elsewhere
      ? { id: `Pesanan ${orderId} tidak ada di ${sheet}; sekarang ada di ${elsewhere}. Tidak ada yang diubah.`, en: `Order ${orderId} is not in ${sheet}; it is in ${elsewhere} now. Nothing was changed.` }
      : { id: `Pesanan ${orderId} tidak ditemukan di ${sheet}. Tidak ada yang diubah.`, en: `Order ${orderId} was not found in ${sheet}. Nothing was changed.` },
  reasonRequired: (action: PipelineAction): Text => ({
    id: `${ACTION_NAMES[action].id} perlu alasan. Tidak ada yang diubah.`,
    en: `${ACTION_NAMES[action].en} needs a reason. Nothing was changed.`,
  }),
};
