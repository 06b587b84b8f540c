/**
 * The realistic shop the benchmarks and the scale budget test measure: 500 SKUs in Gudang · Stok, orders of
 * 1–3 lines over SKUs drawn by a seeded generator, real `TK-yymm-nnnn` IDs numbered month by month, a
 * history (Gudang · Selesai, Keuangan · Kas, Log) of any size beside working sheets of a few hundred rows,
 * selections of one order, of a block and of separate rows, and one measurement per menu click (service
 * calls, cells read, wall and CPU time). Sheets are filled through the emulator's host-side workbook model,
 * so filling 100,000 rows costs no service call and little time.
 */
import { ORDER_ID_COUNTER_KEY } from '../src/app/order-id-counter';
import { performance } from 'node:perf_hooks';
import { LocalRuntime, type RuntimeOptions } from '../emulator/runtime';
import type { SheetModel } from '../emulator/spreadsheet/sheet-model';
import { jakartaParts } from '../src/domain/jakarta-time';
import {
  APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET,
} from '../src/sheets/schema';
import { numberFormatFor } from '../src/sheets/table';
import { NOW } from '../test/e2e/pipeline-fixtures';
import { openShop, selectRows, setTeam, typeRows } from '../test/e2e/pipeline-shop';

/** A row as the benchmarks write it: schema key → value (epoch ms in date columns). */
export type BenchRow = Record<string, string | number>;

const DAY = 24 * 60 * 60 * 1000;

/** How many SKUs Gudang · Stok holds in the realistic shop. */
export const BENCH_SKUS = 500;
/** Empty rows left below the data of every filled sheet, the same at every size, so only the data differs. */
export const SPARE_ROWS = 200;

/** A deterministic pseudo-random generator (mulberry32): the same seed gives the same shop on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** One product of the catalogue. */
export interface Product {
  readonly sku: string;
  readonly name: string;
  readonly variant: string;
  readonly costPrice: number;
  readonly sellingPrice: number;
}

const FAMILIES = [
  ['KAOS', 'Kaos Polos'], ['KMJ', 'Kemeja Flanel'], ['CLN', 'Celana Chino'], ['TOPI', 'Topi Baseball'], ['TAS', 'Tote Bag'],
  ['HIJAB', 'Hijab Voal'], ['JKT', 'Jaket Hoodie'], ['ROK', 'Rok Plisket'], ['SKS', 'Kaos Kaki'], ['DMP', 'Dompet Kulit'],
] as const;
const COLOURS = ['HTM', 'PTH', 'NVY', 'MRH', 'HJU'] as const;
const SIZES = ['S', 'M', 'L', 'XL', 'XXL', 'ALL', 'A', 'B', 'C', 'D'] as const;

/** The shop's 500 products: ten families × five colours × ten sizes, SKUs like `KAOS-HTM-L`. */
export function catalogue(count = BENCH_SKUS): Product[] {
  const products: Product[] = [];
  const random = seededRandom(500);
  for (const [code, name] of FAMILIES) {
    for (const colour of COLOURS) {
      for (const size of SIZES) {
        const cost = (20 + Math.floor(random() * 60)) * 1000;
        products.push({ sku: `${code}-${colour}-${size}`, name, variant: `${size} / ${colour}`, costPrice: cost, sellingPrice: Math.round(cost * 1.8 / 1000) * 1000 });
      }
    }
  }
  return products.slice(0, count);
}

/** Order IDs as Toko makes them, `TK-2611-0042`: numbered from 1 in each Jakarta month, in the order given. */
export class OrderIds {
  private readonly next = new Map<string, number>();

  /** The next ID of the month `at` falls in. */
  take(at: number): string {
    const p = jakartaParts(at);
    const stem = `TK-${String(p.year % 100).padStart(2, '0')}${String(p.month).padStart(2, '0')}`;
    const sequence = (this.next.get(stem) ?? 0) + 1;
    this.next.set(stem, sequence);
    return `${stem}-${String(sequence).padStart(4, '0')}`;
  }

  /** Toko's order-ID counter for the month `at` falls in, as if Toko had issued every ID taken so far. */
  counter(at: number): string {
    const p = jakartaParts(at);
    const stem = `TK-${String(p.year % 100).padStart(2, '0')}${String(p.month).padStart(2, '0')}`;
    return JSON.stringify({ stem, last: this.next.get(stem) ?? 0 });
  }
}

