/**
 * The warehouse e-mail of one approval batch: what to pack for each order (items with names and
 * variants/colours), where it goes, the courier, the notes and the customer's phone. Plain text and
 * HTML; every string that came from a customer or a person is HTML-escaped.
 *
 * A big batch is split into parts ("bagian 1/3"), each its own mail with its own key, so that the
 * text and the HTML of every part fit one Sheets cell (the Outbox keeps each mail whole until it is
 * sent). Splitting here, rather than rebuilding the mail from the sheets at send time, keeps every
 * Outbox row self-contained: the retry sends exactly what was approved, even after the orders moved on.
 */
import { escapeHtml } from './html';
import { Lang } from './i18n';
import { formatRupiah, Rupiah } from './money';
import { formatJakartaDateTime } from './jakarta-time';
import { MailDraft, shortHash } from './order-plan';
import { OUTBOX_CELL_LIMIT } from './outbox-rules';
import { PickLine, pickSummary, readablePhone } from './pick-summary';

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
  /**
   * The order was already in Gudang · Pengiriman: this run completes a move an earlier run began, and
   * that run may have queued a packing list with this order. The list says so; the mail is looked up.
   */
  readonly resumed?: boolean;
}


/** The idempotency key of the packing list for these orders (the same orders give the same key). */
export function packingListId(orderIds: readonly string[]): string {
  const sorted = [...orderIds].sort();
  return `GUDANG-${sorted[0]}-${sorted.length}-${shortHash(sorted.join(','))}`;
}

const WORDS = {
  id: { subject: (n: number) => `Packing list: ${n} pesanan disetujui`, part: (i: number, n: number) => `bagian ${i}/${n}`, intro: (n: number, at: string) => `${n} pesanan disetujui ${at}. Mohon dikemas:`, partIntro: (n: number, total: number, at: string, i: number, parts: number) => `${total} pesanan disetujui ${at}; e-mail ini bagian ${i} dari ${parts} (${n} pesanan). Mohon dikemas:`, customer: 'Pelanggan', phone: 'WhatsApp', address: 'Alamat', courier: 'Kurir', notes: 'Catatan', payment: 'Bayar', item: 'Item', variant: 'Varian/Warna', qty: 'Qty', none: '(belum dipilih)', cod: (t: string) => `COD — tagih ${t}`, cut: '… (terpotong; selengkapnya di sheet Gudang · Pengiriman)', resumed: 'PERHATIAN: pemindahan pesanan ini sempat terputus, jadi pesanan ini mungkin sudah ada di packing list sebelumnya — cek dulu, jangan dikemas dua kali.', moreLines: (n: number) => `… dan ${n} baris lagi (lihat sheet Gudang · Pengiriman)`, outro: 'Cocokkan warna/varian dan jumlah tiap item dengan varian yang dikonfirmasi pelanggan, isi Dicek = Ya di sheet Gudang · Pengiriman, lalu pilih Toko → Tandai dikemas (packing).', more: (n: number) => `dan ${n} lainnya`, pick: 'Ringkasan ambil barang (total per SKU dan varian, sekali jalan ke rak):', pickOrders: (n: number) => `${n} pesanan`, total: 'Total' },
  en: { subject: (n: number) => `Packing list: ${n} order(s) approved`, part: (i: number, n: number) => `part ${i}/${n}`, intro: (n: number, at: string) => `${n} order(s) approved ${at}. Please pack:`, partIntro: (n: number, total: number, at: string, i: number, parts: number) => `${total} order(s) approved ${at}; this e-mail is part ${i} of ${parts} (${n} orders). Please pack:`, customer: 'Customer', phone: 'WhatsApp', address: 'Address', courier: 'Courier', notes: 'Notes', payment: 'Payment', item: 'Item', variant: 'Variant/colour', qty: 'Qty', none: '(not chosen yet)', cod: (t: string) => `COD — collect ${t}`, cut: '… (cut; the rest is in the Gudang · Pengiriman sheet)', resumed: 'NOTE: moving this order was interrupted earlier, so it may already be on an earlier packing list — check first, do not pack it twice.', moreLines: (n: number) => `… and ${n} more line(s) (see the Gudang · Pengiriman sheet)`, outro: 'Check each item\'s colour/variant and quantity against what the customer confirmed, set Dicek to Ya in the Gudang · Pengiriman sheet, then choose Toko → Tandai dikemas (packing).', more: (n: number) => `and ${n} more`, pick: 'Pick summary (total per SKU and variant, one walk along the shelves):', pickOrders: (n: number) => `${n} order(s)`, total: 'Total' },
};
type Words = (typeof WORDS)['id'];

/** Longest a free-text field (name, address, notes) may be on a packing list; longer ones are cut and point to the sheet. */
const MAX_FIELD_CHARS = 2000;
/** Longest a product name or variant may be on a packing list. */
const MAX_NAME_CHARS = 200;
/** Most item lines one order shows; more are counted and point to the sheet. */
const MAX_LINES = 100;

