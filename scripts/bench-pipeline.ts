/**
 * Bench of the order pipeline on the built bundle (dist/Code.js) in the local runtime: service calls
 * and time for Konfirmasi pesanan, Approve order and Tandai dikirim (resi), for one selected order and
 * for 50, with 100, 1,000 and 10,000 rows in every sheet. `benchPipeline()` is what scripts/bench.ts
 * calls; run alone with `node build.mjs && node scripts/run.mjs scripts/bench-pipeline.ts`.
 */
import { performance } from 'node:perf_hooks';
import { LocalRuntime } from '../emulator/runtime';
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../src/sheets/schema';
import {
  appendRecords, columnLetter, fillShop, headerColumns, openShop, selectRows, sheetOrder, typedOrder, typeRows,
} from '../test/e2e/pipeline-shop';

/** One measured action. */
export interface PipelineBenchRow {
  readonly action: string;
  readonly selectedOrders: number;
  readonly sheetRows: number;
  readonly serviceCalls: number;
  readonly milliseconds: number;
  /** The action's message, to show it did the work. */
  readonly outcome: string;
  readonly callsByMethod: Record<string, number>;
}

/** The sizes the issue asks for. */
export const PIPELINE_BENCH_SIZES: readonly number[] = [100, 1000, 10000];
/** How many orders are selected in each measured run. */
export const PIPELINE_BENCH_SELECTIONS: readonly number[] = [1, 50];

/** Gives the starter products enough stock for every benched order. */
function stockUp(rt: LocalRuntime): void {
  const onHand = headerColumns(rt, STOCK_SHEET).get('onHand') as number;
  rt.edit(STOCK_SHEET.name, `${columnLetter(onHand)}2:${columnLetter(onHand)}4`, [['100000'], ['100000'], ['100000']]);
}

function measure(rt: LocalRuntime, action: string, caption: string, selected: number, sheetRows: number): PipelineBenchRow {
  rt.state.resetCallCounts();
  const start = performance.now();
  rt.clickMenu(caption);
  const milliseconds = performance.now() - start;
  const counts = rt.callCounts();
  const toasts = rt.workbook.toasts;
  const alerts = rt.workbook.alerts;
  const outcome = (toasts.at(-1)?.message ?? alerts.at(-1)?.message ?? '').split('\n')[0];
  return { action, selectedOrders: selected, sheetRows, serviceCalls: counts.total, milliseconds, outcome, callsByMethod: counts.byMethod };
}

/** Runs the six measurements on one shop whose sheets hold `sheetRows` rows each. */
export function benchPipelineAt(sheetRows: number): PipelineBenchRow[] {
  const rt = openShop();
  stockUp(rt);
  fillShop(rt, sheetRows, { orders: [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET], ledger: LEDGER_SHEET, stock: STOCK_SHEET, log: LOG_SHEET });
  const results: PipelineBenchRow[] = [];
  let batch = 0;
  for (const count of PIPELINE_BENCH_SELECTIONS) {
    batch++;
    const typed = typeRows(rt, ORDERS_SHEET, Array.from({ length: count }, (_, i) => typedOrder({ customerName: `Pembeli ${batch}-${i}`, items: 'KAOS-HTM-L x1' })));
    selectRows(rt, ORDERS_SHEET, typed);
    results.push(measure(rt, 'Konfirmasi pesanan', 'Konfirmasi pesanan', count, sheetRows));
  }
  for (const count of PIPELINE_BENCH_SELECTIONS) {
    const first = appendRecords(rt, APPROVAL_SHEET, Array.from({ length: count }, (_, i) => sheetOrder(`APV-${count}-${i}`, { fulfilment: 'Menunggu approval' })));
    selectRows(rt, APPROVAL_SHEET, Array.from({ length: count }, (_, i) => first + i));
    results.push(measure(rt, 'Approve order', 'Approve order', count, sheetRows));
  }
  for (const count of PIPELINE_BENCH_SELECTIONS) {
    const first = appendRecords(rt, SHIPPING_SHEET, Array.from({ length: count }, (_, i) => sheetOrder(`SHP-${count}-${i}`, { fulfilment: 'Sudah dikemas', courier: 'JNE', trackingNumber: `JP${100000 + i}` })));
    selectRows(rt, SHIPPING_SHEET, Array.from({ length: count }, (_, i) => first + i));
    results.push(measure(rt, 'Tandai dikirim (resi)', 'Tandai dikirim (resi)', count, sheetRows));
  }
  return results;
}

/** Every measurement at every size. */
export function benchPipeline(sizes: readonly number[] = PIPELINE_BENCH_SIZES): PipelineBenchRow[] {
  return sizes.flatMap((size) => benchPipelineAt(size));
}

const grouped = (n: number): string => n.toLocaleString('en-US');

/** The results as the Markdown table docs/benchmarks.md shows. */
export function formatPipelineBench(rows: readonly PipelineBenchRow[]): string {
  const lines = ['| Action | Selected orders | Rows per sheet | Service calls | Time (local runtime) |', '|---|---:|---:|---:|---:|'];
  for (const row of rows) {
    lines.push(`| ${row.action} | ${row.selectedOrders} | ${grouped(row.sheetRows)} | ${row.serviceCalls} | ${(row.milliseconds / 1000).toFixed(2)} s |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && /bench-pipeline\.(mjs|ts)$/.test(process.argv[1])) {
  const rows = benchPipeline();
  console.log(formatPipelineBench(rows));
  for (const row of rows) console.log(`${row.action} ×${row.selectedOrders} @${row.sheetRows}: ${row.outcome}`);
  const approveOne = rows.filter((r) => r.action === 'Approve order' && r.selectedOrders === 1);
  console.log(`\nApprove order, 1 order: ${approveOne.map((r) => r.serviceCalls).join(' / ')} calls (target ≤ 30, same at every size)`);
  console.log('Calls by method, Approve order ×1 at the largest size:');
  for (const [method, n] of Object.entries(approveOne.at(-1)?.callsByMethod ?? {})) console.log(`- \`${method}\`: ${n}`);
}
