/**
 * Bench of the monthly report on the built bundle (dist/Code.js) in the local runtime: the trigger
 * handler over a year of orders (100,000) and a ledger of 50,000 rows, and over 1,000 rows, counting
 * service calls and timing the run. `benchMonthlyReport()` is what scripts/bench.ts calls; run alone
 * with `node build.mjs && node scripts/run.mjs scripts/bench-report.ts`.
 */
import { performance } from 'node:perf_hooks';
import { LocalRuntime } from '../emulator/runtime';
import { jakartaInstant } from '../src/domain/jakarta-time';
import { ALL_SHEETS, ORDER_COLUMNS, reportSheetName } from '../src/sheets/schema';
import { settingsRows, writeSheet } from '../test/e2e/finance-fixtures';

/** One measured run. */
export interface ReportBenchResult {
  readonly orders: number;
  readonly ledgerRows: number;
  readonly serviceCalls: number;
  readonly callsByMethod: Record<string, number>;
  readonly milliseconds: number;
  readonly reportRows: number;
}

type Row = Record<string, string | number>;

const CHANNELS = ['WA', 'Instagram', 'Shopee', 'Tokopedia', 'TikTok Shop', 'Email'];
const CATEGORIES = ['Iklan', 'Gaji', 'Operasional', 'Ongkir', 'Pembelian stok', 'Lainnya'];
const SKUS = Array.from({ length: 200 }, (_, i) => `SKU-${String(i + 1).padStart(3, '0')}`);

/** A deterministic pseudo-random sequence, so every run benches the same workbook. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Orders spread over Jan–Nov 2026: most closed, some on their way, a few waiting. */
function makeOrders(count: number): { done: Row[]; shipping: Row[]; approval: Row[]; intake: Row[] } {
  const random = sequence(42);
  const start = jakartaInstant(2026, 1, 1);
  const span = jakartaInstant(2026, 12, 1) - start;
  const blank: Row = {};
  for (const column of ORDER_COLUMNS) blank[column.key] = '';
  const groups = { done: [] as Row[], shipping: [] as Row[], approval: [] as Row[], intake: [] as Row[] };
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(random() * span);
    const cod = random() < 0.3;
    const sku = SKUS[Math.floor(random() * SKUS.length)];
    const qty = 1 + Math.floor(random() * 3);
    const subtotal = qty * 85000;
    const shipping = 10000 + Math.floor(random() * 5) * 2000;
    const stage = random();
    const row: Row = {
      ...blank,
      orderId: `TK-${i + 1}`,
      orderDate: at,
      customerName: `Pelanggan ${i + 1}`,
      phone: '6281234567890',
      address: 'Jl. Melati 5',
      channel: CHANNELS[Math.floor(random() * CHANNELS.length)],
      items: `${sku} x${qty}`,
      paymentMethod: cod ? 'COD' : 'Transfer',
      paymentStatus: 'Lunas',
      shippingCost: shipping,
      discount: 0,
      subtotal,
      total: subtotal + shipping,
      costOfGoods: qty * 40000,
      fulfilment: 'Diterima',
      complaint: random() < 0.02 ? 'Terlambat/belum sampai' : '',
      approvedAt: at + 3600000,
      shippedAt: at + 86400000,
      deliveredAt: at + 3 * 86400000,
    };
    if (stage < 0.9) groups.done.push(row);
    else if (stage < 0.95) groups.shipping.push({ ...row, fulfilment: 'Sudah dikirim', deliveredAt: '', paymentStatus: cod ? 'Belum bayar' : 'Lunas' });
    else if (stage < 0.98) groups.approval.push({ ...row, fulfilment: 'Menunggu approval', approvedAt: '', shippedAt: '', deliveredAt: '', costOfGoods: '' });
    else groups.intake.push({ ...row, orderId: '', fulfilment: 'Baru', approvedAt: '', shippedAt: '', deliveredAt: '', costOfGoods: '' });
  }
  return groups;
}

