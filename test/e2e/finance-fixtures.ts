/**
 * A small shop's workbook for the finance tests: every sheet with its headers, settings with an owner
 * and a finance address, stock, orders in each order sheet, a ledger and two purchase orders.
 * Written through the emulated Spreadsheet service (host side), with the call counter reset after.
 */
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { ALL_SHEETS, ORDER_COLUMNS, PURCHASES_SHEET, SheetSpec } from '../../src/sheets/schema';
import { LocalRuntime } from '../../emulator/runtime';
import { columnLetter } from './pipeline-shop';

const J = jakartaInstant;
type Row = Record<string, string | number>;

/** 28 Nov 2026 09.00 WIB: when the shop's day starts in these tests. */
export const FINANCE_NOW = J(2026, 11, 28, 9);
/** The owner's address, as Email pemilik in Pengaturan. */
export const OWNER = 'owner@toko.test';
/** Finance's address (Rina), as Email keuangan in Pengaturan. */
export const FINANCE = 'rina@toko.test';

/** The number format a column gets, so text stays text and dates are dates. */
function formatOf(format: string): string {
  return format === 'text' ? '@' : format === 'rupiah' ? '"Rp"#,##0' : format === 'date' || format === 'datetime' ? 'dd MMM yyyy HH:mm' : '0';
}

/** Writes a sheet: its headers, then the rows (epoch ms in date columns become Dates). */
export function writeSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, rows: readonly Row[]): void {
  const sheet = ss.getSheetByName(spec.name) ?? ss.insertSheet(spec.name);
  const columns = spec.columns;
  const width = columns.length;
  if (sheet.getMaxRows() < rows.length + 10) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 10 - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, 1, width).setValues([columns.map((c) => c.header)]);
  if (rows.length === 0) return;
  const range = sheet.getRange(2, 1, rows.length, width);
  range.setNumberFormats(rows.map(() => columns.map((c) => formatOf(c.format))));
  range.setValues(
    rows.map((row) =>
      columns.map((c) => {
        const value = row[c.key];
        if (value === undefined || value === '') return '';
        if ((c.format === 'date' || c.format === 'datetime') && typeof value === 'number') return new Date(value);
        return value;
      }),
    ),
  );
}

/** Pengaturan rows: owner, finance, shop name, language; the team when given (default: Rina in Keuangan, since only listed people may act). */
export function settingsRows(options: { team?: Array<{ email: string; name: string; division: string }>; sendPo?: boolean; language?: string; digest?: string } = {}): Row[] {
  const scalars: Array<[string, string]> = [
    ['Nama toko', 'Toko Ceria'],
    ['Email pemilik', OWNER],
    ['Email keuangan', FINANCE],
    ['Bahasa', options.language ?? 'id'],
    ['Prefix ID PO', 'PO'],
    ['Kirim PO ke supplier', options.sendPo ? 'Ya' : 'Tidak'],
    ...(options.digest ? [['Ringkasan harian', options.digest] as [string, string]] : []),
  ];
  const team = options.team ?? [{ email: FINANCE, name: 'Rina', division: 'Keuangan' }];
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(scalars.length, team.length); i++) {
    rows.push({
      settingKey: scalars[i]?.[0] ?? '',
      settingValue: scalars[i]?.[1] ?? '',
      teamEmail: team[i]?.email ?? '',
      teamName: team[i]?.name ?? '',
      teamDivision: team[i]?.division ?? '',
    });
  }
  return rows;
}

