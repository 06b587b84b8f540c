/**
 * Finding a customer (Toko → Cari pelanggan / pesanan): what a typed query means (a phone in any form,
 * an order ID, or a name), the TextFinder patterns that find it on the server without reading any
 * sheet, and the cards the sidebar shows for the rows found. Pure: records in, plain data out.
 */
import { cellText } from './cell';
import { Lang, say, Text } from './i18n';
import { formatJakartaDate } from './jakarta-time';
import { formatRupiah } from './money';
import { OrderRecord } from './order-record';
import { orderStatusMessage } from './order-status-message';
import { normalizePhone, whatsappLink } from './phone';
import { Courier } from './settings';
import { findCourier, trackingLink } from './tracking';

/** What the person typed, understood. */
export type CustomerQuery =
  | { readonly kind: 'phone'; readonly phone: string }
  | { readonly kind: 'orderId'; readonly orderId: string }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'invalid'; readonly problem: Text };

/** The longest query accepted (a pasted chat is not a search). */
const MAX_QUERY = 80;

/**
 * Reads a query: digits with spaces, dashes, dots, brackets or a leading + are a phone (normalised to
 * `62…`, or refused with the reason); one word holding letters and digits is an order ID; anything
 * else of at least 2 characters is (part of) a name.
 */
export function classifyQuery(typed: unknown): CustomerQuery {
  const query = cellText(typed).replace(/\s+/g, ' ');
  if (query === '') return { kind: 'invalid', problem: { id: 'Ketik nomor WhatsApp, nama, atau ID pesanan.', en: 'Type a WhatsApp number, a name or an order ID.' } };
  if (query.length > MAX_QUERY) return { kind: 'invalid', problem: { id: `Terlalu panjang (maks. ${MAX_QUERY} huruf).`, en: `Too long (max ${MAX_QUERY} characters).` } };
  if (/^[+\d\s\-.()]+$/.test(query) && /\d/.test(query)) {
    const phone = normalizePhone(query);
    return phone.ok ? { kind: 'phone', phone: phone.phone } : { kind: 'invalid', problem: phone.problem };
  }
  if (!/\s/.test(query) && /\d/.test(query) && /[A-Za-z]/.test(query)) return { kind: 'orderId', orderId: query };
  if (query.length < 2) return { kind: 'invalid', problem: { id: 'Ketik minimal 2 huruf nama.', en: 'Type at least 2 letters of the name.' } };
  return { kind: 'name', name: query };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression (for TextFinder) matching a whole cell that holds this number in any form people
 * write it: `0812-3456-7890`, `+62 812 3456 7890`, `62812…`, `(0812) 3456 7890`, or `812…` (a sheet
 * number that lost its leading zero).
 */
export function phoneCellPattern(phone: string): string {
  const national = phone.replace(/^62/, '');
  const gap = '[\\s.()-]*';
  return `^${gap}(?:\\+?62${gap}0?|0)?${gap}${national.split('').join(gap)}${gap}$`;
}

/** A regular expression (for TextFinder, case-insensitive) matching a cell that contains the name typed. */
export function nameCellPattern(name: string): string {
  return name.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** One order as the sidebar shows it. Plain strings only: it travels through google.script.run. */
export interface OrderCard {
  readonly orderId: string;
  readonly sheet: string;
  readonly stage: string;
  /** Status Kirim as the sheet holds it (`Menunggu packing`), for rules; `stage` is for people. */
  readonly fulfilment: string;
  readonly orderDate: string;
  readonly customerName: string;
  readonly phone: string;
  readonly items: string;
  readonly total: string;
  readonly payment: string;
  readonly courier: string;
  readonly resi: string;
  /** '' unless it is an http(s) link. */
  readonly trackingLink: string;
  readonly complaint: string;
  /** The ready "where is my order?" answer, and its wa.me link ('' when the phone is not a phone). */
  readonly waMessage: string;
  readonly waLink: string;
  /** For sorting: the order date (epoch ms) or 0. */
  readonly sortKey: number;
}

/** One customer found: a number, the latest name used with it, and how many orders. */
export interface CustomerCard {
  readonly name: string;
  readonly phone: string;
  readonly waLink: string;
  readonly orders: number;
}

/** What a card needs besides the record. */
export interface CardEnv {
  readonly lang: Lang;
  readonly shopName: string;
  readonly couriers: readonly Courier[];
}

const STAGES: Readonly<Record<string, Text>> = {
  baru: { id: 'Baru (belum dikonfirmasi)', en: 'New (not confirmed)' },
  'menunggu approval': { id: 'Menunggu approval', en: 'Waiting for approval' },
  'menunggu packing': { id: 'Menunggu packing', en: 'Waiting to be packed' },
  'sudah dikemas': { id: 'Sudah dikemas', en: 'Packed' },
  'sudah dikirim': { id: 'Sudah dikirim', en: 'Shipped' },
  diterima: { id: 'Diterima', en: 'Delivered' },
  dibatalkan: { id: 'Dibatalkan', en: 'Cancelled' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  retur: { id: 'Retur (paket COD kembali)', en: 'Returned (COD parcel came back)' },
};

/** Only web links become links; anything else (a `javascript:` template typed into Pengaturan) is dropped. */
const safeLink = (url: string): string => (/^https?:\/\/[^\s"'<>]+$/i.test(url.trim()) ? url.trim() : '');

/** The card of one order row found on `sheet`. */
export function orderCard(record: OrderRecord, sheet: string, env: CardEnv): OrderCard {
  const fulfilment = cellText(record.fulfilment) || (cellText(record.rejectReason) ? 'Ditolak' : 'Baru');
  const stage = STAGES[fulfilment.toLowerCase()];
  const courier = cellText(record.courier);
  const resi = cellText(record.trackingNumber);
  const found = courier ? findCourier(env.couriers, courier) : undefined;
  const link = safeLink(cellText(record.trackingLink) || (found && resi ? trackingLink(found.trackingUrl, resi) : ''));
  const phone = normalizePhone(record.phone);
  const customerName = cellText(record.customerName);
  const orderId = cellText(record.orderId);
  const paymentMethod = cellText(record.paymentMethod);
  const paymentStatus = cellText(record.paymentStatus) || 'Belum bayar';
  const waMessage = orderStatusMessage(env.lang, { shopName: env.shopName, customerName, orderId, fulfilment, paymentMethod, paymentStatus, courier, resi, trackingLink: link });
  const total = typeof record.total === 'number' ? formatRupiah(record.total) : cellText(record.total);
  const date = typeof record.orderDate === 'number' && record.orderDate > 0 ? record.orderDate : 0;
  return {
    orderId,
    sheet,
    stage: stage ? say(env.lang, stage) : fulfilment,
    fulfilment,
    orderDate: date ? formatJakartaDate(date) : '',
    customerName,
    phone: phone.ok ? phone.phone : cellText(record.phone),
    items: cellText(record.items),
    total,
    payment: [paymentMethod, paymentStatus].filter((p) => p !== '').join(' · '),
    courier,
    resi,
    trackingLink: link,
    complaint: cellText(record.complaint),
    waMessage,
    waLink: phone.ok ? whatsappLink(phone.phone, waMessage) : '',
    sortKey: date,
  };
}

/** Cards newest first (by order date; undated rows last, in the order found), at most `limit`. */
export function sortCards(cards: readonly OrderCard[], limit: number): OrderCard[] {
  return [...cards].sort((a, b) => (a.sortKey === 0 ? 1 : 0) - (b.sortKey === 0 ? 1 : 0) || b.sortKey - a.sortKey).slice(0, limit);
}

/** The customers behind the cards, one per phone number (the newest card's name), most orders first. */
export function customersOf(cards: readonly OrderCard[]): CustomerCard[] {
  const byPhone = new Map<string, { name: string; orders: number }>();
  for (const card of cards) {
    const key = card.phone || card.customerName.toLowerCase();
    const known = byPhone.get(key);
    if (known) known.orders++;
    else byPhone.set(key, { name: card.customerName, orders: 1 });
  }
  return [...byPhone].map(([phone, c]) => ({
    name: c.name,
    phone: /^62\d+$/.test(phone) ? phone : '',
    waLink: /^62\d+$/.test(phone) ? whatsappLink(phone, '') : '',
    orders: c.orders,
  })).sort((a, b) => b.orders - a.orders);
}