function makeLedger(count: number): Row[] {
  const random = sequence(7);
  const start = jakartaInstant(2026, 1, 1);
  const span = jakartaInstant(2026, 12, 1) - start;
  return Array.from({ length: count }, (_, i) => {
    const income = random() < 0.6;
    return {
      entryId: income ? `PJ-TK-${i + 1}` : '',
      date: start + Math.floor(random() * span),
      type: income ? 'Pemasukan' : 'Pengeluaran',
      category: income ? 'Penjualan' : CATEGORIES[Math.floor(random() * CATEGORIES.length)],
      amount: 10000 + Math.floor(random() * 100) * 5000,
      reference: '',
      note: '',
      by: 'rina@toko.test',
    };
  });
}

function makeStock(): Row[] {
  return SKUS.map((sku, i) => ({
    sku, name: `Produk ${i + 1}`, variant: '', onHand: i % 17, reserved: 0, available: i % 17, reorderPoint: 5,
    costPrice: 40000, sellingPrice: 85000, orderTrail: '',
  }));
}

/** Seeds a workbook of `orders` orders and `ledgerRows` ledger rows, runs the monthly trigger at 1 Dec 07.00 WIB, measures it. */
export function benchReportOnce(orders: number, ledgerRows: number, bundle?: string): ReportBenchResult {
  const rt = LocalRuntime.load({ now: jakartaInstant(2026, 11, 28, 9), bundle });
  const ss = rt.workbook.spreadsheet;
  const groups = makeOrders(orders);
  const rows: Record<string, Row[]> = {
    Pengaturan: settingsRows(),
    'Gudang · Stok': makeStock(),
    'Gudang · Selesai': groups.done,
    'Gudang · Pengiriman': groups.shipping,
    'Keuangan · Approval': groups.approval,
    'CS · Pesanan': groups.intake,
    'Keuangan · Kas': makeLedger(ledgerRows),
  };
  for (const spec of ALL_SHEETS) writeSheet(ss, spec, rows[spec.name] ?? []);
  rt.state.setNow(jakartaInstant(2026, 12, 1, 7));
  rt.state.resetCallCounts();

  const started = performance.now();
  rt.call('monthlyReportTrigger', [], { mode: 'time-trigger' });
  const milliseconds = performance.now() - started;

  const counts = rt.callCounts();
  if (rt.outbox.length !== 1) throw new Error(`bench: expected one report e-mail, got ${rt.outbox.length}`);
  return {
    orders,
    ledgerRows,
    serviceCalls: counts.total,
    callsByMethod: counts.byMethod,
    milliseconds: Math.round(milliseconds),
    reportRows: rt.workbook.values(reportSheetName('2026-11')).length,
  };
}

/** Both sizes the issue names: 1,000 rows and 100,000 orders with 50,000 ledger rows. */
export function benchMonthlyReport(bundle?: string): ReportBenchResult[] {
  return [benchReportOnce(1000, 1000, bundle), benchReportOnce(100000, 50000, bundle)];
}

/** The report's table and the calls of its largest run, as docs/benchmarks.md shows them (the prose there is written by hand). */
export function formatReportTable(results: readonly ReportBenchResult[]): string {
  const largest = results[results.length - 1];
  return [
    '| Orders | Ledger rows | Service calls | Time (local runtime) |',
    '|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.orders.toLocaleString('en')} | ${r.ledgerRows.toLocaleString('en')} | ${r.serviceCalls} | ${(r.milliseconds / 1000).toFixed(2)} s |`),
    '',
    'Calls by method (largest run):',
    '',
    ...Object.entries(largest.callsByMethod).map(([method, n]) => `- \`${method}\`: ${n}`),
  ].join('\n');
}

// Run alone: print the table.
if (process.argv[1] && /bench-report\.(mjs|ts)$/.test(process.argv[1])) {
  console.log(formatReportTable(benchMonthlyReport()));
}
