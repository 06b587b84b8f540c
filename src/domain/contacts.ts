/**
 * Marketing · Kontak from orders, pure: one contact per customer keyed by the normalised WhatsApp number
 * (`0812-3456-7890`, `+62 812 3456 7890` and `6281234567890` are one customer), with name, city (from the
 * address), first and last order, number of orders and total spent. Only delivered orders (`Diterima`)
 * count, and COD parcels sent back (`Retur`) count in `Retur COD`. Each contact keeps the IDs it has counted (`Pesanan Dihitung`), so merging the same order twice
 * (a rerun, a watermark lost) never counts it twice. Each contact gets its segment (contact-segments.ts)
 * on every refresh, since a segment changes with time alone. Consent to be contacted (UU PDP 2022) is the
 * marketing person's: Toko never sets it to Ya; it reads odd spellings and stamps the date when blank; a
 * Tidak is never undone by a refresh (a new order of that customer leaves it as it is), and of two rows of
 * one customer, a Tidak on either wins.
 */
import { Cell, cellText } from './cell';
import { Text } from './i18n';
import { parseRupiah } from './money';
import { normalizePhone } from './phone';
import { DEFAULT_SEGMENT_THRESHOLDS, segmentOf, SegmentThresholds } from './contact-segments';

/** A contact row's values keyed by Marketing · Kontak's column keys. */
export type ContactRecord = Readonly<Partial<Record<string, Cell>>>;

/** A contact row as read. */
export interface ContactRow {
  readonly rowNumber: number;
  readonly record: ContactRecord;
}

/** What a contact needs of an order (a row of Gudang · Selesai). */
export interface ContactOrder {
  readonly orderId: string;
  readonly customerName: Cell;
  readonly phone: Cell;
  readonly address: Cell;
  readonly orderDate: Cell;
  readonly total: Cell;
  readonly shippingCost: Cell;
  readonly fulfilment: Cell;
}

/** What to write: changed rows, new contacts, and orders left out with why. */
export interface ContactsPlan {
  readonly updates: Array<{ rowNumber: number; changes: Record<string, Cell> }>;
  readonly appends: Array<Record<string, Cell>>;
  readonly skipped: Text[];
  /** Orders counted now (not counted before). */
  readonly counted: number;
}

