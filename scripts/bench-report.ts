/**
 * Bench of the monthly report on the built bundle (dist/Code.js) in the local runtime, both ways a shop
 * gets it: the monthly trigger (1 Dec 07.00 WIB, last month, no UI) and Toko → Buat laporan bulanan sekarang
 * (the same month, asked in a prompt). The shop has had a year of orders (100,000 in the full bench) with
 * real `TK-yymm-nnnn` IDs over 500 SKUs, a cash book and a Log; it counts service calls, cells read, wall
 * and CPU time, and the heap's peak above where the run started. `benchMonthlyReport()` is what
 * scripts/bench.ts calls; run alone with `node build.mjs && node scripts/run.mjs scripts/bench-report.ts`.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { LocalRuntime } from '../emulator/runtime';
import { jakartaInstant } from '../src/domain/jakarta-time';
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, reportSheetName, SHIPPING_SHEET, STOCK_SHEET } from '../src/sheets/schema';
import { openShop } from '../test/e2e/pipeline-shop';
import {
  appendHost, BenchRow, catalogue, clearHost, fitRows, ledgerOf, logOf, measure, Measurement, OrderIds, OrderStage, recordedOrder,
  seededRandom, stockOf, typedNewOrder,
} from './bench-shop';

/** How the report was started. */
export type ReportPath = 'trigger' | 'menu';

/** The year a report bench runs on. */
export interface ReportYear {
  readonly orders: number;
  readonly ledgerRows: number;
  readonly logRows: number;
}

/** The full bench's year: 100,000 orders, 50,000 cash-book rows (as issue 8 measured), 100,000 Log lines. */
export const FULL_YEAR: ReportYear = { orders: 100_000, ledgerRows: 50_000, logRows: 100_000 };

/** One measured report run. */
export interface ReportBenchResult extends Measurement {
  readonly path: ReportPath;
  readonly year: ReportYear;
  /** The heap's highest sample during the run minus the heap just before it, MB (sampled at every service call). */
  readonly peakHeapMb: number;
  /** The rows of the report sheet written. */
  readonly reportRows: number;
}

/** The run's moment: the monthly trigger's, 1 Dec 2026 07.00 WIB; the report is November's. */
export const REPORT_RUN_AT = jakartaInstant(2026, 12, 1, 7);
const REPORT_MONTH = '2026-11';
const DAY = 24 * 60 * 60 * 1000;

/** The year's orders as they lie in the sheets on 1 Dec: older than ten days closed, the last ten days spread over the working sheets. */
function yearOfOrders(count: number): { done: BenchRow[]; shipping: BenchRow[]; approval: BenchRow[]; intake: BenchRow[] } {
  const random = seededRandom(11);
  const products = catalogue();
  const ids = new OrderIds();
  const start = jakartaInstant(2025, 12, 1);
  const span = REPORT_RUN_AT - 2 * 60 * 60 * 1000 - start;
  const sheets = { done: [] as BenchRow[], shipping: [] as BenchRow[], approval: [] as BenchRow[], intake: [] as BenchRow[] };
  const recent: OrderStage[] = ['delivered', 'shipped', 'shipped', 'packed', 'waiting-packing', 'approval-paid', 'approval-cod', 'approval-unpaid'];
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(((i + random()) / count) * span);
    if (REPORT_RUN_AT - at > 10 * DAY) {
      sheets.done.push(recordedOrder(random, products, ids.take(at), at, random() < 0.05 ? 'cancelled' : 'delivered').row);
      continue;
    }
    const roll = random();
    if (roll < 0.1) {
      const typed = typedNewOrder(random, products);
      sheets.intake.push({ ...typed, shippingCost: Number(typed.shippingCost), orderDate: at, fulfilment: 'Baru' });
      continue;
    }
    const stage = recent[Math.floor(random() * recent.length)];
    const { row } = recordedOrder(random, products, ids.take(at), at, stage);
    if (stage === 'delivered') sheets.done.push(row);
    else if (stage.startsWith('approval')) sheets.approval.push(row);
    else sheets.shipping.push(row);
  }
  return sheets;
}

