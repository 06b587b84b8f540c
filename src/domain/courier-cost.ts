/**
 * What the shop pays the courier for an order, booked once when it is shipped (Tandai dikirim): the real
 * cost the warehouse typed in `Ongkir Kurir`, else the order's `Ongkir`, else — for a marketplace order,
 * where the marketplace pays the courier from the buyer's shipping — nothing. The entry is
 * `Pengeluaran · Ongkir` with the ID `KR-<order>`, so it is never booked twice; a shipping subsidy or a
 * free-shipping promo shows as the cost it is (the customer paid less shipping than the courier got).
 */
import { Cell, cellText } from './cell';
import { Text } from './i18n';
import { EXPENSE, NewLedgerEntry, SHIPPING_CATEGORY } from './ledger';
import { formatRupiah, parseRupiah, Rupiah } from './money';
import { isMarketplaceChannel, MarketplaceFee } from './marketplace';

/** The ledger ID of an order's courier cost (written once, at Tandai dikirim). */
export function courierLedgerId(orderId: string): string {
  return `KR-${orderId}`;
}

/** The order fields the courier cost is decided from. */
export interface CourierCostOrder {
  readonly channel: Cell;
  readonly shippingCost: Cell;
  /** `Ongkir Kurir`, typed by the warehouse (blank: not typed; undefined: the column is not there). */
  readonly courierCost?: Cell;
}

/** Where the amount came from. */
export type CourierCostSource = 'typed' | 'order' | 'marketplace';

/** The courier cost of an order, or why the typed cost cannot be read. */
export type CourierCost = { ok: true; amount: Rupiah; source: CourierCostSource } | { ok: false; problem: Text };

/** Decides the courier cost (see the file comment); a typed `Ongkir Kurir` that is not a whole amount of 0 or more is a problem. */
export function courierCostOf(order: CourierCostOrder, marketplaces: readonly MarketplaceFee[]): CourierCost {
  const typed = cellText(order.courierCost);
  if (typed !== '') {
    const amount = parseRupiah(order.courierCost);
    if (amount === null || amount < 0) {
      return { ok: false, problem: { id: `Ongkir Kurir "${typed}" bukan jumlah Rupiah (mis. 18000) — perbaiki atau kosongkan`, en: `Courier cost "${typed}" is not an amount of Rupiah (e.g. 18000) — fix it or leave it blank` } };
    }
    return { ok: true, amount, source: 'typed' };
  }
  if (isMarketplaceChannel(order.channel, marketplaces)) return { ok: true, amount: 0, source: 'marketplace' };
  const fromOrder = parseRupiah(order.shippingCost);
  return { ok: true, amount: fromOrder !== null && fromOrder > 0 ? fromOrder : 0, source: 'order' };
}

/** The cash-book entry of a courier cost above 0 (none for 0): its note says the courier, the resi and any subsidy. */
export function courierCostEntry(input: {
  readonly orderId: string;
  readonly amount: Rupiah;
  readonly customerPaid: Rupiah;
  readonly courier: string;
  readonly resi: string;
  readonly now: number;
  readonly user: string;
}): NewLedgerEntry | null {
  if (input.amount <= 0) return null;
  const subsidy = input.amount - Math.max(input.customerPaid, 0);
  const note = `Ongkir kurir ${input.courier} ${input.resi}${subsidy > 0 ? `; ditanggung toko ${formatRupiah(subsidy)} (pelanggan bayar ${formatRupiah(Math.max(input.customerPaid, 0))})` : ''}`;
  return { entryId: courierLedgerId(input.orderId), date: input.now, type: EXPENSE, category: SHIPPING_CATEGORY, amount: input.amount, reference: input.orderId, note, by: input.user };
}
