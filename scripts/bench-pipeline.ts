/**
 * Bench of the order pipeline on the built bundle (dist/Code.js) in the local runtime, on the realistic
 * shop of scripts/bench-shop.ts: Konfirmasi pesanan, Approve order and Tandai dikirim (resi) on one order,
 * on 50 selected as one block and on 50 selected as separate rows, with the history (Gudang · Selesai,
 * Keuangan · Kas, Log) at 1,000, 10,000 and 100,000 rows beside working sheets of 300 rows, and once more
 * with 10,000 rows in each order sheet. `benchPipeline()` is what scripts/bench.ts calls; run alone with
 * `node build.mjs && node scripts/run.mjs scripts/bench-pipeline.ts`.
 */
import { ActionMeasurement, buildShop, measureShop, SELECTIONS, ShopSize, BENCH_ACTIONS } from './bench-shop';

/** The history sizes the growth table compares. */
export const HISTORY_SIZES: readonly number[] = [1_000, 10_000, 100_000];
/** Rows in each working order sheet beside the history: a few hundred, as in a busy week. */
export const WORKING_ROWS = 300;
/** The issue's "10,000 rows in each order sheet": the three working sheets and Gudang · Selesai; Kas and Log as many. */
export const ORDER_SHEETS_10K: ShopSize = { history: 10_000, working: 10_000 };

/** Every measurement of the pipeline bench. */
export interface PipelineBench {
  /** One shop per history size, working sheets of WORKING_ROWS. */
  readonly byHistory: ActionMeasurement[];
  /** The shop with 10,000 rows in each order sheet. */
  readonly orderSheets10k: ActionMeasurement[];
}

/** Runs the pipeline bench (a few minutes at full size; `sizes` makes it smaller). */
export function benchPipeline(sizes: { history: readonly number[]; working: number; tenK: ShopSize | null } = { history: HISTORY_SIZES, working: WORKING_ROWS, tenK: ORDER_SHEETS_10K }): PipelineBench {
  const byHistory = sizes.history.flatMap((history) => measureShop(buildShop({ history, working: sizes.working })));
  const orderSheets10k = sizes.tenK ? measureShop(buildShop(sizes.tenK)) : [];
  return { byHistory, orderSheets10k };
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const selectionLabel = (name: string): string => (name === '1' ? '1 order' : name === '50 block' ? '50, one block' : '50, separate rows');

/** The growth table: per action and selection, calls, cells read and time at each history size. */
export function formatGrowthTable(rows: readonly ActionMeasurement[]): string {
  const sizes = [...new Set(rows.map((r) => r.size.history))];
  const over = sizes.map(grouped).join(' / ');
  const lines = [
    `| Action | Selected | Service calls (history ${over}) | Cells read (history ${over}) | CPU s | Wall s |`,
    '|---|---|---|---|---|---|',
  ];
  for (const action of BENCH_ACTIONS) {
    for (const selection of SELECTIONS) {
      const cells = sizes.map((h) => rows.find((r) => r.action === action && r.selection === selection.name && r.size.history === h) as ActionMeasurement);
      if (cells.some((c) => !c)) continue;
      lines.push(`| ${action} | ${selectionLabel(selection.name)} | ${cells.map((c) => c.serviceCalls).join(' / ')} | ${cells.map((c) => grouped(c.cellsRead)).join(' / ')} | ${cells.map((c) => seconds(c.cpuMs)).join(' / ')} | ${cells.map((c) => seconds(c.wallMs)).join(' / ')} |`);
    }
  }
  return lines.join('\n');
}

/** The table of one shop size: per action and selection, calls, cells read and time. */
export function formatSizeTable(rows: readonly ActionMeasurement[]): string {
  const lines = ['| Action | Selected | Service calls | Cells read | CPU | Wall |', '|---|---|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.action} | ${selectionLabel(r.selection)} | ${r.serviceCalls} | ${grouped(r.cellsRead)} | ${seconds(r.cpuMs)} s | ${seconds(r.wallMs)} s |`);
  return lines.join('\n');
}

/** Where the calls of the largest 50-order clicks go, one line per action. */
export function formatCallsByMethod(rows: readonly ActionMeasurement[]): string {
  const largest = Math.max(...rows.map((r) => r.size.history));
  return rows
    .filter((r) => r.size.history === largest && r.orders === 50)
    .map((r) => `- ${r.action}, ${selectionLabel(r.selection)}: ${Object.entries(r.callsByMethod).map(([method, n]) => `\`${method}\` ${n}`).join(', ')}`)
    .join('\n');
}

if (process.argv[1] && /bench-pipeline\.(mjs|ts)$/.test(process.argv[1])) {
  const bench = benchPipeline();
  console.log(formatGrowthTable(bench.byHistory));
  console.log(`\n10,000 rows in each order sheet\n\n${formatSizeTable(bench.orderSheets10k)}`);
  console.log(`\nCalls by method\n\n${formatCallsByMethod(bench.byHistory)}`);
}
