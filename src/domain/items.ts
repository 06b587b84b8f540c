/**
 * The items of an order as CS types them: `KAOS-HTM-L x2, TOPI-01 x1` (also `X`, `×`, `*`, with or
 * without spaces, separated by commas, semicolons or new lines). A SKU written twice is refused, not
 * merged: it is usually a typo for another variant, and CS should write `KAOS-HTM-L x3` instead.
 */
import { Text } from './i18n';

/** One line of an order: a SKU and how many. */
export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
}

/** The parsed items, or every problem found, each naming the entry's position. */
export type ItemsResult = { ok: true; items: OrderItem[] } | { ok: false; problems: Text[] };

/** The largest quantity accepted on one line (a typo guard). */
const MAX_QUANTITY = 9999;

const WITH_SPACE = /^(.*?\S)\s+[xX×*]\s*(.*)$/;
const WITHOUT_SPACE = /^(.*?\S)[xX×*]\s*([-+]?\d[\d.,]*)$/;

function at(position: number, entry: string, id: string, en: string): Text {
  return { id: `item ke-${position} ("${entry}"): ${id}`, en: `item ${position} ("${entry}"): ${en}` };
}

/** Reads a quantity: a whole number from 1 to MAX_QUANTITY, or the reason it is not one. */
function parseQuantity(text: string, position: number, entry: string): number | Text {
  if (text === '') return at(position, entry, 'jumlahnya belum diisi — tulis seperti KAOS-HTM-L x2', 'the quantity is missing — write it like KAOS-HTM-L x2');
  if (/^[-+]?\d+([.,]\d+)$/.test(text)) return at(position, entry, `jumlah "${text}" harus bilangan bulat`, `quantity "${text}" must be a whole number`);
  if (!/^[-+]?\d+$/.test(text)) return at(position, entry, `jumlah "${text}" bukan angka — tulis dengan angka, mis. x2`, `quantity "${text}" is not a number — use digits, e.g. x2`);
  const quantity = Number(text);
  if (quantity < 0) return at(position, entry, `jumlah ${quantity} tidak boleh negatif`, `quantity ${quantity} cannot be negative`);
  if (quantity === 0) return at(position, entry, 'jumlah 0 — minimal 1', 'quantity 0 — at least 1');
  if (quantity > MAX_QUANTITY) return at(position, entry, `jumlah ${quantity} terlalu besar (maks. ${MAX_QUANTITY})`, `quantity ${quantity} is too large (max ${MAX_QUANTITY})`);
  return quantity;
}

/** Parses the items text; every problem is reported (not just the first), each with its entry position. */
export function parseItems(value: unknown): ItemsResult {
  const text = String(value ?? '').trim();
  if (text === '') return { ok: false, problems: [{ id: 'item belum diisi (tulis seperti KAOS-HTM-L x2, TOPI-01 x1)', en: 'no items (write them like KAOS-HTM-L x2, TOPI-01 x1)' }] };
  const entries = text.split(/[,;\n]/).map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) return { ok: false, problems: [{ id: `"${text}" tidak berisi item (tulis seperti KAOS-HTM-L x2)`, en: `"${text}" holds no items (write them like KAOS-HTM-L x2)` }] };
  const items: OrderItem[] = [];
  const problems: Text[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const position = index + 1;
    if (/^[xX×*]\s*\d/.test(entry)) {
      problems.push(at(position, entry, 'SKU-nya belum ditulis — tulis seperti KAOS-HTM-L x2', 'the SKU is missing — write it like KAOS-HTM-L x2'));
      return;
    }
    const match = WITH_SPACE.exec(entry) ?? WITHOUT_SPACE.exec(entry);
    if (!match) {
      problems.push(at(position, entry, 'jumlahnya belum diisi — tulis seperti KAOS-HTM-L x2', 'the quantity is missing — write it like KAOS-HTM-L x2'));
      return;
    }
    const sku = match[1].trim();
    const quantity = parseQuantity(match[2].trim(), position, entry);
    if (typeof quantity !== 'number') {
      problems.push(quantity);
      return;
    }
    const key = sku.toUpperCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(at(position, entry, `SKU ${sku} sudah ada di item ke-${first} — gabungkan jadi satu (mis. ${sku} x${quantity + 1})`, `SKU ${sku} is already item ${first} — merge them into one (e.g. ${sku} x${quantity + 1})`));
      return;
    }
    seen.set(key, position);
    items.push({ sku, quantity });
  });
  return problems.length ? { ok: false, problems } : { ok: true, items };
}

/** Writes items back in the canonical form `SKU x2, SKU x1`. */
export function formatItems(items: readonly OrderItem[]): string {
  return items.map((item) => `${item.sku} x${item.quantity}`).join(', ');
}
