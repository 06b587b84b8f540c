/**
 * Promo rules (Marketing · Promo), pure: reading a promo row, normalising a code as CS types it, and
 * deciding whether an order may use a promo and how much it takes off. A promo row's own problems
 * (an unknown type, a negative budget, an end before its start) and an order's reasons for not getting
 * the promo (expired, not started, wrong channel, under the minimum, quota or budget used up) are
 * messages in both languages; nothing here changes anything.
 */
import { cellInteger, cellText, Cell } from './cell';
import { Text } from './i18n';
import { OrderItem } from './items';
import { formatJakartaDateTime, jakartaParts } from './jakarta-time';
import { formatRupiah, parseRupiah, Rupiah } from './money';
import { CHANNELS, PROMO_KINDS } from '../sheets/schema';

/** What a promo gives (Marketing · Promo's `Jenis`). */
export type PromoKind = (typeof PROMO_KINDS)[number];

/** One order's use of a promo, as the promo row's trail keeps it. */
export interface PromoUse {
  readonly orderId: string;
  readonly discount: Rupiah;
}

/** A promo as read from its row. */
export interface Promo {
  readonly code: string;
  readonly name: string;
  readonly kind: PromoKind;
  /** Persen: the percent; Potongan Rp: the amount; Gratis ongkir: the most shipping it pays (0 = all). */
  readonly value: number;
  /** Beli X gratis Y: the SKU, X and Y. */
  readonly sku: string;
  readonly buy: number;
  readonly free: number;
  readonly minPurchase: Rupiah;
  readonly start: number | null;
  readonly end: number | null;
  /** Channels allowed (as CHANNELS spells them); empty = every channel. */
  readonly channels: readonly string[];
  readonly quota: number | null;
  readonly budget: Rupiah | null;
  readonly active: boolean;
  readonly uses: readonly PromoUse[];
}

/** A promo row's values keyed by Marketing · Promo's column keys. */
export type PromoRecord = Readonly<Partial<Record<string, Cell>>>;

/** The characters a promo code may hold once normalised. */
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,29}$/;

/** A promo code as Toko compares it: spaces removed, upper case (`gajian 10 ` → `GAJIAN10`); '' for blank. */
export function normalizePromoCode(value: unknown): string {
  return cellText(value).replace(/\s+/g, '').toUpperCase();
}

/** Why a typed code cannot be a promo code (letters, digits, `-`, `_`, at most 30), or null when it can. */
export function promoCodeProblem(code: string): Text | null {
  if (CODE_PATTERN.test(code)) return null;
  return {
    id: `kode promo "${code}" tidak valid — hanya huruf, angka, - dan _ (mis. GAJIAN10)`,
    en: `promo code "${code}" is not valid — letters, digits, - and _ only (e.g. GAJIAN10)`,
  };
}

/** Reads the trail `TK-2611-0001:25000 TK-2611-0002:10000` into uses; unreadable pieces are dropped. */
export function parsePromoUses(value: unknown): PromoUse[] {
  const uses: PromoUse[] = [];
  for (const piece of cellText(value).split(/\s+/)) {
    const at = piece.lastIndexOf(':');
    if (at <= 0) continue;
    const discount = Number(piece.slice(at + 1));
    if (Number.isInteger(discount) && discount >= 0) uses.push({ orderId: piece.slice(0, at).toUpperCase(), discount });
  }
  return uses;
}

/** The trail text of some uses, the inverse of parsePromoUses. */
export function formatPromoUses(uses: readonly PromoUse[]): string {
  return uses.map((use) => `${use.orderId}:${use.discount}`).join(' ');
}

const KIND_ALIASES: Record<string, PromoKind> = {
  persen: 'Persen', percent: 'Persen', '%': 'Persen',
  'potongan rp': 'Potongan Rp', potongan: 'Potongan Rp', rupiah: 'Potongan Rp', 'rupiah off': 'Potongan Rp',
  'gratis ongkir': 'Gratis ongkir', 'free shipping': 'Gratis ongkir', ongkir: 'Gratis ongkir',
  'beli x gratis y': 'Beli X gratis Y', bxgy: 'Beli X gratis Y', 'buy x get y': 'Beli X gratis Y',
};

/** The moment a cell holds (epoch ms), null when blank, undefined when it is not a date. */
function readMoment(value: Cell | undefined): number | null | undefined {
  if (value === undefined || value === '') return null;
  return typeof value === 'number' && value > Date.UTC(2000, 0, 1) ? value : undefined;
}

/** An end typed as a date alone (00.00 WIB) lasts the whole day. */
function endOfDayIfMidnight(end: number): number {
  const p = jakartaParts(end);
  return p.hour === 0 && p.minute === 0 ? end + 24 * 60 * 60 * 1000 - 1 : end;
}

