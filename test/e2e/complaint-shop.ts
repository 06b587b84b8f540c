/**
 * A shop for the complaint tests on the built bundle, written host-side (no Setup run: fast): the team,
 * the complaint routing block of Pengaturan, stock, and orders some days into their way — Siti's
 * delivered order in Gudang · Selesai, Budi's shipped COD order in Gudang · Pengiriman, Eka's cancelled
 * order in Gudang · Selesai, and Citra's order in Keuangan · Approval.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { complaintRouteRecord, DEFAULT_COMPLAINT_ROUTES } from '../../src/domain/complaint-routing';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { ALL_SHEETS, COMPLAINTS_SHEET, SheetSpec } from '../../src/sheets/schema';
import { writeSheet } from './finance-fixtures';
import { columnLetter, headerColumns, recordsOf, selectRows } from './pipeline-shop';

type Row = Record<string, string | number>;
const J = jakartaInstant;

/** 30 Nov 2026 10.00 WIB: when the complaints come in. */
export const COMPLAINT_NOW = J(2026, 11, 30, 10);

/** The people of the complaint shop. */
export const PEOPLE = {
  owner: 'owner@toko.test',
  cs: 'dewi@toko.test',
  finance: 'rina@toko.test',
  warehouse: 'agus@toko.test',
} as const;

/** The orders' IDs. */
export const ORDER = { siti: 'TK-2611-0001', budi: 'TK-2611-0002', eka: 'TK-2611-0003', citra: 'TK-2611-0004' } as const;

const TEAM = [
  { email: PEOPLE.cs, name: 'Dewi', division: 'CS' },
  { email: PEOPLE.finance, name: 'Rina', division: 'Keuangan' },
  { email: PEOPLE.warehouse, name: 'Agus', division: 'Gudang' },
];

/** Pengaturan: shop, owner, the team, JNE, and the routing block as Setup writes it (or `routes`). */
function settings(routes: readonly Row[]): Row[] {
  const scalars: Array<[string, string]> = [['Nama toko', 'Toko Ceria'], ['Email pemilik', PEOPLE.owner], ['Email gudang', 'gudang@toko.test'], ['Email keuangan', PEOPLE.finance], ['Bahasa', 'id']];
  return Array.from({ length: Math.max(scalars.length, routes.length) }, (_, i) => ({
    settingKey: scalars[i]?.[0] ?? '', settingValue: scalars[i]?.[1] ?? '',
    teamEmail: TEAM[i]?.email ?? '', teamName: TEAM[i]?.name ?? '', teamDivision: TEAM[i]?.division ?? '',
    courier: i === 0 ? 'JNE' : '', trackingUrl: i === 0 ? 'https://www.jne.co.id/tracking-package?resi={resi}' : '',
    ...(routes[i] ?? {}),
  }));
}