/** The stock: a T-shirt, a cap (low) and a bag. */
export const STOCK: Row[] = [
  { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L', onHand: 20, reserved: 2, available: 18, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000, orderTrail: '' },
  { sku: 'TOPI-01', name: 'Topi Baseball', variant: 'Navy', onHand: 3, reserved: 0, available: 3, reorderPoint: 5, costPrice: 20000, sellingPrice: 50000, orderTrail: '' },
  { sku: 'TOTE-02', name: 'Tote Bag <Kanvas>', variant: '', onHand: 10, reserved: 0, available: 10, reorderPoint: 2, costPrice: 15000, sellingPrice: 45000, orderTrail: '' },
];

const order = (row: Row): Row => {
  const blank: Row = {};
  for (const c of ORDER_COLUMNS) blank[c.key] = '';
  return { ...blank, customerName: 'Siti', phone: '6281234567890', address: 'Jl. Melati 5', variantConfirmed: 'Ya', paymentStatus: 'Lunas', discount: 0, ...row };
};

/**
 * November 2026's orders, by hand: TK-1 (Transfer, WA, approved 5 Nov, revenue 170.000 − ongkir), TK-2 (COD Shopee,
 * delivered 25 Nov, revenue 45.000), TK-3 (Transfer IG, approved 30 Nov 23.30 WIB, not shipped, revenue 100.000),
 * TK-4 (approved 1 Dec 00.10 WIB: December). October: TK-0 (revenue 85.000). Revenue Nov = 315.000 (3 orders).
 */
export const ORDERS = {
  done: [
    order({ orderId: 'TK-0', channel: 'WA', items: 'KAOS-HTM-L x1', paymentMethod: 'Transfer', subtotal: 85000, shippingCost: 10000, total: 95000, costOfGoods: 40000, fulfilment: 'Diterima', approvedAt: J(2026, 10, 12, 10), shippedAt: J(2026, 10, 13), deliveredAt: J(2026, 10, 15) }),
    order({ orderId: 'TK-1', channel: 'WA', items: 'KAOS-HTM-L x2', paymentMethod: 'Transfer', subtotal: 170000, shippingCost: 15000, total: 185000, costOfGoods: 80000, fulfilment: 'Diterima', approvedAt: J(2026, 11, 5, 10), shippedAt: J(2026, 11, 6), deliveredAt: J(2026, 11, 8) }),
    order({ orderId: 'TK-2', channel: 'Shopee', items: 'TOTE-02 x1', paymentMethod: 'COD', subtotal: 45000, shippingCost: 12000, total: 57000, costOfGoods: 15000, fulfilment: 'Diterima', complaint: 'Cacat/rusak', approvedAt: J(2026, 11, 20), shippedAt: J(2026, 11, 21), deliveredAt: J(2026, 11, 25) }),
  ],
  shipping: [
    order({ orderId: 'TK-3', channel: 'Instagram', items: 'TOPI-01 x2', paymentMethod: 'Transfer', subtotal: 100000, shippingCost: 10000, total: 110000, fulfilment: 'Menunggu packing', approvedAt: J(2026, 11, 30, 23, 30) }),
    order({ orderId: 'TK-4', channel: 'WA', items: 'KAOS-HTM-L x1', paymentMethod: 'Transfer', subtotal: 85000, shippingCost: 10000, total: 95000, fulfilment: 'Menunggu packing', approvedAt: J(2026, 12, 1, 0, 10) }),
  ],
  approval: [order({ orderId: 'TK-5', channel: 'WA', items: 'TOPI-01 x1', paymentMethod: 'Transfer', paymentStatus: 'Belum bayar', subtotal: 50000, total: 60000, shippingCost: 10000, fulfilment: 'Menunggu approval' })],
  intake: [order({ orderId: '', channel: 'WA', items: 'TOPI-01 x1', paymentMethod: 'COD', paymentStatus: '', fulfilment: 'Baru' })],
};

/** The ledger: sales income, an ad, a salary, and one row finance typed badly (amount "dua ratus"). */
export const LEDGER: Row[] = [
  { entryId: 'PJ-TK-1', date: J(2026, 11, 5, 10), type: 'Pemasukan', category: 'Penjualan', amount: 185000, reference: 'TK-1', note: '', by: FINANCE },
  { entryId: '', date: J(2026, 11, 10), type: 'Pengeluaran', category: 'Iklan', amount: 50000, reference: '', note: 'Iklan IG', by: FINANCE },
  { entryId: '', date: J(2026, 11, 25), type: 'Pengeluaran', category: 'Gaji', amount: 100000, reference: '', note: 'Bantu packing', by: FINANCE },
  { entryId: '', date: J(2026, 11, 26), type: 'Pengeluaran', category: 'Operasional', amount: 'dua ratus', reference: '', note: 'Lakban', by: FINANCE },
];

/** Two POs: PO-1 (10 T-shirts at 46.000, ordered), PO-2 (a Draft to a supplier, 5 caps at 22.000). */
export const PURCHASES: Row[] = [
  { poId: 'PO-1', date: J(2026, 11, 20), supplier: 'CV Kain Jaya', supplierEmail: 'sales@kainjaya.test', sku: 'KAOS-HTM-L', quantity: 10, unitCost: 46000, total: 460000, received: '', receiveNow: '', status: 'Dipesan', note: '' },
  { poId: 'PO-2', date: J(2026, 11, 27), supplier: 'Topi <Jaya> & Co', supplierEmail: 'topi@jaya.test', sku: 'TOPI-01', quantity: 5, unitCost: 22000, total: 110000, received: '', receiveNow: '', status: 'Draft', note: '' },
];

/** Writes the whole shop into the runtime's spreadsheet and zeroes the call counter. */
export function seedShop(rt: LocalRuntime, options: Parameters<typeof settingsRows>[0] = {}): void {
  const ss = rt.workbook.spreadsheet;
  const bySheet: Record<string, Row[]> = {
    Pengaturan: settingsRows(options),
    'Gudang · Stok': STOCK,
    'Gudang · Selesai': ORDERS.done,
    'Gudang · Pengiriman': ORDERS.shipping,
    'Keuangan · Approval': ORDERS.approval,
    'CS · Pesanan': ORDERS.intake,
    'Keuangan · Kas': LEDGER,
    'Keuangan · Pembelian': PURCHASES,
  };
  for (const spec of ALL_SHEETS) writeSheet(ss, spec, bySheet[spec.name] ?? []);
  rt.state.resetCallCounts();
}

/**
 * Registers, for every test of the calling file, fake timers at FINANCE_NOW and a fresh local runtime
 * with its globals installed and the shop seeded (both undone after the test); `use` gets that runtime.
 */
export function useSeededFinanceShop(use: (rt: LocalRuntime) => void): void {
  let restore: () => void;
  beforeEach(() => {
    jest.useFakeTimers({ now: FINANCE_NOW, doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const rt = LocalRuntime.create({ now: FINANCE_NOW });
    restore = rt.installGlobals();
    seedShop(rt);
    use(rt);
  });
  afterEach(() => {
    restore();
    jest.useRealTimers();
  });
}

/** A sheet's rows as records keyed by header text (host view, not counted). */
export function recordsOf(rt: LocalRuntime, sheetName: string): Array<Record<string, unknown>> {
  const [header, ...rows] = rt.workbook.values(sheetName);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** The seeded shop opened by the owner, with cells of PO-1's line (row 2 of Keuangan · Pembelian) typed by column key; the call counter reset. */
export function shopWithPoTyped(typed: Readonly<Record<string, string>> = {}, options: Parameters<typeof settingsRows>[0] = {}): LocalRuntime {
  const rt = LocalRuntime.load({ now: FINANCE_NOW });
  seedShop(rt, options);
  rt.open(OWNER);
  for (const [key, value] of Object.entries(typed)) {
    rt.workbook.userEdit(PURCHASES_SHEET.name, `${columnLetter(PURCHASES_SHEET.columns.findIndex((c) => c.key === key) + 1)}2`, value);
  }
  rt.state.resetCallCounts();
  return rt;
}

/** Finance selects PO-1's line and chooses Toko → Terima stok. */
export function receivePoOne(rt: LocalRuntime): void {
  rt.workbook.select(PURCHASES_SHEET.name, 'A2');
  rt.clickMenu('Toko > Terima stok', FINANCE);
}
