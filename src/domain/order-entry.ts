/**
 * The order-entry dialog's rules (Toko → Pesanan baru), shared by the page (bundled into its script,
 * checked as CS types) and the server (checked again before the row is written): one set of rules,
 * the same messages, each tied to the field it is about.
 */
import { Text } from './i18n';
import { OrderItem } from './items';
import { parseRupiah, Rupiah } from './money';
import { OrderChanges } from './order-record';
import { normalizePhone } from './phone';
import { OrderPrice, priceOrder } from './pricing';
import { CHANNELS, PAYMENT_METHODS } from '../sheets/schema';

/** One item line as typed in the dialog: a SKU and a quantity (text while typing). */
export interface DraftItem {
  readonly sku: string;
  readonly quantity: string | number;
}

/** Everything the dialog sends when CS saves. Only plain strings, numbers and booleans: it travels through google.script.run. */
export interface OrderDraft {
  /** Made by the page once per dialog; the server remembers it, so a second click never makes a second row. */
  readonly requestId: string;
  readonly customerName: string;
  readonly phone: string;
  readonly address: string;
  readonly channel: string;
  readonly items: readonly DraftItem[];
  readonly variantConfirmed: boolean;
  readonly courier: string;
  readonly shippingCost: string;
  readonly discount: string;
  readonly paymentMethod: string;
  readonly notes: string;
  /** Confirm at once (Konfirmasi pesanan) after saving. */
  readonly confirmNow: boolean;
}

/** A SKU the dialog offers, from Gudang · Stok. */
export interface StockChoice {
  readonly sku: string;
  readonly name: string;
  readonly variant: string;
  readonly available: number;
  readonly sellingPrice: Rupiah;
  readonly costPrice: Rupiah;
}

/** The dialog's fields a problem can be about. */
export type DraftField =
  | 'customerName' | 'phone' | 'address' | 'channel' | 'items' | 'variantConfirmed' | 'shippingCost' | 'discount' | 'paymentMethod' | 'notes' | 'requestId';

/** One problem, tied to a field (and for items, to the line, 0-based). */
export interface DraftProblem {
  readonly field: DraftField;
  readonly line?: number;
  readonly text: Text;
}

/** The checked draft: its problems (none when it may be saved), and the normalised values and price when the parts are readable. */
export interface DraftCheck {
  readonly problems: DraftProblem[];
  readonly phone: string;
  readonly items: OrderItem[];
  readonly shippingCost: Rupiah;
  readonly discount: Rupiah;
  readonly price?: OrderPrice;
}

/** Lengths past which a field is a paste gone wrong, not a customer's data. */
const MAX_LENGTH: Partial<Record<DraftField, number>> = { customerName: 100, address: 500, notes: 500 };
/** The largest quantity on one line (the same typo guard as the typed items column). */
const MAX_QUANTITY = 9999;
/** At most this many lines in one order. */
const MAX_LINES = 30;

const text = (id: string, en: string): Text => ({ id, en });

/** Whether a request ID is one the page makes (letters, digits, dashes; 8–64 characters). */
export function isRequestId(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(value);
}

/** Reads an amount field: blank is 0; otherwise whole Rupiah ≥ 0. */
function amountOf(value: string, what: Text, field: DraftField, problems: DraftProblem[]): Rupiah {
  const typed = String(value ?? '').trim();
  if (typed === '') return 0;
  const amount = parseRupiah(typed);
  if (amount === null) {
    problems.push({ field, text: text(`${what.id} "${typed}" bukan jumlah Rupiah bulat (mis. 15000 atau Rp15.000)`, `${what.en} "${typed}" is not a whole Rupiah amount (e.g. 15000 or Rp15.000)`) });
    return 0;
  }
  if (amount < 0) {
    problems.push({ field, text: text(`${what.id} tidak boleh negatif`, `${what.en} cannot be negative`) });
    return 0;
  }
  return amount;
}

/** Reads one item line against the stock; pushes its problems. */
function itemOf(line: DraftItem, index: number, bySku: ReadonlyMap<string, StockChoice>, seen: Map<string, number>, problems: DraftProblem[]): OrderItem | null {
  const sku = String(line.sku ?? '').trim();
  const typed = String(line.quantity ?? '').trim();
  const at = (id: string, en: string) => problems.push({ field: 'items', line: index, text: text(`Item ${index + 1}: ${id}`, `Item ${index + 1}: ${en}`) });
  if (sku === '') {
    at('pilih SKU dari Gudang · Stok', 'pick a SKU from Gudang · Stok');
    return null;
  }
  const stock = bySku.get(sku.toUpperCase());
  if (!stock) {
    at(`SKU ${sku} tidak ada di Gudang · Stok`, `SKU ${sku} is not in Gudang · Stok`);
    return null;
  }
  const earlier = seen.get(stock.sku.toUpperCase());
  if (earlier !== undefined) {
    at(`SKU ${stock.sku} sudah ada di item ${earlier + 1} — ubah jumlahnya di sana`, `SKU ${stock.sku} is already item ${earlier + 1} — change its quantity there`);
    return null;
  }
  seen.set(stock.sku.toUpperCase(), index);
  if (!/^\d+$/.test(typed)) {
    at(typed === '' ? 'jumlahnya belum diisi' : `jumlah "${typed}" harus bilangan bulat`, typed === '' ? 'the quantity is missing' : `quantity "${typed}" must be a whole number`);
    return null;
  }
  const quantity = Number(typed);
  if (quantity < 1 || quantity > MAX_QUANTITY) {
    at(quantity < 1 ? 'jumlah minimal 1' : `jumlah ${quantity} terlalu besar (maks. ${MAX_QUANTITY})`, quantity < 1 ? 'quantity must be at least 1' : `quantity ${quantity} is too large (max ${MAX_QUANTITY})`);
    return null;
  }
  if (quantity > stock.available) {
    at(`stok ${stock.sku} tersedia ${Math.max(stock.available, 0)}, diminta ${quantity}`, `only ${Math.max(stock.available, 0)} of ${stock.sku} available, ${quantity} asked`);
    return null;
  }
  return { sku: stock.sku, quantity };
}

