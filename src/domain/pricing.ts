/** The money of one order, in whole Rupiah: subtotal from selling prices, total = subtotal − discount + shipping. */
import { Text } from './i18n';
import { OrderItem } from './items';
import { formatRupiah, Rupiah } from './money';

/** What an order costs the customer, and what the goods cost the shop. */
export interface OrderPrice {
  readonly subtotal: Rupiah;
  readonly total: Rupiah;
  readonly costOfGoods: Rupiah;
}

/** Prices for one SKU. */
export interface UnitPrice {
  readonly sellingPrice: Rupiah;
  readonly costPrice: Rupiah;
}

/** Prices the items; refused when a SKU has no selling price or the discount is more than the subtotal plus shipping. */
export function priceOrder(
  items: readonly OrderItem[],
  priceOf: (sku: string) => UnitPrice,
  shippingCost: Rupiah,
  discount: Rupiah,
): { ok: true; price: OrderPrice } | { ok: false; problems: Text[] } {
  const problems: Text[] = [];
  let subtotal = 0;
  let costOfGoods = 0;
  for (const item of items) {
    const unit = priceOf(item.sku);
    if (unit.sellingPrice <= 0) problems.push({ id: `Harga Jual SKU ${item.sku} belum diisi di Gudang · Stok`, en: `SKU ${item.sku} has no selling price in Gudang · Stok` });
    subtotal += unit.sellingPrice * item.quantity;
    costOfGoods += unit.costPrice * item.quantity;
  }
  if (problems.length) return { ok: false, problems };
  const total = subtotal - discount + shippingCost;
  if (discount > subtotal) {
    return { ok: false, problems: [{ id: `diskon ${formatRupiah(discount)} lebih besar dari subtotal ${formatRupiah(subtotal)}`, en: `discount ${formatRupiah(discount)} is more than the subtotal ${formatRupiah(subtotal)}` }] };
  }
  return { ok: true, price: { subtotal, total, costOfGoods } };
}
