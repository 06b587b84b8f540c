/** The WhatsApp message CS sends the customer when the order is shipped (opened ready-typed by the wa.me link). */
import { Lang } from './i18n';

/** What the shipped message mentions. */
export interface ShippedNotice {
  readonly shopName: string;
  readonly customerName: string;
  readonly orderId: string;
  readonly courier: string;
  readonly resi: string;
  readonly trackingLink: string;
}

/** A short, friendly message in the shop's language with the courier, the resi and the tracking link. */
export function shippedMessage(lang: Lang, notice: ShippedNotice): string {
  const name = notice.customerName.trim().split(/\s+/)[0] ?? '';
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
