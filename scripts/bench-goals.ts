/**
 * Issue 8's goals for the cost of each action, as numbers (shared by the bench's goal table and the scale
 * budget test), and their verdict on the bench's measurements: each goal with what was measured and
 * whether it holds. Times are judged on CPU time, which a busy machine disturbs less than wall time.
 */
import type { ActionMeasurement, BenchAction } from './bench-shop';
import type { PipelineBench } from './bench-pipeline';
import type { ReportBenchResult } from './bench-report';

/** The goals' numbers. */
export const GOALS = {
  /** Tandai dikirim, 50 orders spread over 500 SKUs: at most this many service calls. */
  shipCalls50: 30,
  /** Konfirmasi pesanan, 50 orders over 500 SKUs: at most this many service calls. */
  confirmCalls50: 50,
  /** Approve order on 50 separate rows: at most this many times the calls of 50 in one block. */
  approveSeparateOverBlock: 1.5,
  /** Cells read with 10,000 rows in each order sheet, per action, at most. */
  cells10k: { 'Konfirmasi pesanan': 100_000, 'Approve order': 80_000, 'Tandai dikirim (resi)': 60_000 } as Record<BenchAction, number>,
  /** Monthly report on a 100,000-order year, trigger and menu: at most this many service calls. */
  reportCalls: 30,
  /** … at most this many cells read. */
  reportCells: 1_500_000,
  /** … in less than this many seconds. */
  reportSeconds: 5,
  /** Konfirmasi pesanan of 50 orders at 10,000 rows per order sheet: less than this many CPU seconds. */
  confirmCpuSeconds10k: 0.2,
} as const;

/** One goal's verdict. */
export interface GoalVerdict {
  readonly goal: string;
  readonly measured: string;
  readonly holds: boolean;
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');
const find = (rows: readonly ActionMeasurement[], action: BenchAction, selection: string, history?: number): ActionMeasurement[] =>
  rows.filter((r) => r.action === action && r.selection === selection && (history === undefined || r.size.history === history));

/** The verdict on every goal of the issue's table, from the bench's measurements. */
export function judgeGoals(pipeline: PipelineBench, report: readonly ReportBenchResult[]): GoalVerdict[] {
  const verdicts: GoalVerdict[] = [];
  const largest = Math.max(...pipeline.byHistory.map((r) => r.size.history));
  const at = (action: BenchAction, selection: string): ActionMeasurement => find(pipeline.byHistory, action, selection, largest)[0];

  const callGoals = [
    ['Tandai dikirim (resi)', 'Tandai dikirim', GOALS.shipCalls50],
    ['Konfirmasi pesanan', 'Konfirmasi pesanan', GOALS.confirmCalls50],
  ] as const;
  for (const [action, label, limit] of callGoals) {
    const oneBlock = at(action, '50 block');
    const separateRows = at(action, '50 separate');
    verdicts.push({
      goal: `${label}, 50 orders over 500 SKUs: ≤ ${limit} calls`,
      measured: `${oneBlock.serviceCalls} calls (one block; ${separateRows.serviceCalls} as separate rows)`,
      holds: oneBlock.serviceCalls <= limit,
    });
  }
  const block = at('Approve order', '50 block');
  const separate = at('Approve order', '50 separate');
  verdicts.push({
    goal: `Approve order, 50 separate rows: ≤ ${GOALS.approveSeparateOverBlock}× one block`,
    measured: `${separate.serviceCalls} vs ${block.serviceCalls} calls (${(separate.serviceCalls / block.serviceCalls).toFixed(2)}×)`,
    holds: separate.serviceCalls <= GOALS.approveSeparateOverBlock * block.serviceCalls,
  });
  for (const action of Object.keys(GOALS.cells10k) as BenchAction[]) {
    const limit = GOALS.cells10k[action];
    const tenK = pipeline.orderSheets10k.filter((r) => r.action === action);
    const worst = tenK.reduce((max, r) => Math.max(max, r.cellsRead), 0);
    verdicts.push({
      goal: `${action}: cells read with 10,000 rows in each order sheet ≤ ${grouped(limit)} (any selection)`,
      measured: `${grouped(worst)} (most of 1 / 50 block / 50 separate)`,
      holds: tenK.length > 0 && worst <= limit,
    });
    const growing = ['1', '50 block', '50 separate'].filter((selection) => new Set(find(pipeline.byHistory, action, selection).map((r) => r.cellsRead)).size > 1);
    const sizes = [...new Set(pipeline.byHistory.map((r) => r.size.history))].map(grouped).join(' / ');
    const one = find(pipeline.byHistory, action, '50 block').map((r) => grouped(r.cellsRead)).join(' / ');
    verdicts.push({
      goal: `${action}: cells read do not grow with Gudang · Selesai, Keuangan · Kas and Log (${sizes} rows)`,
      measured: growing.length ? `grow: ${one} (50, one block)` : `${one} (50, one block)`,
      holds: growing.length === 0,
    });
  }
  const callsGrowing = pipeline.byHistory.filter((r) => pipeline.byHistory.some((o) => o.action === r.action && o.selection === r.selection && o.serviceCalls !== r.serviceCalls));
  verdicts.push({
    goal: 'Service calls of every action do not grow with the history',
    measured: callsGrowing.length ? `differ: ${[...new Set(callsGrowing.map((r) => `${r.action} × ${r.selection}`))].join(', ')}` : 'the same at every size',
    holds: callsGrowing.length === 0,
  });
  for (const path of ['trigger', 'menu'] as const) {
    const run = report.find((r) => r.path === path);
    if (!run) continue;
    const label = `Monthly report on a ${grouped(run.year.orders)}-order year (${path === 'trigger' ? 'trigger' : 'menu'})`;
    verdicts.push({ goal: `${label}: ≤ ${GOALS.reportCalls} calls`, measured: `${run.serviceCalls} calls`, holds: run.serviceCalls <= GOALS.reportCalls });
    verdicts.push({ goal: `${label}: ≤ ${grouped(GOALS.reportCells)} cells read`, measured: grouped(run.cellsRead), holds: run.cellsRead <= GOALS.reportCells });
    verdicts.push({
      goal: `${label}: < ${GOALS.reportSeconds} s (CPU)`,
      measured: `${(run.cpuMs / 1000).toFixed(2)} s CPU (${(run.wallMs / 1000).toFixed(2)} s wall); peak heap +${Math.round(run.peakHeapMb)} MB`,
      holds: run.cpuMs < GOALS.reportSeconds * 1000,
    });
  }
  const confirm10k = pipeline.orderSheets10k.filter((r) => r.action === 'Konfirmasi pesanan' && r.orders === 50);
  const slowest = confirm10k.reduce((max, r) => Math.max(max, r.cpuMs), 0);
  verdicts.push({
    goal: `Konfirmasi pesanan, 50 orders at 10,000 rows per order sheet: < ${GOALS.confirmCpuSeconds10k} s CPU`,
    measured: `${confirm10k.map((r) => `${(r.cpuMs / 1000).toFixed(2)} s`).join(' / ')} (block / separate)`,
    holds: confirm10k.length > 0 && slowest < GOALS.confirmCpuSeconds10k * 1000,
  });
  return verdicts;
}

/** The goal table as docs/benchmarks.md shows it. */
export function formatGoalTable(verdicts: readonly GoalVerdict[]): string {
  return [
    '| Goal (issue 8) | Measured | Holds |',
    '|---|---|:---:|',
    ...verdicts.map((v) => `| ${v.goal} | ${v.measured} | ${v.holds ? 'yes' : '**no**'} |`),
  ].join('\n');
}