const STOCK: Row[] = [
  { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L', onHand: 18, reserved: 0, available: 18, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000, orderTrail: '' },
  { sku: 'KAOS-HTM-M', name: 'Kaos Polos Hitam', variant: 'M', onHand: 10, reserved: 0, available: 10, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000, orderTrail: '' },
  { sku: 'TOPI-01', name: 'Topi Baseball', variant: 'Navy', onHand: 7, reserved: 0, available: 7, reorderPoint: 3, costPrice: 20000, sellingPrice: 50000, orderTrail: '' },
];

const order = (orderId: string, changes: Row): Row => ({
  orderId, orderDate: J(2026, 11, 25, 9), address: 'Jl. Melati 5, Bandung', channel: 'WA', variantConfirmed: 'Ya', paymentMethod: 'Transfer', paymentStatus: 'Lunas',
  courier: 'JNE', shippingCost: 18000, discount: 0, assignedCs: PEOPLE.cs, confirmedAt: J(2026, 11, 25, 10), approvedAt: J(2026, 11, 25, 11), ...changes,
});

const DONE: Row[] = [
  order(ORDER.siti, { customerName: 'Siti Aminah', phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', subtotal: 220000, total: 238000, costOfGoods: 100000, fulfilment: 'Diterima', trackingNumber: 'JP1000000001', shippedAt: J(2026, 11, 26, 14), deliveredAt: J(2026, 11, 28, 15) }),
  order(ORDER.eka, { customerName: 'Eka Putri', phone: '6285700001111', items: 'TOPI-01 x1', subtotal: 50000, total: 68000, costOfGoods: 20000, fulfilment: 'Dibatalkan', cancelledAt: J(2026, 11, 26, 9) }),
];
const SHIPPING: Row[] = [
  order(ORDER.budi, { customerName: 'Budi Santoso', phone: '6281311112222', items: 'TOPI-01 x2', paymentMethod: 'COD', paymentStatus: 'Belum bayar', subtotal: 100000, total: 112000, costOfGoods: 40000, fulfilment: 'Sudah dikirim', trackingNumber: 'JP1000000002', shippedAt: J(2026, 11, 27, 14) }),
];
const APPROVAL: Row[] = [
  order(ORDER.citra, { customerName: 'Citra Lestari', phone: '6285733334444', items: 'KAOS-HTM-L x1', paymentStatus: 'Belum bayar', subtotal: 85000, total: 95000, costOfGoods: 40000, fulfilment: 'Menunggu approval', approvedAt: '' }),
];

/** The complaint shop on the built bundle, menu open, call counter zero; `routes` replaces Setup's routing block. */
export function complaintShop(options: { now?: number; routes?: readonly Row[]; complaints?: readonly Row[] } = {}): LocalRuntime {
  const rt = LocalRuntime.load({ now: options.now ?? COMPLAINT_NOW, owner: PEOPLE.owner });
  const ss = rt.workbook.spreadsheet;
  const data: Record<string, readonly Row[]> = {
    Pengaturan: settings(options.routes ?? DEFAULT_COMPLAINT_ROUTES.map(complaintRouteRecord)),
    'Gudang · Stok': STOCK, 'Gudang · Selesai': DONE, 'Gudang · Pengiriman': SHIPPING, 'Keuangan · Approval': APPROVAL,
    [COMPLAINTS_SHEET.name]: options.complaints ?? [],
  };
  for (const spec of ALL_SHEETS) writeSheet(ss, spec, [...(data[spec.name] ?? [])]);
  // The order counter as Konfirmasi pesanan left it after the four orders.
  const properties = rt.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  rt.run(() => properties.getDocumentProperties().setProperty('toko.orderIdCounter', JSON.stringify({ stem: 'TK-2611', last: 4 })));
  rt.open(PEOPLE.owner);
  rt.state.resetCallCounts();
  return rt;
}

/** The data row of a sheet whose `key` column holds `value` (0 when none). */
export function rowWith(rt: LocalRuntime, spec: SheetSpec, key: string, value: string): number {
  return recordsOf(rt, spec).findIndex((r) => r[key] === value) + 2 || 0;
}

/** A person selects the row holding `value` in `key` and clicks `caption`, answering the prompts in order. */
export function clickOnRow(rt: LocalRuntime, spec: SheetSpec, key: string, value: string, caption: string, user: string, answers: readonly string[] = []): void {
  const row = rowWith(rt, spec, key, value);
  if (row === 0) return;
  selectRows(rt, spec, [row]);
  for (const text of answers) rt.workbook.answerNext({ button: 'OK', text });
  rt.clickMenu(caption, user);
}

/** A person types a value into one cell of a row, found by header. */
export function typeCell(rt: LocalRuntime, spec: SheetSpec, row: number, key: string, value: string, user: string): void {
  const column = headerColumns(rt, spec).get(key) as number;
  rt.edit(spec.name, `${columnLetter(column)}${row}`, [[value]], user);
}

/** The last message the person saw: the newest alert, else the newest toast. */
export function lastMessage(rt: LocalRuntime): string {
  return rt.workbook.alerts.filter((a) => a.kind === 'alert').at(-1)?.message ?? rt.workbook.toasts.at(-1)?.message ?? '';
}

/** Siti's complaint as Catat komplain left it (recorded at COMPLAINT_NOW, Gudang, 2 h / 72 h), with `changes`. */
export function sitiComplaint(changes: Row = {}): Row {
  return {
    complaintId: 'KM-2611-0001', recordedAt: COMPLAINT_NOW, orderId: ORDER.siti, customerName: 'Siti Aminah', phone: '6281234567890',
    items: 'KAOS-HTM-L x2, TOPI-01 x1', courier: 'JNE', trackingNumber: 'JP1000000001', shippedAt: J(2026, 11, 26, 14), type: 'Cacat/rusak',
    words: 'Topinya sobek', proofLink: 'https://drive.example/unboxing', division: 'Gudang', respondBy: COMPLAINT_NOW + 2 * 3600000,
    solveBy: COMPLAINT_NOW + 72 * 3600000, status: 'Baru', handledBy: PEOPLE.cs, ...changes,
  };
}