const CHANNELS = ['WA', 'WA', 'WA', 'Instagram', 'Shopee', 'Tokopedia', 'TikTok Shop', 'Email'];
const COURIERS = ['JNE', 'J&T', 'SiCepat', 'AnterAja'];
const FIRST_NAMES = ['Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Andi', 'Putri', 'Yusuf', 'Wulan', 'Fajar', 'Ayu', 'Rizky'];
const LAST_NAMES = ['Aminah', 'Santoso', 'Lestari', 'Pratama', 'Wijaya', 'Hidayat', 'Saputra', 'Kusuma', 'Nugroho', 'Permata'];
const STREETS = ['Jl. Melati', 'Jl. Kenanga', 'Jl. Sudirman', 'Jl. Diponegoro', 'Jl. Merdeka', 'Jl. Gatot Subroto'];
const CITIES = ['Bandung', 'Depok', 'Bekasi', 'Surabaya', 'Medan', 'Makassar', 'Yogyakarta', 'Semarang'];

/** The lines of an order: 1–3 distinct SKUs drawn from the catalogue, 1–3 of each. */
export function orderLines(random: () => number, products: readonly Product[]): Array<{ product: Product; quantity: number }> {
  const count = 1 + Math.floor(random() * 3);
  const lines: Array<{ product: Product; quantity: number }> = [];
  while (lines.length < count) {
    const product = pick(random, products);
    if (lines.some((line) => line.product === product)) continue;
    lines.push({ product, quantity: 1 + Math.floor(random() * 3) });
  }
  return lines;
}

const itemsText = (lines: ReadonlyArray<{ product: Product; quantity: number }>): string =>
  lines.map((line) => `${line.product.sku} x${line.quantity}`).join(', ');

