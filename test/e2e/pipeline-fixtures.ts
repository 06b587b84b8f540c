/** Builders for order-pipeline tests: order and stock records, settings, a fixed clock. */
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { OrderRecord, OrderRow, StockRow } from '../../src/domain/order-record';
import { PlanEnv } from '../../src/domain/order-plan';
import { parseSettings, Settings } from '../../src/domain/settings';
import { ORDER_COLUMNS } from '../../src/sheets/schema';

/** 28 Nov 2026 09.00 WIB: the fixed "now" of the pipeline tests. */
export const NOW = jakartaInstant(2026, 11, 28, 9);

/** An order record with every column blank except those given. */
export function blankOrder(changes: Partial<Record<string, string | number | boolean>> = {}): OrderRecord {
  const record: Record<string, string | number | boolean> = {};
  for (const column of ORDER_COLUMNS) record[column.key] = '';
  return { ...record, ...changes } as unknown as OrderRecord;
}

/** A good order as CS types it (Siti, WA, transfer, two T-shirts and a cap). */
export function anOrder(changes: Partial<Record<string, string | number | boolean>> = {}): OrderRecord {
  return blankOrder({
    customerName: 'Siti Aminah', phone: '0812-3456-7890', address: 'Jl. Melati 5, Bandung', channel: 'WA',
    items: 'KAOS-HTM-L x2, TOPI-01 x1', variantConfirmed: 'Ya', paymentMethod: 'Transfer', shippingCost: 18000, ...changes,
  });
}

/** A confirmed order as it sits in Keuangan · Approval. */
export function aConfirmedOrder(orderId: string, changes: Partial<Record<string, string | number | boolean>> = {}): OrderRecord {
  return anOrder({
    orderId, phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', subtotal: 220000, total: 238000, costOfGoods: 100000,
    paymentStatus: 'Belum bayar', fulfilment: 'Menunggu approval', confirmedAt: NOW, ...changes,
  });
}

/** Rows numbered from 2 (row 1 is the header). */
export function rowsOf<R>(records: readonly R[], firstRow = 2): Array<{ rowNumber: number; record: R }> {
  return records.map((record, i) => ({ rowNumber: firstRow + i, record }));
}

/** Order rows numbered from 2. */
export function orderRows(records: readonly OrderRecord[], firstRow = 2): OrderRow[] {
  return rowsOf(records, firstRow);
}

/** The starter stock: a black T-shirt in L, a cap, and a tote bag. */
export function stockRows(changes: Record<string, Partial<Record<string, string | number>>> = {}): StockRow[] {
  const base: Record<string, Record<string, string | number>> = {
    'KAOS-HTM-L': { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L / Hitam', onHand: 10, reserved: 0, available: 10, reorderPoint: 3, costPrice: 40000, sellingPrice: 85000, orderTrail: '' },
    'TOPI-01': { sku: 'TOPI-01', name: 'Topi Baseball', variant: 'Navy', onHand: 5, reserved: 0, available: 5, reorderPoint: 2, costPrice: 20000, sellingPrice: 50000, orderTrail: '' },
    'TOTE-02': { sku: 'TOTE-02', name: 'Tote Bag Kanvas', variant: 'Krem', onHand: 0, reserved: 0, available: 0, reorderPoint: 2, costPrice: 15000, sellingPrice: 45000, orderTrail: '' },
  };
  return rowsOf(Object.keys(base).map((sku) => ({ ...base[sku], ...(changes[sku] ?? {}) })));
}

/** The starter stock with `aConfirmedOrder(orderId)`'s goods (two T-shirts, a cap) reserved for it. */
export function stockHeldFor(orderId: string): StockRow[] {
  return stockRows({ 'KAOS-HTM-L': { reserved: 2, orderTrail: `${orderId}:R` }, 'TOPI-01': { reserved: 1, orderTrail: `${orderId}:R` } });
}

/** Settings of a shop with the default couriers and a warehouse address. */
export function shopSettings(changes: Partial<Settings> = {}): Settings {
  return {
    ...parseSettings([]),
    shopName: 'Toko Saya',
    warehouseEmails: ['gudang@toko.test'],
    couriers: [
      { name: 'JNE', trackingUrl: 'https://www.jne.co.id/tracking-package?resi={resi}' },
      { name: 'J&T', trackingUrl: 'https://jet.co.id/track?awb={resi}' },
      { name: 'GoSend', trackingUrl: '' },
    ],
    ...changes,
  };
}

/** The planner environment: fixed clock, a finance user, the shop settings. */
export function planEnv(changes: Partial<PlanEnv> = {}): PlanEnv {
  return { now: NOW, user: 'rina@toko.test', settings: shopSettings(), ...changes };
}
