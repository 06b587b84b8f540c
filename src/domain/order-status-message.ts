/**
 * The WhatsApp answer to "where is my order?" for an order at any stage: short, friendly, in the shop's
 * language. A shipped order gets the shipped message (courier, resi, tracking link). These are the
 * sidebar's built-in texts; the order sheets' `Link WA` cells come from the shop's own templates
 * (CS · Template, see customer-message.ts), which the sidebar does not read yet.
 */
import { Lang } from './i18n';

/** What the answer mentions. */
export interface StatusNotice {
  readonly shopName: string;
  readonly customerName: string;
  readonly orderId: string;
  /** The order's Status Kirim (fulfilment), as the sheet holds it. */
  readonly fulfilment: string;
  readonly paymentMethod: string;
  readonly paymentStatus: string;
  readonly courier: string;
  readonly resi: string;
  readonly trackingLink: string;
}

const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? '';

/** The shipped message: courier, resi and, when there is one, the tracking link. */
function shippedMessage(lang: Lang, notice: StatusNotice): string {
  const name = firstName(notice.customerName);
  if (lang === 'en') {
    return [
      `Hi ${name}, your order ${notice.orderId} from ${notice.shopName} has been shipped with ${notice.courier}, tracking number ${notice.resi}.`,
      notice.trackingLink ? `Track it here: ${notice.trackingLink}` : '',
      'Thank you for shopping with us!',
    ].filter((line) => line !== '').join('\n');
  }
  return [
    `Halo Kak ${name}, pesanan ${notice.orderId} dari ${notice.shopName} sudah dikirim dengan ${notice.courier}, no. resi ${notice.resi}.`,
    notice.trackingLink ? `Lacak di sini: ${notice.trackingLink}` : '',
    'Terima kasih sudah belanja di toko kami!',
  ].filter((line) => line !== '').join('\n');
}

/** The message for the order's current stage (see the file comment). */
export function orderStatusMessage(lang: Lang, notice: StatusNotice): string {
  const stage = notice.fulfilment.trim().toLowerCase();
  if (stage === 'sudah dikirim' && notice.resi.trim() !== '') {
    return shippedMessage(lang, { ...notice, resi: notice.resi.trim() });
  }
  const name = firstName(notice.customerName);
  const order = notice.orderId.trim() === '' ? (lang === 'en' ? 'your order' : 'pesanan Kakak') : (lang === 'en' ? `your order ${notice.orderId}` : `pesanan ${notice.orderId}`);
  const unpaid = notice.paymentStatus.trim().toLowerCase() !== 'lunas' && notice.paymentMethod.trim().toUpperCase() !== 'COD';
  const id: Record<string, string> = {
    baru: `${order} sudah kami catat dan sedang kami cek stoknya.`,
    'menunggu approval': unpaid ? `${order} menunggu pembayaran. Setelah transfer, kirim bukti bayarnya ke sini ya.` : `${order} sedang kami cek pembayarannya.`,
    'menunggu packing': `${order} sudah dikonfirmasi dan sedang menunggu dikemas.`,
    'sudah dikemas': `${order} sudah dikemas dan segera dikirim.`,
    'sudah dikirim': `${order} sudah dikirim${notice.courier ? ` dengan ${notice.courier}` : ''}.`,
    diterima: `${order} tercatat sudah diterima. Semoga suka ya!`,
    dibatalkan: `${order} sudah dibatalkan.`,
    ditolak: `${order} belum bisa kami proses; kami hubungi Kakak sebentar lagi.`,
  };
  const en: Record<string, string> = {
    baru: `${order} is noted and we are checking the stock.`,
    'menunggu approval': unpaid ? `${order} is waiting for payment. Once you have transferred, please send the receipt here.` : `${order} is having its payment checked.`,
    'menunggu packing': `${order} is confirmed and waiting to be packed.`,
    'sudah dikemas': `${order} is packed and will be shipped soon.`,
    'sudah dikirim': `${order} has been shipped${notice.courier ? ` with ${notice.courier}` : ''}.`,
    diterima: `${order} shows as delivered. We hope you like it!`,
    dibatalkan: `${order} has been cancelled.`,
    ditolak: `we could not process ${order} yet; we will contact you shortly.`,
  };
  if (lang === 'en') {
    const body = en[stage] ?? `${order} is being processed.`;
    return `Hi ${name}, ${body}\nThank you for shopping at ${notice.shopName}!`;
  }
  const body = id[stage] ?? `${order} sedang kami proses.`;
  return `Halo Kak ${name}, ${body}\nTerima kasih sudah belanja di ${notice.shopName}!`;
}