/** A shop after Setup whose sheets hold `year`, filled host-side; the clock at the report's moment. */
export function buildReportShop(year: ReportYear): LocalRuntime {
  const rt = openShop();
  const random = seededRandom(12);
  const orders = yearOfOrders(year.orders);
  const start = jakartaInstant(2025, 12, 1);
  clearHost(rt, STOCK_SHEET);
  appendHost(rt, STOCK_SHEET, stockOf(catalogue(), new Map(), new Map()));
  appendHost(rt, DONE_SHEET, orders.done);
  appendHost(rt, SHIPPING_SHEET, orders.shipping);
  appendHost(rt, APPROVAL_SHEET, orders.approval);
  appendHost(rt, ORDERS_SHEET, orders.intake);
  const history = [...orders.done, ...orders.shipping];
  appendHost(rt, LEDGER_SHEET, ledgerOf(history, year.ledgerRows, random, start));
  appendHost(rt, LOG_SHEET, logOf(history, year.logRows, random, start));
  for (const spec of [STOCK_SHEET, DONE_SHEET, SHIPPING_SHEET, APPROVAL_SHEET, ORDERS_SHEET, LEDGER_SHEET, LOG_SHEET]) fitRows(rt, spec);
  rt.state.setNow(REPORT_RUN_AT);
  rt.state.resetCallCounts();
  return rt;
}

let collect: (() => void) | null | undefined;
/** A full garbage collection, when V8 lets the bench ask for one (so the heap figure starts clean). */
function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** Runs the report one way on `rt`, measured; throws unless the report sheet was written and its e-mail sent. */
export function measureReport(rt: LocalRuntime, path: ReportPath, year: ReportYear, options: { sampleHeap?: boolean } = {}): ReportBenchResult {
  const mailsBefore = rt.outbox.length;
  if (options.sampleHeap) collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sample = (): void => {
    if (options.sampleHeap) peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const removeHook = rt.state.addCallHook(sample);
  let measured: Measurement;
  try {
    measured = measure(rt, () => {
      if (path === 'trigger') rt.call('monthlyReportTrigger', [], { mode: 'time-trigger' });
      else {
        rt.workbook.answerNext({ button: 'OK', text: REPORT_MONTH });
        rt.clickMenu('Buat laporan bulanan sekarang');
      }
      sample();
    });
  } finally {
    removeHook();
  }
  if (rt.outbox.length !== mailsBefore + 1) throw new Error(`bench: the ${path} report sent ${rt.outbox.length - mailsBefore} e-mails, not one`);
  return {
    ...measured, path, year,
    peakHeapMb: options.sampleHeap ? (peak - heapBefore) / 2 ** 20 : NaN,
    reportRows: rt.workbook.values(reportSheetName(REPORT_MONTH)).length,
  };
}

/** The report of a fresh shop holding `year`, from the trigger and from the menu (each on its own shop, so neither rebuilds the other's sheet). */
export function benchMonthlyReport(year: ReportYear = FULL_YEAR, options: { sampleHeap?: boolean } = { sampleHeap: true }): ReportBenchResult[] {
  return (['trigger', 'menu'] as const).map((path) => measureReport(buildReportShop(year), path, year, options));
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The report's table, as docs/benchmarks.md shows it. */
export function formatReportTable(results: readonly ReportBenchResult[]): string {
  const lines = [
    '| Started by | Orders in the year | Kas rows | Log rows | Service calls | Cells read | CPU | Wall | Peak heap above start |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.path === 'trigger' ? 'monthly trigger' : 'menu (Buat laporan bulanan sekarang)'} | ${grouped(r.year.orders)} | ${grouped(r.year.ledgerRows)} | ${grouped(r.year.logRows)} | ${r.serviceCalls} | ${grouped(r.cellsRead)} | ${seconds(r.cpuMs)} | ${seconds(r.wallMs)} | ${Number.isNaN(r.peakHeapMb) ? '–' : `${Math.round(r.peakHeapMb)} MB`} |`),
  ];
  for (const r of results) {
    lines.push('', `Calls by method (${r.path}):`, '', Object.entries(r.callsByMethod).map(([method, n]) => `\`${method}\` ${n}`).join(', '));
  }
  return lines.join('\n');
}

// Run alone: print the table.
if (process.argv[1] && /bench-report\.(mjs|ts)$/.test(process.argv[1])) {
  console.log(formatReportTable(benchMonthlyReport()));
}
