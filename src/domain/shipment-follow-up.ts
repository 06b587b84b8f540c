/**
 * The WhatsApp message CS sends a customer whose parcel has been on its way longer than it should
 * (a "stuck shipment" on the dashboard), opened ready-typed by a wa.me link: it names the order, the
 * courier, the resi and the day it left, asks whether it arrived, and promises to check with the courier.
 */
import { Lang } from './i18n';
import { formatJakartaDate } from './jakarta-time';
import { normalizePhone, whatsappLink } from './phone';

/** What the follow-up mentions. */
export interface StuckShipmentNotice {
  readonly shopName: string;
  readonly customerName: string;
  readonly orderId: string;
  readonly courier: string;
  readonly resi: string;
  /** When it was shipped (epoch ms). */
  readonly shippedAt: number;
  readonly trackingLink: string;
}

/** A short, friendly follow-up in the shop's language. */
export function stuckShipmentMessage(lang: Lang, notice: StuckShipmentNotice): string {
  const name = notice.customerName.trim().split(/\s+/)[0] ?? '';
  const day = formatJakartaDate(notice.shippedAt);
  if (lang === 'en') {
    return [
      `Hi ${name}, this is ${notice.shopName}. Your order ${notice.orderId} left on ${day} with ${notice.courier}${notice.resi ? `, tracking number ${notice.resi}` : ''}.`,
      'Has it arrived? If not, reply here and we will check with the courier right away.',
      notice.trackingLink ? `Track it: ${notice.trackingLink}` : '',
    ].filter((l) => l !== '').join('\n');
  }
  return [
    `Halo Kak ${name}, kami dari ${notice.shopName}. Pesanan ${notice.orderId} dikirim ${day} dengan ${notice.courier}${notice.resi ? `, no. resi ${notice.resi}` : ''}.`,
    'Apakah paketnya sudah sampai? Kalau belum, balas di sini ya, kami bantu cek ke kurir.',
    notice.trackingLink ? `Lacak: ${notice.trackingLink}` : '',
  ].filter((l) => l !== '').join('\n');
}

/** The wa.me link with the follow-up typed in; '' when the phone number cannot be read. */
export function stuckShipmentLink(lang: Lang, phone: unknown, notice: StuckShipmentNotice): string {
  const number = normalizePhone(phone);
  return number.ok ? whatsappLink(number.phone, stuckShipmentMessage(lang, notice)) : '';
}
