/**
 * A shop after Setup (Pengaturan's MARKETPLACE block holds Shopee 6,5% + Rp1.250) with the team listed, where
 * Siti's WA order and Rudi's Shopee order are confirmed, approved, packed, shipped and delivered through the
 * menu: the ground for Catat pencairan and the marketplace lines of the report.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, PAYOUT_SHEET, SETTINGS_SHEET, SHIPPING_SHEET, SheetSpec } from '../../src/sheets/schema';
import { columnLetter, CS, FINANCE, headerColumns, openShop, orderIds, recordsOf, selectRows, setTeam, typedOrder, typeRows, WAREHOUSE } from './pipeline-shop';

/** Siti's WA order (goods Rp220.000, ongkir Rp18.000) and Rudi's Shopee order (goods Rp220.000, the buyer paid Shopee Rp15.000 shipping). */
export const SITI = 'TK-2611-0001';
export const RUDI = 'TK-2611-0002';
/** Rudi's expected payout: 220.000 − (6,5% = 14.300, + 1.250) = 204.450. */
export const RUDI_EXPECTED = 204450;

export const TEAM = [
  { email: CS, name: 'Dewi', division: 'CS' },
  { email: FINANCE, name: 'Rina', division: 'Keuangan' },
  { email: WAREHOUSE, name: 'Agus', division: 'Gudang' },
];

/** The data row of an order on a sheet (0 when absent). */
export function rowOf(rt: LocalRuntime, spec: SheetSpec, id: string): number {
  return orderIds(rt, spec).indexOf(id) + 2 || 0;
}

/** Clicks `caption` on the rows of the orders `ids`. */
export function clickOrders(rt: LocalRuntime, spec: SheetSpec, ids: readonly string[], caption: string, user: string): void {
  selectRows(rt, spec, ids.map((id) => rowOf(rt, spec, id)));
  rt.clickMenu(caption, user);
}

/** The two orders typed, confirmed and approved, waiting in Gudang · Pengiriman. */
export function approvedShop(): LocalRuntime {
  const rt = openShop();
  setTeam(rt, TEAM);
  const rows = typeRows(rt, ORDERS_SHEET, [
    typedOrder({ paymentStatus: 'Lunas', courier: 'JNE', trackingNumber: 'JP1000000001' }),
    typedOrder({ customerName: 'Rudi Hartono', phone: '0813-2222-3333', channel: 'Shopee', paymentStatus: 'Lunas', shippingCost: '15000', courier: 'J&T', trackingNumber: 'JT2000000002' }),
  ], CS);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', CS);
  clickOrders(rt, APPROVAL_SHEET, [SITI, RUDI], 'Approve order', FINANCE);
  return rt;
}

/** The two orders shipped and delivered. */
export function deliveredShop(): LocalRuntime {
  const rt = approvedShop();
  clickOrders(rt, SHIPPING_SHEET, [SITI, RUDI], 'Tandai dikirim (resi)', WAREHOUSE);
  clickOrders(rt, SHIPPING_SHEET, [SITI, RUDI], 'Tandai diterima', WAREHOUSE);
  rt.state.resetCallCounts();
  return rt;
}

/** Finance types payout rows into Keuangan · Pencairan; returns their row numbers. */
export function typePayouts(rt: LocalRuntime, rows: ReadonlyArray<Record<string, string>>): number[] {
  return typeRows(rt, PAYOUT_SHEET, rows, FINANCE);
}

/** Finance selects payout rows and clicks Toko → Catat pencairan (or `user` does). */
export function recordPayout(rt: LocalRuntime, rows: readonly number[], user = FINANCE): void {
  selectRows(rt, PAYOUT_SHEET, rows);
  rt.clickMenu('Catat pencairan', user);
}

/** Changes one cell of the MARKETPLACE block: the row of `marketplace`, column `key`. */
export function setMarketplace(rt: LocalRuntime, marketplace: string, key: 'marketplaceFeePercent' | 'marketplaceFixedFee', value: string): void {
  const columns = headerColumns(rt, SETTINGS_SHEET);
  const values = rt.workbook.values(SETTINGS_SHEET.name);
  const name = columns.get('marketplace') as number;
  const row = values.findIndex((r) => String(r[name - 1]).trim() === marketplace);
  rt.edit(SETTINGS_SHEET.name, `${columnLetter(columns.get(key) as number)}${row + 1}`, [[value]]);
}

/** The order's record on Gudang · Selesai. */
export function doneOrder(rt: LocalRuntime, id: string): Record<string, unknown> {
  return recordsOf(rt, DONE_SHEET).find((r) => r.orderId === id) ?? {};
}