/** One order's share of the text and of the HTML, and the lines it adds to the pick summary. */
interface OrderChunk {
  readonly orderId: string;
  readonly text: string;
  readonly html: string;
  readonly lines: readonly PackingLine[];
  /** The most this order's lines can add to the pick summary's text and HTML (each line a summary row of its own). */
  readonly pickRoom: { readonly text: number; readonly html: number };
}

function chunkOf(o: PackingOrder, w: Words): OrderChunk {
  const cutTo = (max: number) => (value: string) => (value.length > max ? `${value.slice(0, max)}${w.cut}` : value);
  const cut = cutTo(MAX_FIELD_CHARS);
  const name = cutTo(MAX_NAME_CHARS);
  const payment = o.paymentMethod === 'COD' ? w.cod(formatRupiah(o.total)) : o.paymentMethod;
  const lines = o.lines.slice(0, MAX_LINES);
  const more = o.lines.length - lines.length;
  const fields: Array<[string, string]> = [
    [w.customer, cut(o.customerName)],
    [w.phone, readablePhone(o.phone)],
    [w.address, cut(o.address)],
    [w.courier, o.courier || w.none],
    [w.payment, payment],
    ...(o.notes ? [[w.notes, cut(o.notes)] as [string, string]] : []),
  ];
  const text: string[] = [`== ${o.orderId} ==`, ...(o.resumed ? [w.resumed] : [])];
  for (const line of lines) text.push(`- ${line.quantity} × ${name(line.sku)} ${name(line.name)}${line.variant ? ` (${name(line.variant)})` : ''}`);
  if (more > 0) text.push(w.moreLines(more));
  for (const [name, value] of fields) text.push(`${name}: ${value}`);
  text.push('');
  const rows = lines
    .map((line) => `<tr><td>${escapeHtml(name(line.sku))}</td><td>${escapeHtml(name(line.name))}</td><td>${escapeHtml(name(line.variant))}</td><td style="text-align:right">${line.quantity}</td></tr>`)
    .join('');
  const html = [
    `<h3 style="margin-bottom:4px">${escapeHtml(o.orderId)}</h3>`,
    ...(o.resumed ? [`<p style="color:#b71c1c"><b>${escapeHtml(w.resumed)}</b></p>`] : []),
    `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tr><th>SKU</th><th>${w.item}</th><th>${w.variant}</th><th>${w.qty}</th></tr>${rows}</table>`,
    ...(more > 0 ? [`<p>${escapeHtml(w.moreLines(more))}</p>`] : []),
    '<p>' + fields.map(([name, value]) => `<b>${escapeHtml(name)}:</b> ${escapeHtml(value)}`).join('<br>') + '</p>',
  ].join('\n');
  const named = lines.map((line) => ({ ...line, sku: name(line.sku), name: name(line.name), variant: name(line.variant) }));
  const pick = pickRows(named, w);
  return { orderId: o.orderId, text: text.join('\n'), html, lines: named, pickRoom: { text: pick.text.reduce((n, r) => n + r.length + 1, 0), html: pick.html.reduce((n, r) => n + r.length + 1, 0) } };
}

const pickRowText = (p: PickLine, w: Words): string => `- ${p.quantity} × ${p.sku} ${p.name}${p.variant ? ` (${p.variant})` : ''} — ${w.pickOrders(p.orders)}`;
const pickRowHtml = (p: PickLine, w: Words): string =>
  `<tr><td>${escapeHtml(p.sku)}</td><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.variant)}</td><td style="text-align:right"><b>${p.quantity}</b></td><td>${escapeHtml(w.pickOrders(p.orders))}</td></tr>`;

/** The pick summary's rows (text and HTML) for some lines, merged per SKU and variant. */
function pickRows(lines: readonly PackingLine[], w: Words): { text: string[]; html: string[] } {
  const summary = pickSummary([{ lines }]);
  return { text: summary.map((p) => pickRowText(p, w)), html: summary.map((p) => pickRowHtml(p, w)) };
}

/** Room for the pick summary's heading, table head and total row, whatever the batch. */
const PICK_OVERHEAD = 700;

/** The pick summary of some orders' chunks (text and HTML); nothing for a single order with one line. */
function pickSection(chunks: readonly OrderChunk[], w: Words): { text: string[]; html: string[] } {
  const summary = pickSummary(chunks);
  if (summary.length === 0 || (chunks.length === 1 && chunks[0].lines.length <= 1)) return { text: [], html: [] };
  const units = summary.reduce((n, p) => n + p.quantity, 0);
  return {
    text: [w.pick, ...summary.map((p) => pickRowText(p, w)), `${w.total}: ${units}`, ''],
    html: [
      `<p><b>${escapeHtml(w.pick)}</b></p>`,
      `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tr><th>SKU</th><th>${w.item}</th><th>${w.variant}</th><th>${w.qty}</th><th></th></tr>${summary.map((p) => pickRowHtml(p, w)).join('')}<tr><td colspan="3"><b>${w.total}</b></td><td style="text-align:right"><b>${units}</b></td><td></td></tr></table>`,
    ],
  };
}