/** Reads the channel list: blank or `Semua`/`All` is every channel; each other name must be a known channel. */
function readChannels(value: unknown): { channels: string[] } | { problem: Text } {
  const text = cellText(value);
  if (text === '' || /^(semua|all)$/i.test(text)) return { channels: [] };
  const channels: string[] = [];
  for (const name of text.split(/[,;/]/).map((n) => n.trim()).filter((n) => n !== '')) {
    const found = CHANNELS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (!found) return { problem: { id: `channel "${name}" tidak dikenal (${CHANNELS.join(', ')}, atau Semua)`, en: `channel "${name}" is unknown (${CHANNELS.join(', ')}, or Semua)` } };
    channels.push(found);
  }
  return { channels };
}

/** Reads a promo row; every problem of the row in one message, naming the row. */
export function readPromo(record: PromoRecord, rowNumber: number): { ok: true; promo: Promo } | { ok: false; problem: Text } {
  const problems: Text[] = [];
  const add = (id: string, en: string) => problems.push({ id, en });
  const code = normalizePromoCode(record.code);
  const kindText = cellText(record.kind);
  const kind = (PROMO_KINDS as readonly string[]).find((k) => k.toLowerCase() === kindText.toLowerCase()) as PromoKind | undefined ?? KIND_ALIASES[kindText.toLowerCase()];
  if (!kind) add(`Jenis "${kindText}" tidak dikenal (${PROMO_KINDS.join(', ')})`, `type "${kindText}" is unknown (${PROMO_KINDS.join(', ')})`);
  const whole = (value: Cell | undefined, name: Text, blank: number | null): number | null => {
    const n = cellInteger(value, blank);
    if (value !== undefined && value !== '' && n === null) add(`${name.id} "${cellText(value)}" bukan angka bulat`, `${name.en} "${cellText(value)}" is not a whole number`);
    else if (n !== null && n < 0) add(`${name.id} tidak boleh negatif`, `${name.en} cannot be negative`);
    return n;
  };
  const money = (value: Cell | undefined, name: Text): Rupiah | null => {
    if (value === undefined || value === '') return null;
    const n = parseRupiah(value);
    if (n === null) add(`${name.id} "${cellText(value)}" bukan jumlah Rupiah bulat`, `${name.en} "${cellText(value)}" is not a whole Rupiah amount`);
    else if (n < 0) add(`${name.id} tidak boleh negatif`, `${name.en} cannot be negative`);
    return n;
  };
  const value = kind === 'Potongan Rp' || kind === 'Gratis ongkir' ? money(record.value, { id: 'Nilai', en: 'Value' }) ?? 0 : whole(record.value, { id: 'Nilai', en: 'Value' }, 0) ?? 0;
  const buy = whole(record.buy, { id: 'Beli (X)', en: 'Buy (X)' }, 0) ?? 0;
  const free = whole(record.free, { id: 'Gratis (Y)', en: 'Free (Y)' }, 0) ?? 0;
  const sku = cellText(record.sku).toUpperCase();
  if (kind === 'Persen' && (value <= 0 || value > 100)) add(`Nilai persen harus 1–100 (sekarang ${cellText(record.value) || 'kosong'})`, `the percent must be 1–100 (now ${cellText(record.value) || 'blank'})`);
  if (kind === 'Potongan Rp' && value <= 0) add('Nilai potongan Rupiah belum diisi', 'the Rupiah amount off is empty');
  if (kind === 'Beli X gratis Y' && (sku === '' || buy < 1 || free < 1)) add('Beli X gratis Y butuh SKU, Beli (X) ≥ 1 dan Gratis (Y) ≥ 1', 'buy X get Y needs a SKU, Buy (X) ≥ 1 and Free (Y) ≥ 1');
  const minPurchase = money(record.minPurchase, { id: 'Min. Belanja', en: 'Minimum purchase' }) ?? 0;
  const quota = whole(record.quota, { id: 'Kuota', en: 'Quota' }, null);
  const budget = money(record.budget, { id: 'Anggaran', en: 'Budget' });
  const start = readMoment(record.start);
  const endRead = readMoment(record.end);
  if (start === undefined) add(`Mulai "${cellText(record.start)}" bukan tanggal`, `Start "${cellText(record.start)}" is not a date`);
  if (endRead === undefined) add(`Selesai "${cellText(record.end)}" bukan tanggal`, `End "${cellText(record.end)}" is not a date`);
  const end = endRead === undefined || endRead === null ? endRead : endOfDayIfMidnight(endRead);
  if (typeof start === 'number' && typeof end === 'number' && end < start) add('Selesai lebih awal dari Mulai', 'End is before Start');
  const channels = readChannels(record.channels);
  if ('problem' in channels) problems.push(channels.problem);
  const statusText = cellText(record.status).toLowerCase();
  if (statusText !== '' && !['aktif', 'nonaktif', 'active', 'inactive'].includes(statusText)) add(`Status "${cellText(record.status)}" harus Aktif atau Nonaktif`, `Status "${cellText(record.status)}" must be Aktif or Nonaktif`);
  if (problems.length || !kind || 'problem' in channels) {
    return {
      ok: false,
      problem: {
        id: `promo ${code} di Marketing · Promo baris ${rowNumber} belum benar: ${problems.map((p) => p.id).join('; ')}`,
        en: `promo ${code} in Marketing · Promo row ${rowNumber} is not right: ${problems.map((p) => p.en).join('; ')}`,
      },
    };
  }
  return {
    ok: true,
    promo: {
      code, name: cellText(record.name), kind, value, sku, buy, free, minPurchase,
      start: start ?? null, end: end ?? null, channels: channels.channels, quota, budget,
      active: statusText === '' || statusText === 'aktif' || statusText === 'active',
      uses: parsePromoUses(record.usedBy),
    },
  };
}

