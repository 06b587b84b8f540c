/**
 * Toko → Daftar broadcast, pure: from every contact of Marketing · Kontak, the ones in the chosen segments
 * who said Ya to being contacted, each with a ready `wa.me` link carrying marketing's message. Only an
 * explicit Ya is listed (`mayContact`); a customer on two rows is listed once, and not at all when either
 * row is not Ya (a stop wins). The message may use `{nama}` and `{toko}` only (the template machinery of
 * CS · Template), so nothing internal reaches a customer and a typo is named before anything is written.
 */
import { cellText } from './cell';
import { ContactRow, mayContact, normalizeConsent } from './contacts';
import { Segment, SEGMENTS, segmentOf, SegmentThresholds } from './contact-segments';
import { Lang, Text } from './i18n';
import { normalizePhone, whatsappLink } from './phone';
import { renderTemplate } from './templates';

/** The placeholders a broadcast message may use. */
export const BROADCAST_PLACEHOLDERS = ['nama', 'toko'] as const;

/** The message a new broadcast sheet starts with, in the shop's language (with a way to say stop). */
export const DEFAULT_BROADCAST_MESSAGE: Readonly<Record<Lang, string>> = {
  id: 'Halo Kak {nama}, ada kabar baru dari {toko}: koleksi dan promo bulan ini sudah bisa dipesan. Mau kami kirimkan katalognya? 😊\n(Balas STOP kalau tidak ingin menerima pesan seperti ini lagi.)',
  en: 'Hi {nama}, news from {toko}: this month\'s collection and promo are ready to order. Shall we send you the catalogue? 😊\n(Reply STOP if you would rather not get messages like this.)',
};

/** One line of the broadcast list. */
export interface BroadcastLine {
  readonly name: string;
  readonly phone: string;
  readonly segment: Segment;
  readonly city: string;
  readonly lastOrder: number | '';
  readonly link: string;
}

/** The list, and how many contacts of the chosen segments were left out and why. */
export interface BroadcastList {
  readonly lines: BroadcastLine[];
  /** Contacts (one per customer) in the chosen segments. */
  readonly inSegments: number;
  /** Of those, left out: asked to stop (Tidak), not asked (blank), or an answer Toko cannot read. */
  readonly refused: number;
  readonly notAsked: number;
  readonly unreadable: number;
  /** Contacts whose phone is not a WhatsApp number (left out). */
  readonly badPhones: number;
}

/** What is wrong with a broadcast message, or null: it is empty, or uses a placeholder other than {nama}/{toko}. */
export function broadcastMessageProblem(message: string): Text | null {
  if (message.trim() === '') {
    return { id: 'Pesan broadcast kosong. Tulis pesannya di baris "Pesan" sheet ini, lalu jalankan lagi. Tidak ada yang diubah.', en: 'The broadcast message is empty. Write it in the "Pesan" row of this sheet, then run again. Nothing was changed.' };
  }
  const names = [...new Set([...message.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((name) => !(BROADCAST_PLACEHOLDERS as readonly string[]).includes(name)))];
  if (names.length === 0) return null;
  const list = names.map((n) => `{${n}}`).join(', ');
  return {
    id: `Pesan broadcast memakai ${list}, yang tidak bisa dipakai di broadcast (yang bisa: {nama}, {toko}). Perbaiki pesannya, lalu jalankan lagi. Tidak ada yang diubah.`,
    en: `The broadcast message uses ${list}, which a broadcast cannot fill (usable: {nama}, {toko}). Fix the message, then run again. Nothing was changed.`,
  };
}

/**
 * The broadcast list (see the file comment): customers in `segments` (their segment decided now, as the
 * refresh would), with consent Ya, each with the message rendered for them; by segment, then name.
 * The message must have passed `broadcastMessageProblem`.
 */
export function planBroadcast(
  contacts: readonly ContactRow[],
  segments: readonly Segment[],
  message: string,
  shopName: string,
  now: number,
  thresholds: SegmentThresholds,
): BroadcastList {
  const byPhone = new Map<string, ContactRow[]>();
  let badPhones = 0;
  for (const row of contacts) {
    const phone = normalizePhone(row.record.phone);
    if (!phone.ok) {
      if (cellText(row.record.phone) !== '') badPhones++;
      continue;
    }
    byPhone.set(phone.phone, [...(byPhone.get(phone.phone) ?? []), row]);
  }
  const chosen = new Set(segments);
  const lines: BroadcastLine[] = [];
  let inSegments = 0;
  let refused = 0;
  let notAsked = 0;
  let unreadable = 0;
  for (const [phone, rows] of byPhone) {
    const record = rows[0].record;
    const segment = segmentOf(record.orderCount, record.lastOrder, now, thresholds);
    if (!chosen.has(segment)) continue;
    inSegments++;
    const answers = rows.map((row) => normalizeConsent(row.record.consent));
    if (answers.includes('Tidak')) refused++;
    else if (answers.includes(null)) unreadable++;
    else if (!rows.every((row) => mayContact(row.record))) notAsked++;
    else {
      const name = cellText(record.name);
      const rendered = renderTemplate({ code: 'broadcast', purpose: '', text: message, rowNumber: 0 }, { nama: name, toko: shopName });
      const text = rendered.ok ? rendered.text : '';
      lines.push({ name, phone, segment, city: cellText(record.city), lastOrder: typeof record.lastOrder === 'number' ? record.lastOrder : '', link: whatsappLink(phone, text) });
    }
  }
  const order = (s: Segment) => SEGMENTS.indexOf(s);
  lines.sort((a, b) => order(a.segment) - order(b.segment) || a.name.localeCompare(b.name, 'id') || a.phone.localeCompare(b.phone));
  return { lines, inSegments, refused, notAsked, unreadable, badPhones };
}

/** The one-line summary of a list, for the sheet and the person. */
export function broadcastSummary(list: BroadcastList, segments: readonly Segment[]): Text {
  const which = segments.length === SEGMENTS.length ? 'semua segmen' : `segmen ${segments.join(', ')}`;
  const whichEn = segments.length === SEGMENTS.length ? 'all segments' : `segments ${segments.join(', ')}`;
  return {
    id: `${list.lines.length} kontak boleh dihubungi dari ${list.inSegments} di ${which} (tidak dimasukkan: ${list.refused} menolak, ${list.notAsked} belum ditanya, ${list.unreadable} jawabannya tidak terbaca).`,
    en: `${list.lines.length} contacts may be contacted of ${list.inSegments} in ${whichEn} (left out: ${list.refused} refused, ${list.notAsked} not asked, ${list.unreadable} with an unreadable answer).`,
  };
}