/** A customer as CS types one: name, WhatsApp number, address, channel. */
function customer(random: () => number): { customerName: string; phone: string; address: string; channel: string } {
  return {
    customerName: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
    phone: `08${1 + Math.floor(random() * 9)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
    address: `${pick(random, STREETS)} ${1 + Math.floor(random() * 200)}, ${pick(random, CITIES)}`,
    channel: pick(random, CHANNELS),
  };
}

/** How far along a recorded order is; decides its status columns. */
export type OrderStage = 'approval-paid' | 'approval-unpaid' | 'approval-cod' | 'waiting-packing' | 'packed' | 'shipped' | 'delivered' | 'cancelled';

/** A new order as CS types it into CS · Pesanan (every value as typed text, no ID). */
export function typedNewOrder(random: () => number, products: readonly Product[]): Record<string, string> {
  const who = customer(random);
  return {
    ...who,
    items: itemsText(orderLines(random, products)),
    variantConfirmed: 'Ya',
    paymentMethod: random() < 0.3 ? 'COD' : 'Transfer',
    shippingCost: String(9000 + Math.floor(random() * 8) * 1000),
  };
}

/** A confirmed order as the sheets hold it at `stage`, with its real ID and the stock it holds. */
export function recordedOrder(random: () => number, products: readonly Product[], orderId: string, at: number, stage: OrderStage): { row: BenchRow; lines: Array<{ product: Product; quantity: number }> } {
  const lines = orderLines(random, products);
  const cod = stage === 'approval-cod' || (stage !== 'approval-paid' && stage !== 'approval-unpaid' && random() < 0.3);
  const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.product.sellingPrice, 0);
  const cost = lines.reduce((sum, line) => sum + line.quantity * line.product.costPrice, 0);
  const shipping = 9000 + Math.floor(random() * 8) * 1000;
  const courier = pick(random, COURIERS);
  const later = (hours: number): number => at + hours * 60 * 60 * 1000;
  const approved = stage !== 'approval-paid' && stage !== 'approval-unpaid' && stage !== 'approval-cod';
  const hasResi = stage === 'packed' || stage === 'shipped' || stage === 'delivered';
  const fulfilment: Record<OrderStage, string> = {
    'approval-paid': 'Menunggu approval', 'approval-unpaid': 'Menunggu approval', 'approval-cod': 'Menunggu approval',
    'waiting-packing': 'Menunggu packing', packed: 'Sudah dikemas', shipped: 'Sudah dikirim', delivered: 'Diterima', cancelled: 'Dibatalkan',
  };
  const paid = stage === 'delivered' || (!cod && stage !== 'approval-unpaid');
  const row: BenchRow = {
    orderId, orderDate: at, ...customer(random), phone: `628${1 + Math.floor(random() * 9)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
    items: itemsText(lines), variantConfirmed: 'Ya', paymentMethod: cod ? 'COD' : 'Transfer', paymentStatus: paid ? 'Lunas' : 'Belum bayar',
    courier: approved ? courier : '', shippingCost: shipping, discount: 0, subtotal, total: subtotal + shipping, costOfGoods: cost,
    assignedCs: 'dewi@toko.test', notes: '', fulfilment: fulfilment[stage], complaint: stage === 'delivered' && random() < 0.02 ? 'Terlambat/belum sampai' : '',
    rejectReason: '', confirmedAt: later(1), approvedAt: approved ? later(3) : '', packedAt: hasResi ? later(20) : '',
    trackingNumber: hasResi ? `${courier.replace(/[^A-Z]/g, '') || 'JP'}${String(Math.floor(random() * 1e10)).padStart(10, '0')}` : '',
    trackingLink: '', waLink: '', shippedAt: stage === 'shipped' || stage === 'delivered' ? later(24) : '',
    deliveredAt: stage === 'delivered' ? later(72) : '', cancelledAt: stage === 'cancelled' ? later(5) : '', updatedBy: 'agus@toko.test',
  };
  return { row, lines };
}

// ---- host-side filling (the emulator's workbook model; no service calls) ----

function sheetModel(rt: LocalRuntime, name: string): SheetModel {
  const sheet = rt.workbook.model.sheetByName(name);
  if (!sheet) throw new Error(`bench: no sheet ${name} (did Setup run?)`);
  return sheet;
}

/** The 0-based column of each schema key, found by header text or alias as the product finds them. */
function columnsOf(rt: LocalRuntime, spec: SheetSpec): Map<string, number> {
  const sheet = sheetModel(rt, spec.name);
  const header = rt.workbook.model.readValues(sheet, { row: 1, column: 1, numRows: 1, numColumns: Math.max(1, sheet.lastColumn()) }, (ms) => new Date(ms))[0]
    .map((h) => String(h).trim().toLowerCase());
  const columns = new Map<string, number>();
  for (const column of spec.columns) {
    const at = [column.header, ...(column.aliases ?? [])].map((h) => header.indexOf(h.toLowerCase())).find((i) => i >= 0);
    if (at === undefined) throw new Error(`bench: no column ${column.header} on ${spec.name}`);
    columns.set(column.key, at);
  }
  return columns;
}

/**
 * Writes records below the last row of a sheet straight into the workbook model, with each column's number
 * format as Setup gives it (epoch ms in date columns become dates); grows the grid as needed. Returns the
 * first row written.
 */
export function appendHost(rt: LocalRuntime, spec: SheetSpec, records: readonly BenchRow[]): number {
  const model = rt.workbook.model;
  const sheet = sheetModel(rt, spec.name);
  const columns = columnsOf(rt, spec);
  const first = Math.max(2, sheet.lastRow() + 1);
  if (records.length === 0) return first;
  const width = Math.max(...columns.values()) + 1;
  const last = first + records.length - 1;
  if (last > sheet.maxRows) sheet.insertRows(sheet.maxRows + 1, last - sheet.maxRows);
  const formats = new Array<string>(width).fill('@');
  const dateColumns = new Set<number>();
  for (const column of spec.columns) {
    const at = columns.get(column.key) as number;
    formats[at] = numberFormatFor(column.format);
    if (column.format === 'date' || column.format === 'datetime') dateColumns.add(at);
  }
  const keys = new Array<string>(width).fill('');
  for (const [key, at] of columns) keys[at] = key;
  const grid = records.map((record) => keys.map((key, at) => {
    const value = key === '' ? undefined : record[key];
    if (value === undefined || value === '') return '';
    return dateColumns.has(at) && typeof value === 'number' ? new Date(value) : value;
  }));
  for (let r = first - 1; r < last; r++) {
    const row = sheet.formats.ensureRow(r, width);
    for (let c = 0; c < width; c++) row[c] = formats[c];
  }
  model.writeValues(sheet, { row: first, column: 1, numRows: records.length, numColumns: width }, grid);
  return first;
}

/** Clears a sheet's data rows (row 2 down) in the model, keeping its header and grid. */
export function clearHost(rt: LocalRuntime, spec: SheetSpec): void {
  const sheet = sheetModel(rt, spec.name);
  const rows = sheet.lastRow();
  if (rows > 1) rt.workbook.model.clearContents(sheet, { row: 2, column: 1, numRows: rows - 1, numColumns: sheet.maxColumns });
}

/** Leaves exactly `spare` empty grid rows below a sheet's data, whatever its size. */
export function fitRows(rt: LocalRuntime, spec: SheetSpec, spare = SPARE_ROWS): void {
  const sheet = sheetModel(rt, spec.name);
  const wanted = Math.max(2, sheet.lastRow()) + spare;
  if (sheet.maxRows < wanted) sheet.insertRows(sheet.maxRows + 1, wanted - sheet.maxRows);
  else if (sheet.maxRows > wanted) sheet.deleteRows(wanted + 1, sheet.maxRows - wanted);
}

// ---- the shop ----

/**
 * `count` cash-book rows over the orders given (oldest first): 70% the sale of an order (`PJ-<ID>`, on its
 * day), the rest expenses; dates follow the orders, so the book is in date order.
 */
export function ledgerOf(orders: readonly BenchRow[], count: number, random: () => number, fallbackDate: number): BenchRow[] {
  return Array.from({ length: count }, (_, i) => {
    const order = orders[Math.floor((i / count) * orders.length)] ?? { orderId: 'TK-2511-0001', orderDate: fallbackDate, total: 100000, paymentMethod: 'Transfer', customerName: 'Siti' };
    const at = Number(order.orderDate) + 3 * 60 * 60 * 1000;
    return random() < 0.7
      ? { entryId: `PJ-${order.orderId}`, date: at, type: 'Pemasukan', category: 'Penjualan', amount: order.total, reference: order.orderId, note: `${order.paymentMethod} · ${order.customerName}`, by: 'rina@toko.test' }
      : { entryId: '', date: at, type: 'Pengeluaran', category: pick(random, ['Iklan', 'Gaji', 'Operasional', 'Ongkir', 'Lainnya']), amount: (10 + Math.floor(random() * 200)) * 1000, reference: '', note: 'Biaya toko', by: 'rina@toko.test' };
  });
}

/** `count` Log lines over the orders given (oldest first), as the actions write them. */
export function logOf(orders: readonly BenchRow[], count: number, random: () => number, fallbackDate: number): BenchRow[] {
  return Array.from({ length: count }, (_, i) => {
    const order = orders[Math.floor((i / count) * orders.length)] ?? { orderId: 'TK-2511-0001', orderDate: fallbackDate };
    return {
      at: Number(order.orderDate) + 3 * 60 * 60 * 1000, user: pick(random, ['dewi@toko.test', 'rina@toko.test', 'agus@toko.test']),
      action: pick(random, ['Konfirmasi pesanan', 'Approve order', 'Tandai dikirim', 'Tandai diterima']), orderId: order.orderId,
      from: 'Gudang · Pengiriman', to: 'Gudang · Selesai', details: '',
    };
  });
}

/** Gudang · Stok rows for the catalogue: `held` open reservations and `shipped` recent shipments per SKU in the trail. */
export function stockOf(products: readonly Product[], held: ReadonlyMap<string, ReadonlyArray<[string, number]>>, shipped: ReadonlyMap<string, readonly string[]>): BenchRow[] {
  return products.map((product) => {
    const open = held.get(product.sku) ?? [];
    const reserved = open.reduce((sum, [, quantity]) => sum + quantity, 0);
    const onHand = reserved + 5000;
    const trail = [...(shipped.get(product.sku) ?? []).map((id) => `${id}:S`), ...open.map(([id]) => `${id}:R`)].join(' ');
    return { sku: product.sku, name: product.name, variant: product.variant, onHand, reserved, available: onHand - reserved, reorderPoint: 10, costPrice: product.costPrice, sellingPrice: product.sellingPrice, orderTrail: trail };
  });
}

/** The sizes of one benched shop. */
export interface ShopSize {
  /** Rows in each history sheet: Gudang · Selesai, Keuangan · Kas and Log. */
  readonly history: number;
  /** Rows already in each working order sheet: CS · Pesanan, Keuangan · Approval, Gudang · Pengiriman. */
  readonly working: number;
}

/** The orders each measurement acts on, made before any sheet is written so the stock trail already holds them. */
interface Batch {
  readonly targets: BenchRow[];
  /** Rows between the targets when they are separate (null: one block). */
  readonly fillers: BenchRow[] | null;
}

/** A shop ready to be measured, with what is still to be put on its sheets. */
export interface BenchShop {
  readonly rt: LocalRuntime;
  readonly size: ShopSize;
  readonly products: readonly Product[];
  /** Approve-order batches by selection name, appended to Keuangan · Approval when their turn comes. */
  readonly approveBatches: ReadonlyMap<string, Batch>;
  /** Tandai-dikirim batches by selection name, appended to Gudang · Pengiriman when their turn comes. */
  readonly shipBatches: ReadonlyMap<string, Batch>;
}

/** One way of selecting orders: how many, and whether as one block of rows or as separate rows. */
export interface Selection {
  readonly name: string;
  readonly orders: number;
  readonly separate: boolean;
}

/** What the benchmarks select: one order, 50 as one block, 50 as separate rows (one range each). */
export const SELECTIONS: readonly Selection[] = [
  { name: '1', orders: 1, separate: false },
  { name: '50 block', orders: 50, separate: false },
  { name: '50 separate', orders: 50, separate: true },
];

/** A spread of stages for the working sheets: most approval orders paid, most shipping orders not yet gone. */
const APPROVAL_STAGES: OrderStage[] = ['approval-paid', 'approval-paid', 'approval-paid', 'approval-cod', 'approval-unpaid'];
const SHIPPING_STAGES: OrderStage[] = ['waiting-packing', 'waiting-packing', 'packed', 'shipped', 'shipped'];

/**
 * Builds the shop: Setup through the menu, then, host-side, 500 SKUs; `history` delivered (some cancelled)
 * orders in Gudang · Selesai over the past year, with as many Keuangan · Kas and Log rows; `working` rows in
 * CS · Pesanan, Keuangan · Approval and Gudang · Pengiriman this month; the stock's reserved counts and
 * order trails matching the open orders. The same seeds give the same working sheets at every history size.
 */
export function buildShop(size: ShopSize, options: RuntimeOptions = {}): BenchShop {
  const rt = openShop(options);
  // The 30–50 orders/day shop has two CS: Konfirmasi pesanan assigns each new order to one (CS rotation).
  setTeam(rt, [{ email: 'dewi@toko.test', name: 'Dewi', division: 'CS' }, { email: 'sari@toko.test', name: 'Sari', division: 'CS' }]);
  const products = catalogue();
  const ids = new OrderIds();

  // History: the past year, oldest first, so IDs count up within each month as Toko numbers them.
  const historyRandom = seededRandom(1);
  const start = NOW - 365 * DAY;
  const span = 363 * DAY;
  const done: BenchRow[] = [];
  const shippedBySku = new Map<string, string[]>();
  const noteShipped = (orderId: string, lines: ReadonlyArray<{ product: Product }>): void => {
    for (const line of lines) {
      const trail = shippedBySku.get(line.product.sku) ?? [];
      trail.push(orderId);
      if (trail.length > 50) trail.shift();
      shippedBySku.set(line.product.sku, trail);
    }
  };
  for (let i = 0; i < size.history; i++) {
    const at = start + Math.floor(((i + historyRandom()) / size.history) * span);
    const { row, lines } = recordedOrder(historyRandom, products, ids.take(at), at, historyRandom() < 0.05 ? 'cancelled' : 'delivered');
    done.push(row);
    if (row.fulfilment === 'Diterima') noteShipped(String(row.orderId), lines);
  }
  const ledger = ledgerOf(done, size.history, historyRandom, start);
  const log = logOf(done, size.history, historyRandom, start);

  // Working sheets: this month's orders (the same at every history size: their generator has its own seed).
  const workRandom = seededRandom(2);
  const monthStart = NOW - 27 * DAY;
  const thisMonth = (i: number, of: number): number => monthStart + Math.floor(((i + workRandom()) / Math.max(1, of)) * 26 * DAY);
  const reservedBySku = new Map<string, Array<[string, number]>>();
  const hold = (orderId: string, lines: ReadonlyArray<{ product: Product; quantity: number }>, state: 'R' | 'S'): void => {
    if (state === 'S') {
      noteShipped(orderId, lines);
      return;
    }
    for (const line of lines) {
      const held = reservedBySku.get(line.product.sku) ?? [];
      held.push([orderId, line.quantity]);
      reservedBySku.set(line.product.sku, held);
    }
  };
  const intake = Array.from({ length: size.working }, () => typedNewOrder(workRandom, products));
  const recorded = (stages: readonly OrderStage[], i: number, of: number): BenchRow => {
    const at = thisMonth(i, of);
    const stage = stages[Math.floor(workRandom() * stages.length)];
    const { row, lines } = recordedOrder(workRandom, products, ids.take(at), at, stage);
    hold(String(row.orderId), lines, stage === 'shipped' ? 'S' : 'R');
    return row;
  };
  const approval = Array.from({ length: size.working }, (_, i) => recorded(APPROVAL_STAGES, i, size.working));
  const shipping = Array.from({ length: size.working }, (_, i) => recorded(SHIPPING_STAGES, i, size.working));

  // The orders the measurements will approve and ship, numbered this morning, held in the stock trail; their
  // generator has its own seed, so every shop size acts on the same orders.
  const batchRandom = seededRandom(4);
  const batches = (targetStage: OrderStage, fillerStage: OrderStage): Map<string, Batch> => new Map(SELECTIONS.map((selection) => {
    const make = (stage: OrderStage): BenchRow => {
      const at = NOW - 2 * 60 * 60 * 1000;
      const { row, lines } = recordedOrder(batchRandom, products, ids.take(at), at, stage);
      hold(String(row.orderId), lines, 'R');
      return row;
    };
    const targets = Array.from({ length: selection.orders }, () => make(targetStage));
    const fillers = selection.separate ? Array.from({ length: selection.orders }, () => make(fillerStage)) : null;
    return [selection.name, { targets, fillers }];
  }));
  const approveBatches = batches('approval-paid', 'approval-unpaid');
  const shipBatches = batches('packed', 'waiting-packing');

  const stock = stockOf(products, reservedBySku, shippedBySku);

  clearHost(rt, STOCK_SHEET);
  appendHost(rt, STOCK_SHEET, stock);
  appendHost(rt, DONE_SHEET, done);
  appendHost(rt, LEDGER_SHEET, ledger);
  appendHost(rt, LOG_SHEET, log);
  appendHost(rt, ORDERS_SHEET, intake.map((order) => ({ ...order, shippingCost: Number(order.shippingCost), fulfilment: 'Baru' })));
  appendHost(rt, APPROVAL_SHEET, approval);
  appendHost(rt, SHIPPING_SHEET, shipping);
  for (const spec of [STOCK_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET]) fitRows(rt, spec);
  // The batches were numbered by "Toko" this morning: its ID counter knows them, though their rows are placed later.
  rt.evaluate(`PropertiesService.getDocumentProperties().setProperty(${JSON.stringify(ORDER_ID_COUNTER_KEY)}, ${JSON.stringify(ids.counter(NOW))})`);
  rt.state.resetCallCounts();
  return { rt, size, products, approveBatches, shipBatches };
}

// ---- measuring ----

/** What one menu click cost. */
export interface Measurement {
  readonly serviceCalls: number;
  readonly cellsRead: number;
  readonly callsByMethod: Record<string, number>;
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs `act` with the call counter zeroed; returns its calls, cells read, wall time and CPU time. */
export function measure(rt: LocalRuntime, act: () => void): Measurement {
  rt.state.resetCallCounts();
  const cpu = process.cpuUsage();
  const started = performance.now();
  act();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const counts = rt.callCounts();
  return { serviceCalls: counts.total, cellsRead: counts.cellsRead, callsByMethod: counts.byMethod, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** The order actions the benchmarks measure, by menu caption. */
export const BENCH_ACTIONS = ['Konfirmasi pesanan', 'Approve order', 'Tandai dikirim (resi)'] as const;
/** One of BENCH_ACTIONS. */
export type BenchAction = (typeof BENCH_ACTIONS)[number];

/** One measured click. */
export interface ActionMeasurement extends Measurement {
  readonly action: BenchAction;
  readonly selection: string;
  readonly orders: number;
  readonly size: ShopSize;
}

/** Places `batch` at the bottom of a sheet (targets alternating with fillers when separate); returns the target rows. */
function placeBatch(rt: LocalRuntime, spec: SheetSpec, batch: Batch): number[] {
  const rows = batch.fillers ? batch.targets.flatMap((target, i) => [target, (batch.fillers as BenchRow[])[i]]) : batch.targets;
  const first = appendHost(rt, spec, rows);
  fitRows(rt, spec);
  return batch.targets.map((_, i) => first + (batch.fillers ? 2 * i : i));
}

function lastMessage(rt: LocalRuntime): string {
  return rt.workbook.alerts.at(-1)?.message ?? '';
}

/** Counts the data rows of a sheet (host side). */
function dataRows(rt: LocalRuntime, spec: SheetSpec): number {
  return Math.max(0, sheetModel(rt, spec.name).lastRow() - 1);
}

/**
 * Clicks one action on one selection and measures it; throws unless every selected order went through
 * (no alert, and the orders moved or were marked), so a figure never comes from a click that did nothing.
 */
export function measureAction(shop: BenchShop, action: BenchAction, selection: Selection, random: () => number): ActionMeasurement {
  const { rt } = shop;
  let target: SheetSpec;
  let rows: number[];
  if (action === 'Konfirmasi pesanan') {
    target = APPROVAL_SHEET;
    const typed = Array.from({ length: selection.orders * (selection.separate ? 2 : 1) }, () => typedNewOrder(random, shop.products));
    const typedRows = typeRows(rt, ORDERS_SHEET, typed);
    rows = selection.separate ? typedRows.filter((_, i) => i % 2 === 0) : typedRows;
    fitRows(rt, ORDERS_SHEET);
    selectRows(rt, ORDERS_SHEET, rows);
  } else if (action === 'Approve order') {
    target = SHIPPING_SHEET;
    rows = placeBatch(rt, APPROVAL_SHEET, shop.approveBatches.get(selection.name) as Batch);
    selectRows(rt, APPROVAL_SHEET, rows);
  } else {
    target = SHIPPING_SHEET;
    rows = placeBatch(rt, SHIPPING_SHEET, shop.shipBatches.get(selection.name) as Batch);
    selectRows(rt, SHIPPING_SHEET, rows);
  }
  const alertsBefore = rt.workbook.alerts.length;
  const before = dataRows(rt, target);
  const shippedIds = action === 'Tandai dikirim (resi)' ? (shop.shipBatches.get(selection.name) as Batch).targets.map((t) => String(t.orderId)) : [];
  const measured = measure(rt, () => rt.clickMenu(action));
  if (rt.workbook.alerts.length !== alertsBefore) throw new Error(`bench: ${action} × ${selection.name} did not go through: ${lastMessage(rt)}`);
  if (action === 'Tandai dikirim (resi)') {
    const columns = columnsOf(rt, SHIPPING_SHEET);
    const [idAt, statusAt] = [columns.get('orderId') as number, columns.get('fulfilment') as number];
    const shipped = new Set(rt.workbook.values(SHIPPING_SHEET.name).filter((row) => row[statusAt] === 'Sudah dikirim').map((row) => String(row[idAt])));
    const missing = shippedIds.filter((id) => !shipped.has(id));
    if (missing.length) throw new Error(`bench: ${action} × ${selection.name} left ${missing.length} orders unshipped`);
  } else if (dataRows(rt, target) !== before + selection.orders) {
    throw new Error(`bench: ${action} × ${selection.name} moved ${dataRows(rt, target) - before} orders, not ${selection.orders}`);
  }
  // Every sheet the action appended to is put back to the same spare rows, so each figure is the steady state of a
  // sheet with room: appends write into prepared rows. A full sheet grows by more than it needs at once, which
  // costs 2–3 calls more once every few hundred rows (docs/architecture.md, "Rows Toko adds").
  for (const spec of [target, LOG_SHEET, LEDGER_SHEET]) fitRows(rt, spec);
  return { ...measured, action, selection: selection.name, orders: selection.orders, size: shop.size };
}

/** Every action on every selection, in the order a shop's day runs them, on one shop. */
export function measureShop(shop: BenchShop): ActionMeasurement[] {
  const random = seededRandom(3);
  const results: ActionMeasurement[] = [];
  for (const action of BENCH_ACTIONS) {
    for (const selection of SELECTIONS) results.push(measureAction(shop, action, selection, random));
  }
  return results;
}
