/**
 * The warehouse e-mail of one approval batch: what to pack for each order (items with names and
 * variants/colours), where it goes, the courier, the notes and the customer's phone. Plain text and
 * HTML; every string that came from a customer or a person is HTML-escaped.
 */
import { escapeHtml } from './html';
import { Lang } from './i18n';
import { formatRupiah, Rupiah } from './money';
import { formatJakartaDateTime } from './jakarta-time';
import { MailDraft, shortHash } from './order-plan';

/** One line to pack. */
export interface PackingLine {
  readonly sku: string;
  readonly name: string;
  readonly variant: string;
  readonly quantity: number;
}

/** One order to pack. */
export interface PackingOrder {
  readonly orderId: string;
  readonly customerName: string;
  readonly phone: string;
  readonly address: string;
  readonly courier: string;
  readonly notes: string;
  readonly paymentMethod: string;
  readonly total: Rupiah;
  readonly lines: readonly PackingLine[];
}


/** The idempotency key of the packing list for these orders (the same orders give the same key). */
export function packingListId(orderIds: readonly string[]): string {
  const sorted = [...orderIds].sort();
  return `GUDANG-${sorted[0]}-${sorted.length}-${shortHash(sorted.join(','))}`;
}

const WORDS = {
  id: { subject: (n: number) => `Packing list: ${n} pesanan disetujui`, intro: (n: number, at: string) => `${n} pesanan disetujui ${at}. Mohon dikemas:`, customer: 'Pelanggan', phone: 'WhatsApp', address: 'Alamat', courier: 'Kurir', notes: 'Catatan', payment: 'Bayar', item: 'Item', variant: 'Varian/Warna', qty: 'Qty', none: '(belum dipilih)', cod: (t: string) => `COD — tagih ${t}`, outro: 'Setelah dikemas, pilih Toko → Tandai dikemas (packing) di sheet Gudang · Pengiriman.' },
  en: { subject: (n: number) => `Packing list: ${n} order(s) approved`, intro: (n: number, at: string) => `${n} order(s) approved ${at}. Please pack:`, customer: 'Customer', phone: 'WhatsApp', address: 'Address', courier: 'Courier', notes: 'Notes', payment: 'Payment', item: 'Item', variant: 'Variant/colour', qty: 'Qty', none: '(not chosen yet)', cod: (t: string) => `COD — collect ${t}`, outro: 'Once packed, choose Toko → Tandai dikemas (packing) in the Gudang · Pengiriman sheet.' },
};

/** The packing-list e-mail for a batch of approved orders, to the warehouse addresses. */
export function packingListMail(input: { shopName: string; orders: readonly PackingOrder[]; to: string[]; lang: Lang; now: number }): MailDraft {
  const w = WORDS[input.lang];
  const at = formatJakartaDateTime(input.now);
  const ids = input.orders.map((o) => o.orderId);
  const payment = (o: PackingOrder) => (o.paymentMethod === 'COD' ? w.cod(formatRupiah(o.total)) : o.paymentMethod);
  const text: string[] = [w.intro(input.orders.length, at), ''];
  const html: string[] = [`<p>${escapeHtml(w.intro(input.orders.length, at))}</p>`];
  for (const o of input.orders) {
    text.push(`== ${o.orderId} ==`);
    for (const line of o.lines) text.push(`- ${line.quantity} × ${line.sku} ${line.name}${line.variant ? ` (${line.variant})` : ''}`);
    text.push(`${w.customer}: ${o.customerName}`, `${w.phone}: ${o.phone}`, `${w.address}: ${o.address}`, `${w.courier}: ${o.courier || w.none}`, `${w.payment}: ${payment(o)}`);
    if (o.notes) text.push(`${w.notes}: ${o.notes}`);
    text.push('');
    const rows = o.lines
      .map((line) => `<tr><td>${escapeHtml(line.sku)}</td><td>${escapeHtml(line.name)}</td><td>${escapeHtml(line.variant)}</td><td style="text-align:right">${line.quantity}</td></tr>`)
      .join('');
    html.push(
      `<h3 style="margin-bottom:4px">${escapeHtml(o.orderId)}</h3>`,
      `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tr><th>SKU</th><th>${w.item}</th><th>${w.variant}</th><th>${w.qty}</th></tr>${rows}</table>`,
      '<p>' +
        [
          [w.customer, o.customerName],
          [w.phone, o.phone],
          [w.address, o.address],
          [w.courier, o.courier || w.none],
          [w.payment, payment(o)],
          ...(o.notes ? [[w.notes, o.notes]] : []),
        ]
          .map(([label, value]) => `<b>${escapeHtml(label)}:</b> ${escapeHtml(value)}`)
          .join('<br>') +
        '</p>',
    );
  }
  text.push(w.outro);
  html.push(`<p>${escapeHtml(w.outro)}</p>`);
  return {
    id: packingListId(ids),
    to: input.to,
    subject: `[${input.shopName}] ${w.subject(input.orders.length)} (${ids.length <= 3 ? ids.join(', ') : `${ids[0]} … ${ids[ids.length - 1]}`})`,
    body: text.join('\n'),
    htmlBody: html.join('\n'),
    reference: ids.join(', '),
  };
}