/**
 * Checks a draft against the stock the dialog was shown (the page) or the stock read under the lock
 * (the server): every problem found, each tied to its field, in the shop's words; the price when the
 * items and amounts are readable.
 */
export function checkOrderDraft(draft: OrderDraft, stock: readonly StockChoice[]): DraftCheck {
  const problems: DraftProblem[] = [];
  const need = (field: DraftField, value: string, id: string, en: string): string => {
    const trimmed = String(value ?? '').trim();
    if (trimmed === '') problems.push({ field, text: text(id, en) });
    const max = MAX_LENGTH[field];
    if (max !== undefined && trimmed.length > max) problems.push({ field, text: text(`terlalu panjang (maks. ${max} huruf)`, `too long (max ${max} characters)`) });
    return trimmed;
  };
  need('customerName', draft.customerName, 'nama pelanggan belum diisi', 'customer name is empty');
  const phone = normalizePhone(draft.phone);
  if (!phone.ok) problems.push({ field: 'phone', text: phone.problem });
  need('address', draft.address, 'alamat belum diisi', 'address is empty');
  const channel = String(draft.channel ?? '').trim();
  if (!CHANNELS.includes(channel as (typeof CHANNELS)[number])) {
    problems.push({ field: 'channel', text: text(`pilih channel (${CHANNELS.join(', ')})`, `pick a channel (${CHANNELS.join(', ')})`) });
  }
  const method = String(draft.paymentMethod ?? '').trim();
  if (!PAYMENT_METHODS.includes(method as (typeof PAYMENT_METHODS)[number])) {
    problems.push({ field: 'paymentMethod', text: text(`pilih metode bayar (${PAYMENT_METHODS.join(', ')})`, `pick a payment method (${PAYMENT_METHODS.join(', ')})`) });
  }
  if (String(draft.notes ?? '').trim().length > (MAX_LENGTH.notes as number)) {
    problems.push({ field: 'notes', text: text(`catatan terlalu panjang (maks. ${MAX_LENGTH.notes} huruf)`, `notes too long (max ${MAX_LENGTH.notes} characters)`) });
  }
  if (draft.variantConfirmed !== true) {
    problems.push({ field: 'variantConfirmed', text: text('varian/warna belum dikonfirmasi ke pelanggan — tanyakan dulu, lalu centang', 'variant/colour not confirmed with the customer — ask first, then tick it') });
  }
  const bySku = new Map(stock.map((s) => [s.sku.trim().toUpperCase(), s]));
  const lines = Array.isArray(draft.items) ? draft.items.filter((l) => String(l?.sku ?? '').trim() !== '' || String(l?.quantity ?? '').trim() !== '') : [];
  const items: OrderItem[] = [];
  if (lines.length === 0) problems.push({ field: 'items', text: text('belum ada item — pilih SKU dan jumlahnya', 'no items yet — pick a SKU and its quantity') });
  else if (lines.length > MAX_LINES) problems.push({ field: 'items', text: text(`terlalu banyak baris item (maks. ${MAX_LINES})`, `too many item lines (max ${MAX_LINES})`) });
  else {
    const seen = new Map<string, number>();
    lines.forEach((line, i) => {
      const item = itemOf(line, i, bySku, seen, problems);
      if (item) items.push(item);
    });
  }
  const shippingCost = amountOf(draft.shippingCost, text('ongkir', 'shipping cost'), 'shippingCost', problems);
  const discount = amountOf(draft.discount, text('diskon', 'discount'), 'discount', problems);
  let price: OrderPrice | undefined;
  if (items.length > 0 && items.length === lines.length) {
    const priced = priceOrder(items, (sku) => bySku.get(sku.toUpperCase()) as StockChoice, shippingCost, discount);
    if (priced.ok) price = priced.price;
    else for (const problem of priced.problems) problems.push({ field: problem.id.startsWith('diskon') ? 'discount' : 'items', text: problem });
  }
  return { problems, phone: phone.ok ? phone.phone : '', items, shippingCost, discount, price };
}

/** The CS · Pesanan row of a checked draft, as Konfirmasi pesanan expects it (ID and totals are the confirmation's). */
export function draftRecord(draft: OrderDraft, check: DraftCheck, now: number, user: string): OrderChanges {
  return {
    orderDate: now,
    customerName: draft.customerName.trim(),
    phone: check.phone,
    address: draft.address.trim(),
    channel: draft.channel.trim(),
    items: check.items.map((item) => `${item.sku} x${item.quantity}`).join(', '),
    variantConfirmed: 'Ya',
    paymentMethod: draft.paymentMethod.trim(),
    paymentStatus: 'Belum bayar',
    courier: String(draft.courier ?? '').trim(),
    shippingCost: check.shippingCost,
    discount: check.discount,
    subtotal: check.price?.subtotal ?? '',
    total: check.price?.total ?? '',
    assignedCs: user,
    notes: String(draft.notes ?? '').trim(),
    fulfilment: 'Baru',
    updatedBy: user,
  };
}
