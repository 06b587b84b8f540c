/**
 * Checks an order row typed by CS before it is confirmed: required fields, channel and payment method
 * from their lists, the variant/colour confirmed with the customer, the WhatsApp number, the items,
 * and shipping cost and discount as whole Rupiah ≥ 0. Every problem names the row and the column.
 */
import { Text } from './i18n';
import { OrderItem, parseItems } from './items';
import { parseRupiah, Rupiah } from './money';
import { orderIdProblem } from './order-id';
import { Cell, cellText } from './cell';
import { OrderRow } from './order-record';
import { normalizePhone } from './phone';
import { CHANNELS, ColumnSpec, ORDER_COLUMNS, OrderColumnKey, PAYMENT_METHODS, PAYMENT_STATUSES } from '../sheets/schema';

/** The checked, normalised values of an order row (the ID is '' when it is still to be made). */
export interface CheckedOrder {
  readonly orderId: string;
  readonly phone: string;
  readonly channel: string;
  readonly items: OrderItem[];
  readonly paymentMethod: string;
  readonly paymentStatus: string;
  readonly shippingCost: Rupiah;
  readonly discount: Rupiah;
}

/** The header of an order column in both languages (`No. WhatsApp` / `WhatsApp`). */
function columnName(key: OrderColumnKey): Text {
  const column = ORDER_COLUMNS.find((c) => c.key === key) as ColumnSpec;
  return { id: column.header, en: column.aliases?.[0] ?? column.header };
}

/** `Baris 5, kolom "Item": …` — a problem in one cell. */
function cellProblem(rowNumber: number, key: OrderColumnKey, problem: Text): Text {
  const name = columnName(key);
  return { id: `Baris ${rowNumber}, kolom "${name.id}": ${problem.id}`, en: `Row ${rowNumber}, column "${name.en}": ${problem.en}` };
}

/** `Baris 5: …` — a problem with a whole row. */
export function rowProblem(rowNumber: number, problem: Text): Text {
  return { id: `Baris ${rowNumber}: ${problem.id}`, en: `Row ${rowNumber}: ${problem.en}` };
}

const CHANNEL_ALIASES: Record<string, string> = { other: 'Lainnya', lain: 'Lainnya', 'lain-lain': 'Lainnya', ig: 'Instagram', whatsapp: 'WA', tiktok: 'TikTok Shop', 'e-mail': 'Email' };
const METHOD_ALIASES: Record<string, string> = { ewallet: 'E-wallet', 'e wallet': 'E-wallet', tf: 'Transfer', 'transfer bank': 'Transfer' };
const STATUS_ALIASES: Record<string, string> = { paid: 'Lunas', unpaid: 'Belum bayar', 'belum lunas': 'Belum bayar' };

/** The list value a cell names (any case, a few everyday aliases), or null. */
function pick(value: string, list: readonly string[], aliases: Record<string, string>): string | null {
  const lower = value.toLowerCase();
  return list.find((item) => item.toLowerCase() === lower) ?? aliases[lower] ?? null;
}

/** Whether the variant/colour cell says yes (Ya, Yes, Sudah, TRUE from a checkbox). */
function isConfirmedVariant(value: unknown): boolean {
  return value === true || /^(ya|yes|y|sudah|ok|true)$/i.test(String(value ?? '').trim());
}

function readAmount(value: unknown, what: Text): { amount: Rupiah } | { problem: Text } {
  if (value === '' || value === undefined || value === null) return { amount: 0 };
  const amount = parseRupiah(value);
  if (amount === null) return { problem: { id: `${what.id} "${cellText(value)}" bukan jumlah Rupiah bulat (mis. 15000 atau Rp15.000)`, en: `${what.en} "${cellText(value)}" is not a whole Rupiah amount (e.g. 15000 or Rp15.000)` } };
  if (amount < 0) return { problem: { id: `${what.id} tidak boleh negatif`, en: `${what.en} cannot be negative` } };
  return { amount };
}

/** The first moment an order date may be: anything earlier is a number typed by mistake, not a date. */
const EARLIEST_ORDER_DATE = Date.UTC(2000, 0, 1);

/** Whether a Tanggal cell is blank (filled in at confirmation) or a real date (read as epoch ms); text like "kemarin" is not. */
export function isOrderDate(value: Cell | undefined): boolean {
  if (value === undefined || value === '') return true;
  return typeof value === 'number' && value >= EARLIEST_ORDER_DATE;
}