/** What an order brings to the promo check. */
export interface PromoOrder {
  readonly orderId: string;
  readonly channel: string;
  readonly items: readonly OrderItem[];
  readonly subtotal: Rupiah;
  readonly shippingCost: Rupiah;
  /**
   * When the order was made: the confirmation moment (from = to), or the whole Jakarta day of an earlier
   * date typed in Tanggal. The promo applies when it runs at any moment of it.
   */
  readonly when: { readonly from: number; readonly to: number };
  readonly priceOf: (sku: string) => Rupiah;
}

/** The discount the promo gives this order, or why it gives none; quota and budget count the other orders' uses only. */
export function applyPromo(promo: Promo, order: PromoOrder): { ok: true; discount: Rupiah } | { ok: false; reason: Text } {
  const refuse = (id: string, en: string) => ({ ok: false as const, reason: { id: `promo ${promo.code}: ${id}`, en: `promo ${promo.code}: ${en}` } });
  const others = promo.uses.filter((use) => use.orderId !== order.orderId.toUpperCase());
  const already = others.length < promo.uses.length;
  if (!already) {
    if (!promo.active) return refuse('sedang Nonaktif di Marketing · Promo', 'is Nonaktif in Marketing · Promo');
    if (promo.start !== null && order.when.to < promo.start) return refuse(`belum mulai (mulai ${formatJakartaDateTime(promo.start)})`, `has not started (starts ${formatJakartaDateTime(promo.start)})`);
    if (promo.end !== null && order.when.from > promo.end) return refuse(`sudah berakhir (${formatJakartaDateTime(promo.end)})`, `has ended (${formatJakartaDateTime(promo.end)})`);
    if (promo.channels.length && !promo.channels.includes(order.channel)) return refuse(`hanya untuk channel ${promo.channels.join(', ')}, bukan ${order.channel}`, `is only for ${promo.channels.join(', ')}, not ${order.channel}`);
    if (promo.quota !== null && others.length >= promo.quota) return refuse(`kuota ${promo.quota} kali sudah habis`, `its quota of ${promo.quota} uses is used up`);
  }
  if (order.subtotal < promo.minPurchase) return refuse(`belanja ${formatRupiah(order.subtotal)} di bawah minimum ${formatRupiah(promo.minPurchase)}`, `the purchase of ${formatRupiah(order.subtotal)} is under the minimum ${formatRupiah(promo.minPurchase)}`);
  let discount: Rupiah;
  switch (promo.kind) {
    case 'Persen':
      discount = Math.round((order.subtotal * promo.value) / 100);
      break;
    case 'Potongan Rp':
      discount = promo.value;
      break;
    case 'Gratis ongkir':
      discount = promo.value > 0 ? Math.min(order.shippingCost, promo.value) : order.shippingCost;
      break;
    case 'Beli X gratis Y': {
      const quantity = order.items.filter((item) => item.sku.toUpperCase() === promo.sku).reduce((sum, item) => sum + item.quantity, 0);
      const freeUnits = Math.floor(quantity / (promo.buy + promo.free)) * promo.free;
      if (freeUnits === 0) return refuse(`beli ${promo.buy} gratis ${promo.free} ${promo.sku} butuh ${promo.buy + promo.free} ${promo.sku} di Item (ada ${quantity})`, `buy ${promo.buy} get ${promo.free} ${promo.sku} needs ${promo.buy + promo.free} ${promo.sku} in Items (there are ${quantity})`);
      discount = freeUnits * order.priceOf(promo.sku);
      break;
    }
  }
  discount = Math.min(discount, order.subtotal);
  if (!already && promo.budget !== null) {
    const spent = others.reduce((sum, use) => sum + use.discount, 0);
    if (spent + discount > promo.budget) return refuse(`anggaran ${formatRupiah(promo.budget)} tidak cukup (sisa ${formatRupiah(Math.max(0, promo.budget - spent))}, diskon ini ${formatRupiah(discount)})`, `its budget of ${formatRupiah(promo.budget)} is not enough (${formatRupiah(Math.max(0, promo.budget - spent))} left, this discount ${formatRupiah(discount)})`);
  }
  return { ok: true, discount };
}
