/**
 * Bench of the management dashboard on the built bundle in the local runtime, both ways it is rebuilt:
 * Toko → Perbarui dashboard and the owner's daily digest trigger (which rebuilds it and mails the digest;
 * the 06.00 trigger does the same reads and writes without the mail). The shop has the same
 * recent weeks — 30 orders a day for the last 40 days, each with its cash-book sale and Log lines, and
 * a few hundred orders in the working sheets — over an older history of a given size in Gudang · Selesai,
 * Keuangan · Kas and the Log. What the dashboard reads must not grow with that history.
 * `benchDashboard()` is what scripts/bench.ts calls; run alone with
 * `node build.mjs && node scripts/run.mjs scripts/bench-dashboard.ts`.
 */
import { LocalRuntime } from '../emulator/runtime';
import { jakartaInstant } from '../src/domain/jakarta-time';
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../src/sheets/schema';
import { openShop } from '../test/e2e/pipeline-shop';
import { appendHost, BenchRow, catalogue, clearHost, fitRows, ledgerOf, logOf, measure, Measurement, OrderIds, OrderStage, recordedOrder, seededRandom, stockOf, typedNewOrder } from './bench-shop';

/** How the dashboard was rebuilt. */
export type DashboardPath = 'menu' | 'trigger';

/** One measured rebuild. */
export interface DashboardBenchResult extends Measurement {
  readonly path: DashboardPath;
  /** Older orders in Gudang · Selesai (the cash book and the Log hold as many rows again). */
  readonly history: number;
}

/** The moment of the rebuild: 29 Nov 2026 06.00 WIB, the daily trigger's. */
export const DASHBOARD_RUN_AT = jakartaInstant(2026, 11, 29, 6);
const DAY = 24 * 60 * 60 * 1000;
/** The recent weeks every benched shop shares. */
const RECENT_DAYS = 40;
const PER_DAY = 30;

/** A shop after Setup with `history` older orders (and as many cash-book rows and Log lines) under the same recent weeks. */
export function buildDashboardShop(history: number): LocalRuntime {
  const rt = openShop();
  const random = seededRandom(21);
  const products = catalogue();
  const ids = new OrderIds();
  const recentStart = DASHBOARD_RUN_AT - RECENT_DAYS * DAY;
  const oldStart = recentStart - 365 * DAY;
  const old: BenchRow[] = [];
  for (let i = 0; i < history; i++) old.push(recordedOrder(random, products, ids.take(oldStart + Math.floor((i / history) * 300 * DAY)), oldStart + Math.floor((i / history) * 300 * DAY), 'delivered').row);
  const sheets = { done: [] as BenchRow[], shipping: [] as BenchRow[], approval: [] as BenchRow[], intake: [] as BenchRow[] };
  const stages: OrderStage[] = ['shipped', 'packed', 'waiting-packing', 'approval-paid', 'approval-unpaid', 'approval-cod'];
  const recentRandom = seededRandom(22);
  for (let i = 0; i < RECENT_DAYS * PER_DAY; i++) {
    const at = recentStart + Math.floor((i / (RECENT_DAYS * PER_DAY)) * RECENT_DAYS * DAY);
    if (DASHBOARD_RUN_AT - at > 4 * DAY) {
      sheets.done.push(recordedOrder(recentRandom, products, ids.take(at), at, recentRandom() < 0.05 ? 'cancelled' : 'delivered').row);
    } else if (recentRandom() < 0.1) {
      const typed = typedNewOrder(recentRandom, products);
      sheets.intake.push({ ...typed, shippingCost: Number(typed.shippingCost), orderDate: at, fulfilment: 'Baru' });
    } else {
      const stage = stages[Math.floor(recentRandom() * stages.length)];
      const { row } = recordedOrder(recentRandom, products, ids.take(at), at, stage);
      (stage.startsWith('approval') ? sheets.approval : sheets.shipping).push(row);
    }
  }
  clearHost(rt, STOCK_SHEET);
  appendHost(rt, STOCK_SHEET, stockOf(products, new Map(), new Map()));
  appendHost(rt, DONE_SHEET, [...old, ...sheets.done]);
  appendHost(rt, SHIPPING_SHEET, sheets.shipping);
  appendHost(rt, APPROVAL_SHEET, sheets.approval);
  appendHost(rt, ORDERS_SHEET, sheets.intake);
  const recent = [...sheets.done, ...sheets.shipping];
  appendHost(rt, LEDGER_SHEET, [...ledgerOf(old, history, random, oldStart), ...ledgerOf(recent, recent.length, recentRandom, recentStart)]);
  appendHost(rt, LOG_SHEET, [...logOf(old, history, random, oldStart), ...logOf(recent, recent.length * 2, recentRandom, recentStart)]);
  for (const spec of [STOCK_SHEET, DONE_SHEET, SHIPPING_SHEET, APPROVAL_SHEET, ORDERS_SHEET, LEDGER_SHEET, LOG_SHEET]) fitRows(rt, spec);
  rt.state.setNow(DASHBOARD_RUN_AT);
  rt.state.resetCallCounts();
  return rt;
}

/** Rebuilds the dashboard one way on `rt`, measured; throws unless the sheet was written (and, from the trigger, one digest sent). */
export function measureDashboard(rt: LocalRuntime, path: DashboardPath, history: number): DashboardBenchResult {
  const mails = rt.outbox.length;
  const measured = measure(rt, () => {
    if (path === 'trigger') rt.call('dailyDigestTrigger', [], { mode: 'time-trigger' });
    else rt.clickMenu('Perbarui dashboard');
  });
  if (rt.failures.length) throw new Error(`bench: the dashboard ${path} failed: ${JSON.stringify(rt.failures)}`);
  if (!rt.workbook.sheetNames().includes('Manajemen · Dashboard')) throw new Error('bench: no dashboard sheet');
  if (path === 'trigger' && rt.outbox.length !== mails + 1) throw new Error(`bench: the trigger sent ${rt.outbox.length - mails} digests, not one`);
  return { ...measured, path, history };
}

/** The dashboard at each history size, from the menu and from the trigger (each on a fresh shop). */
export function benchDashboard(histories: readonly number[] = [2_000, 50_000]): DashboardBenchResult[] {
  return histories.flatMap((history) => (['menu', 'trigger'] as const).map((path) => measureDashboard(buildDashboardShop(history), path, history)));
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The dashboard's table, as docs/benchmarks.md shows it. */
export function formatDashboardTable(results: readonly DashboardBenchResult[]): string {
  return [
    '| Rebuilt by | Older orders in Selesai (and rows in Kas, Log) | Service calls | Cells read | CPU |',
    '|---|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.path === 'menu' ? 'menu (Perbarui dashboard)' : 'daily digest trigger (+ dashboard)'} | ${grouped(r.history)} | ${r.serviceCalls} | ${grouped(r.cellsRead)} | ${(r.cpuMs / 1000).toFixed(2)} s |`),
  ].join('\n');
}

// Run alone: print the table.
if (process.argv[1] && /bench-dashboard\.(mjs|ts)$/.test(process.argv[1])) {
  console.log(formatDashboardTable(benchDashboard()));
}