/** The city of an address: its last comma-separated part, without a postcode (`Jl. Melati 5, Bandung 40111` → `Bandung`). */
export function cityOf(address: unknown): string {
  const parts = cellText(address).split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return '';
  return parts[parts.length - 1].replace(/\b\d{5}\b/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Consent as typed: `Ya` (ya, yes, y, iya, boleh, setuju, mau, bersedia, ok), `Tidak` (tidak, tdk, no, n,
 * stop, berhenti, jangan, tidak mau, gak, unsubscribe, tolak, …), '' blank, null when unreadable (taken as
 * Tidak by `mayContact`). Case, spaces and a trailing `.`/`!` do not matter.
 */
export function normalizeConsent(value: unknown): 'Ya' | 'Tidak' | '' | null {
  const text = cellText(value).toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  if (/^(ya|yes|y|iya|iyaa|yaa|boleh|setuju|mau|bersedia|ok|oke|okay|true)$/.test(text)) return 'Ya';
  if (/^(tidak|tdk|tak|no|n|stop|berhenti|jangan|jgn|tidak boleh|tidak mau|tdk mau|gak|ga|nggak|enggak|gak mau|tolak|menolak|unsubscribe|unsub|false)$/.test(text)) return 'Tidak';
  return null;
}

/** Whether a contact may get a broadcast: only an explicit Ya. */
export function mayContact(record: ContactRecord): boolean {
  return normalizeConsent(record.consent) === 'Ya';
}

const revenueOf = (order: ContactOrder): number => {
  const total = parseRupiah(order.total) ?? 0;
  return Math.max(0, total - (parseRupiah(order.shippingCost) ?? 0));
};

const counted = (value: unknown): string[] => cellText(value).split(/\s+/).filter((id) => id !== '').map((id) => id.toUpperCase());

/**
 * Merges delivered orders into the contacts (every row of Marketing · Kontak, or those of the orders'
 * phones); see the file comment. `now` stamps a consent typed without a date and decides the segments.
 */
export function planContacts(existing: readonly ContactRow[], orders: readonly ContactOrder[], now: number, thresholds: SegmentThresholds = DEFAULT_SEGMENT_THRESHOLDS): ContactsPlan {
  const byPhone = new Map<string, { rowNumber?: number; record: Record<string, Cell>; changed: boolean }>();
  const skipped: Text[] = [];
  for (const row of existing) {
    const phone = normalizePhone(row.record.phone);
    if (!phone.ok && cellText(row.record.phone) === '') continue; // a row without a phone is not a contact: left as it is
    const key = phone.ok ? phone.phone : cellText(row.record.phone);
    const first = byPhone.get(key);
    if (first) {
      // The same customer on two rows: the first row is kept up to date, and a Tidak on either wins.
      const consent = normalizeConsent(row.record.consent);
      if (consent !== 'Ya' && consent !== '' && normalizeConsent(first.record.consent) !== 'Tidak') {
        first.record.consent = 'Tidak';
        first.changed = true;
      }
      skipped.push({
        id: `${key} ada di dua baris (${first.rowNumber} dan ${row.rowNumber}) — baris ${first.rowNumber} yang diperbarui; hapus baris ${row.rowNumber} setelah memindahkan catatannya`,
        en: `${key} is on two rows (${first.rowNumber} and ${row.rowNumber}) — row ${first.rowNumber} is kept up to date; delete row ${row.rowNumber} after moving its notes`,
      });
      continue;
    }
    const entry = { rowNumber: row.rowNumber, record: { ...(row.record as Record<string, Cell>) }, changed: false };
    if (phone.ok && cellText(row.record.phone) !== phone.phone) {
      entry.record.phone = phone.phone; // typed by hand another way: written as Toko keys it
      entry.changed = true;
    }
    byPhone.set(key, entry);
  }
  let countedNow = 0;
  for (const order of orders) {
    const status = cellText(order.fulfilment).toLowerCase();
    if (status !== 'diterima' && status !== 'retur') continue;
    const phone = normalizePhone(order.phone);
    if (!phone.ok) {
      skipped.push({ id: `${order.orderId}: ${phone.problem.id}`, en: `${order.orderId}: ${phone.problem.en}` });
      continue;
    }
    const contact = byPhone.get(phone.phone) ?? { record: { phone: phone.phone, orderCount: 0, totalSpent: 0, counted: '' } as Record<string, Cell>, changed: true };
    byPhone.set(phone.phone, contact);
    const ids = counted(contact.record.counted);
    if (ids.includes(order.orderId.toUpperCase())) continue;
    const r = contact.record;
    if (status === 'retur') {
      // A COD parcel the customer sent back (Tandai retur): one return, no order or spending counted.
      r.counted = [...ids, order.orderId.toUpperCase()].join(' ');
      r.codReturns = (Number(cellText(r.codReturns)) || 0) + 1;
      if (!cellText(r.name)) r.name = cellText(order.customerName);
      if (!cellText(r.city)) r.city = cityOf(order.address);
      contact.changed = true;
      countedNow++;
      continue;
    }
    const date = typeof order.orderDate === 'number' ? order.orderDate : null;
    r.counted = [...ids, order.orderId.toUpperCase()].join(' ');
    r.orderCount = (typeof r.orderCount === 'number' ? r.orderCount : Number(cellText(r.orderCount)) || 0) + 1;
    r.totalSpent = (parseRupiah(r.totalSpent) ?? 0) + revenueOf(order);
    if (date !== null) {
      if (typeof r.firstOrder !== 'number' || date < r.firstOrder) r.firstOrder = date;
      if (typeof r.lastOrder !== 'number' || date > r.lastOrder) {
        r.lastOrder = date;
        if (cellText(order.customerName)) r.name = cellText(order.customerName);
        if (cityOf(order.address)) r.city = cityOf(order.address);
      }
    }
    if (!cellText(r.name)) r.name = cellText(order.customerName);
    if (!cellText(r.city)) r.city = cityOf(order.address);
    contact.changed = true;
    countedNow++;
  }
  const updates: ContactsPlan['updates'] = [];
  const appends: ContactsPlan['appends'] = [];
  for (const contact of byPhone.values()) {
    const consent = normalizeConsent(contact.record.consent);
    if (consent !== null && consent !== cellText(contact.record.consent)) {
      contact.record.consent = consent;
      contact.changed = true;
    }
    if (consent && cellText(contact.record.consentDate) === '') {
      contact.record.consentDate = now;
      contact.changed = true;
    }
    const segmentNow = segmentOf(contact.record.orderCount, contact.record.lastOrder, now, thresholds);
    if (cellText(contact.record.segment) !== segmentNow) {
      contact.record.segment = segmentNow;
      contact.changed = true;
    }
    if (consent === null) skipped.push({ id: `${contact.record.phone}: Boleh Dihubungi "${cellText(contact.record.consent)}" tidak dikenal — isi Ya atau Tidak (dianggap Tidak)`, en: `${contact.record.phone}: May contact "${cellText(contact.record.consent)}" is unknown — write Ya or Tidak (taken as Tidak)` });
    if (!contact.changed) continue;
    const { phone, name, city, firstOrder, lastOrder, orderCount, totalSpent, segment, consent: c, consentDate, counted: ids } = contact.record;
    const values: Record<string, Cell> = { phone: phone ?? '', name: name ?? '', city: city ?? '', firstOrder: firstOrder ?? '', lastOrder: lastOrder ?? '', orderCount: orderCount ?? 0, totalSpent: totalSpent ?? 0, segment: segment ?? '', consent: c ?? '', consentDate: consentDate ?? '', counted: ids ?? '' };
    if (contact.record.codReturns !== undefined && contact.record.codReturns !== '') values.codReturns = contact.record.codReturns;
    if (contact.rowNumber === undefined) appends.push(values);
    else updates.push({ rowNumber: contact.rowNumber, changes: values });
  }
  return { updates, appends, skipped, counted: countedNow };
}