/** Checks one order row; either the normalised order or every problem found, each naming row and column. */
export function checkOrderRow(row: OrderRow): { ok: true; order: CheckedOrder } | { ok: false; problems: Text[] } {
  const r = row.record;
  const problems: Text[] = [];
  const add = (key: OrderColumnKey, id: string, en: string): void => {
    problems.push(cellProblem(row.rowNumber, key, { id, en }));
  };
  const orderId = cellText(r.orderId);
  if (orderId !== '') {
    const problem = orderIdProblem(orderId);
    if (problem) problems.push(cellProblem(row.rowNumber, 'orderId', problem));
  }
  if (!isOrderDate(r.orderDate)) {
    add('orderDate', `"${cellText(r.orderDate)}" bukan tanggal — ketik tanggalnya, mis. 28/11/2026, atau kosongkan agar diisi hari ini`, `"${cellText(r.orderDate)}" is not a date — type the date, e.g. 28/11/2026, or leave it blank for today`);
  }
  if (cellText(r.customerName) === '') add('customerName', 'nama pelanggan belum diisi', 'customer name is empty');
  const phone = normalizePhone(r.phone);
  if (!phone.ok) problems.push(cellProblem(row.rowNumber, 'phone', phone.problem));
  if (cellText(r.address) === '') add('address', 'alamat belum diisi', 'address is empty');
  const channelText = cellText(r.channel);
  const channel = pick(channelText, CHANNELS, CHANNEL_ALIASES);
  if (channelText === '') add('channel', `channel belum diisi (${CHANNELS.join(', ')})`, `channel is empty (${CHANNELS.join(', ')})`);
  else if (!channel) add('channel', `"${channelText}" bukan channel yang dikenal (${CHANNELS.join(', ')})`, `"${channelText}" is not a known channel (${CHANNELS.join(', ')})`);
  const items = parseItems(r.items);
  if (!items.ok) for (const problem of items.problems) problems.push(cellProblem(row.rowNumber, 'items', problem));
  if (!isConfirmedVariant(r.variantConfirmed)) add('variantConfirmed', 'varian/warna belum dikonfirmasi ke pelanggan — tanyakan dulu, lalu isi Ya', 'variant/colour not confirmed with the customer — ask first, then write Ya');
  const methodText = cellText(r.paymentMethod);
  const paymentMethod = pick(methodText, PAYMENT_METHODS, METHOD_ALIASES);
  if (methodText === '') add('paymentMethod', `metode bayar belum diisi (${PAYMENT_METHODS.join(', ')})`, `payment method is empty (${PAYMENT_METHODS.join(', ')})`);
  else if (!paymentMethod) add('paymentMethod', `"${methodText}" bukan metode bayar (${PAYMENT_METHODS.join(', ')})`, `"${methodText}" is not a payment method (${PAYMENT_METHODS.join(', ')})`);
  const statusText = cellText(r.paymentStatus);
  const paymentStatus = statusText === '' ? 'Belum bayar' : pick(statusText, PAYMENT_STATUSES, STATUS_ALIASES);
  if (!paymentStatus) add('paymentStatus', `"${statusText}" bukan status bayar (${PAYMENT_STATUSES.join(', ')})`, `"${statusText}" is not a payment status (${PAYMENT_STATUSES.join(', ')})`);
  const shipping = readAmount(r.shippingCost, { id: 'ongkir', en: 'shipping cost' });
  if ('problem' in shipping) problems.push(cellProblem(row.rowNumber, 'shippingCost', shipping.problem));
  const discount = readAmount(r.discount, { id: 'diskon', en: 'discount' });
  if ('problem' in discount) problems.push(cellProblem(row.rowNumber, 'discount', discount.problem));
  if (problems.length || !phone.ok || !items.ok || 'problem' in shipping || 'problem' in discount) return { ok: false, problems };
  return {
    ok: true,
    order: {
      orderId,
      phone: phone.phone,
      channel: channel as string,
      items: items.items,
      paymentMethod: paymentMethod as string,
      paymentStatus: paymentStatus as string,
      shippingCost: shipping.amount,
      discount: discount.amount,
    },
  };
}