/** The stand-in for an order too long for any mail even after cutting its fields: its ID and where to look. */
function tooLongChunk(o: PackingOrder, w: Words): OrderChunk {
  const line = `${w.customer}: ${o.customerName.slice(0, MAX_NAME_CHARS)} — ${w.cut}`;
  // Its lines are in the sheet only: the stand-in adds nothing to the pick summary.
  return { orderId: o.orderId, text: `== ${o.orderId} ==\n${line}\n`, html: `<h3 style="margin-bottom:4px">${escapeHtml(o.orderId)}</h3><p>${escapeHtml(line)}</p>`, lines: [], pickRoom: { text: 0, html: 0 } };
}

/** The text and HTML of one mail around its orders' chunks. */
function render(chunks: readonly OrderChunk[], intro: string, w: Words): { body: string; htmlBody: string } {
  const pick = pickSection(chunks, w);
  return {
    body: [intro, '', ...pick.text, ...chunks.map((c) => c.text), w.outro].join('\n'),
    htmlBody: [`<p>${escapeHtml(intro)}</p>`, ...pick.html, ...chunks.map((c) => c.html), `<p>${escapeHtml(w.outro)}</p>`].join('\n'),
  };
}

/** Groups the chunks, in order, so that each group's text and HTML (with room for `overhead`) fit one cell. */
function splitToFit(chunks: readonly OrderChunk[], overhead: { text: number; html: number }): OrderChunk[][] {
  const groups: OrderChunk[][] = [];
  let group: OrderChunk[] = [];
  let text = overhead.text;
  let html = overhead.html;
  for (const chunk of chunks) {
    const addText = chunk.text.length + 1 + chunk.pickRoom.text;
    const addHtml = chunk.html.length + 1 + chunk.pickRoom.html;
    if (group.length > 0 && (text + addText > OUTBOX_CELL_LIMIT || html + addHtml > OUTBOX_CELL_LIMIT)) {
      groups.push(group);
      group = [];
      text = overhead.text;
      html = overhead.html;
    }
    group.push(chunk);
    text += addText;
    html += addHtml;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** How many order IDs a subject names before it counts the rest. */
const SUBJECT_IDS = 3;

/**
 * The orders a subject names: all of them up to three, else the first three and how many more — never
 * `first … last`, which reads as an unbroken range when IDs in between are not in the batch.
 */
function subjectIds(ids: readonly string[], w: Words): string {
  return ids.length <= SUBJECT_IDS ? ids.join(', ') : `${ids.slice(0, SUBJECT_IDS).join(', ')} ${w.more(ids.length - SUBJECT_IDS)}`;
}

/**
 * The packing-list e-mail(s) for a batch of approved orders, to the warehouse addresses: one mail, or for
 * a batch too big for one Outbox cell, parts whose subject says "bagian i/n", every order in exactly one
 * part, each part's text and HTML at most OUTBOX_CELL_LIMIT characters. The same batch gives the same keys.
 * A batch with no resumed order is a first write: no earlier run can have queued a mail with its key.
 */
export function packingListMails(input: { shopName: string; orders: readonly PackingOrder[]; to: string[]; lang: Lang; now: number }): MailDraft[] {
  const w = WORDS[input.lang];
  const at = formatJakartaDateTime(input.now);
  const total = input.orders.length;
  const allIds = input.orders.map((o) => o.orderId);
  // Room for the longest intro any part can have (every count at its largest) and the outro.
  const empty = render([], w.partIntro(total, total, at, total, total), w);
  const overhead = { text: empty.body.length + PICK_OVERHEAD, html: empty.htmlBody.length + PICK_OVERHEAD };
  const room = { text: OUTBOX_CELL_LIMIT - overhead.text - 1, html: OUTBOX_CELL_LIMIT - overhead.html - 1 };
  const chunks = input.orders.map((o) => {
    const chunk = chunkOf(o, w);
    return chunk.text.length + chunk.pickRoom.text <= room.text && chunk.html.length + chunk.pickRoom.html <= room.html ? chunk : tooLongChunk(o, w);
  });
  const firstWrite = input.orders.every((o) => !o.resumed);
  const single = render(chunks, w.intro(total, at), w);
  if (single.body.length <= OUTBOX_CELL_LIMIT && single.htmlBody.length <= OUTBOX_CELL_LIMIT) {
    return [{ id: packingListId(allIds), to: input.to, subject: `[${input.shopName}] ${w.subject(total)} (${subjectIds(allIds, w)})`, ...single, reference: allIds.join(', '), firstWrite }];
  }
  const groups = splitToFit(chunks, overhead);
  const key = packingListId(allIds);
  return groups.map((group, i) => {
    const ids = group.map((c) => c.orderId);
    return {
      id: `${key}-${i + 1}of${groups.length}`,
      to: input.to,
      subject: `[${input.shopName}] ${w.subject(total)} — ${w.part(i + 1, groups.length)} (${subjectIds(ids, w)})`,
      ...render(group, w.partIntro(group.length, total, at, i + 1, groups.length), w),
      reference: ids.join(', '),
      firstWrite,
    };
  });
}
