/**
 * The sidebar's extension point: below the orders it shows a list of sections, each one block of
 * lines with an optional link and text to copy. The server builds them from what the search found;
 * a feature adds a section by adding a provider (src/app/customer-sections.ts) — open complaints
 * (CS · Komplain) and the quick replies that fit (CS · Template) are meant to arrive this way. The
 * page renders any section the same way, escaped, so a new section needs no change to the page.
 */
import { Lang } from './i18n';
import { CustomerCard, OrderCard } from './customer-search';
import { OrderRecord } from './order-record';

/** One line of a section. Plain strings only (google.script.run). */
export interface SectionItem {
  readonly text: string;
  readonly detail?: string;
  /** An http(s) or wa.me link the line opens ('' or absent: none). */
  readonly link?: string;
  /** Text the line's Salin button copies (absent: no button). */
  readonly copy?: string;
}

/** One block of the sidebar: a stable id (for tests and styling), a title, its lines, and what to say when it has none. */
export interface CustomerSection {
  readonly id: string;
  readonly title: string;
  readonly items: SectionItem[];
  readonly empty?: string;
}

/** What the search found, as every provider sees it. */
export interface FoundCustomer {
  readonly lang: Lang;
  /** The customers' normalised numbers (`62…`). */
  readonly phones: string[];
  readonly orderIds: string[];
  readonly orders: OrderCard[];
  /** The sheet rows behind `orders`, index for index (for replies rendered from the order's own cells). */
  readonly records: readonly OrderRecord[];
  readonly customers: CustomerCard[];
}

const OPEN_STAGES = new Set(['baru', 'menunggu approval', 'menunggu packing', 'sudah dikemas', 'sudah dikirim']);

/** The first section: how many orders, how many still on their way, and what the open ones are waiting for. */
export function summarySection(found: FoundCustomer): CustomerSection {
  const en = found.lang === 'en';
  const open = found.orders.filter((card) => OPEN_STAGES.has(card.fulfilment.toLowerCase()));
  const items: SectionItem[] = [
    { text: en ? `${found.orders.length} order(s) found, ${open.length} still open` : `${found.orders.length} pesanan ditemukan, ${open.length} masih berjalan` },
    ...open.map((card) => ({ text: `${card.orderId || (en ? '(no ID yet)' : '(belum ada ID)')}: ${card.stage}`, detail: card.sheet })),
  ];
  // COD parcels this customer sent back (Tandai retur): Konfirmasi pesanan flags their next COD order.
  const returned = found.orders.filter((card) => card.fulfilment.toLowerCase() === 'retur');
  if (returned.length) items.push({ text: en ? `COD returns: ${returned.length} (${returned.map((c) => c.orderId).join(', ')})` : `Retur COD: ${returned.length} (${returned.map((c) => c.orderId).join(', ')})` });
  return { id: 'ringkasan', title: en ? 'Summary' : 'Ringkasan', items };
}
