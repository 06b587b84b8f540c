/**
 * The scale budget, on the built bundle: the bench's realistic shop (scripts/bench-shop.ts: 500 SKUs, orders
 * of 1–3 lines over random SKUs, real TK-yymm-nnnn IDs, selections of one order, of 50 in a block and of 50
 * separate rows) at a small size, with the history (Gudang · Selesai, Keuangan · Kas, Log) at 200 and at
 * 2,000 rows. An action's service calls and cells read must not grow with the history, and issue 8's call
 * goals hold as the bench states them (docs/benchmarks.md has the full-size figures). Cell goals, stated for
 * 10,000 rows in each order sheet, are scaled to the working sheets here. No goal on time is asserted.
 *
 * Goals the product does not meet yet are listed in GOALS_NOT_MET_YET and run with `it.failing`: the suite
 * stays green, and such a test turns red the day the product meets its goal — then move the entry to
 * GOALS_MET.
 */
import { GOALS } from '../../scripts/bench-goals';
import { measureReport, buildReportShop, ReportBenchResult, ReportPath, ReportYear } from '../../scripts/bench-report';
import { ActionMeasurement, BenchAction, buildShop, measureShop } from '../../scripts/bench-shop';
import { buildDashboardShop, DashboardBenchResult, measureDashboard } from '../../scripts/bench-dashboard';
import { benchPromo, PromoMeasurement } from '../../scripts/bench-promo';
import { benchStockCount, StockCountMeasurement } from '../../scripts/bench-stock-count';
import { benchContacts, ContactsMeasurement } from '../../scripts/bench-contacts';

/** Rows in each working order sheet (CS · Pesanan, Keuangan · Approval, Gudang · Pengiriman). */
const WORKING = 500;
/** The two history sizes compared. */
const SMALL_HISTORY = 200;
const LARGER_HISTORY = 2_000;
/** The two years the monthly report is compared on. */
const SMALL_YEAR: ReportYear = { orders: 1_000, ledgerRows: 500, logRows: 1_000 };
const LARGER_YEAR: ReportYear = { orders: 5_000, ledgerRows: 2_500, logRows: 5_000 };
/** Cells any action may read whatever the sizes: Gudang · Stok (500 SKUs × 10 columns), Pengaturan, headers. */
const FIXED_CELLS = 10_000;
/** The cell goal of an action, scaled from 10,000 rows per order sheet to `rows`, plus the fixed reads. */
const scaledCells = (action: BenchAction, rows: number): number => Math.round((GOALS.cells10k[action] * rows) / 10_000) + FIXED_CELLS;
/** The report's cell goal, scaled from a 100,000-order year to `orders`, plus the fixed reads. */
/**
 * The report's fixed reads, which do not grow with the year: the stock sheet (~6,300 cells at 500 SKUs),
 * Pengaturan (~600), Rencana's target rows (1,200), Keuangan · Pembelian, the headers. At the real size the
 * goal is checked unscaled by `npm run bench` (1,314,904 cells for a 100,000-order year against 1,500,000).
 */
const REPORT_FIXED_CELLS = 12_000;
const scaledReportCells = (orders: number): number => Math.round((GOALS.reportCells * orders) / 100_000) + REPORT_FIXED_CELLS;

let small: ActionMeasurement[] = [];
let larger: ActionMeasurement[] = [];
const reports = new Map<string, ReportBenchResult>();
/** The dashboard's two history sizes (older orders in Selesai, as many rows in Kas and Log, under the same recent weeks). */
const DASHBOARD_HISTORIES = [2_000, 10_000] as const;
const dashboards = new Map<string, DashboardBenchResult>();
let promo: PromoMeasurement[] = [];
let stockCounts: StockCountMeasurement[] = [];
/** The contact list at two sizes of Gudang · Selesai (and so of Marketing · Kontak). */
const CONTACT_HISTORIES = [300, 3_000] as const;
let contacts: ContactsMeasurement[] = [];

beforeAll(() => {
  small = measureShop(buildShop({ history: SMALL_HISTORY, working: WORKING }));
  larger = measureShop(buildShop({ history: LARGER_HISTORY, working: WORKING }));
  promo = benchPromo({ history: SMALL_HISTORY, working: WORKING });
  stockCounts = benchStockCount();
  contacts = benchContacts(CONTACT_HISTORIES);
  for (const year of [SMALL_YEAR, LARGER_YEAR]) {
    for (const path of ['trigger', 'menu'] as const) reports.set(`${path} ${year.orders}`, measureReport(buildReportShop(year), path, year));
  }
  for (const history of DASHBOARD_HISTORIES) {
    for (const path of ['menu', 'trigger'] as const) dashboards.set(`${path} ${history}`, measureDashboard(buildDashboardShop(history), path, history));
  }
}, 120_000);

const click = (rows: readonly ActionMeasurement[], action: BenchAction, selection: string): ActionMeasurement => {
  const found = rows.find((r) => r.action === action && r.selection === selection);
  if (!found) throw new Error(`no measurement of ${action} × ${selection}`);
  return found;
};
const report = (path: ReportPath, year: ReportYear): ReportBenchResult => reports.get(`${path} ${year.orders}`) as ReportBenchResult;
/** Per action and selection, what a measurement gives, at both history sizes. */
const atBothSizes = (action: BenchAction, figure: (m: ActionMeasurement) => number) =>
  ['1', '50 block', '50 separate'].map((selection) => ({
    selection,
    small: figure(click(small, action, selection)),
    larger: figure(click(larger, action, selection)),
  }));
const sameAtBothSizes = (action: BenchAction, figure: (m: ActionMeasurement) => number): void => {
  for (const row of atBothSizes(action, figure)) expect({ selection: row.selection, figure: row.larger }).toEqual({ selection: row.selection, figure: row.small });
};

/** One goal: what it promises the shop, and its check on the measurements. */
interface Goal {
  readonly goal: string;
  readonly check: () => void;
}

/** Goals the product meets today. */
const GOALS_MET: Goal[] = [
  {
    // Apps Script tells a multi-selection's rows range by range only (RangeList.getRanges, then one
    // getA1Notation each): that call per extra range is the whole price of picking rows one by one.
    // Rows that leave a sheet from 50 places are removed by one write of the rows that stay and one deleteRows.
    goal: 'every order action on 50 separate rows costs one call per range more than on one block, plus one write when rows leave the sheet, and nothing else more',
    check: () => {
      for (const action of ['Konfirmasi pesanan', 'Approve order', 'Tandai dikirim (resi)'] as const) {
        const block = click(larger, action, '50 block').callsByMethod;
        const separate = click(larger, action, '50 separate').callsByMethod;
        const extra = Object.fromEntries(
          Object.keys({ ...block, ...separate })
            .map((method) => [method, (separate[method] ?? 0) - (block[method] ?? 0)] as const)
            .filter(([, n]) => n !== 0),
        );
        const compaction = action === 'Tandai dikirim (resi)' ? {} : { 'Sheet.getRange': 1, 'Range.setValues': 1 };
        expect({ action, extra }).toEqual({ action, extra: { 'Range.getA1Notation': 49, ...compaction } });
      }
    },
  },
  {
    goal: `Konfirmasi pesanan of 50 orders over 500 SKUs costs at most ${GOALS.confirmCalls50} service calls`,
    check: () => expect(click(larger, 'Konfirmasi pesanan', '50 block').serviceCalls).toBeLessThanOrEqual(GOALS.confirmCalls50),
  },
  {
    // Marketing · Promo is opened only when a selected order carries a code: one read of the sheet, one write of its changed rows.
    goal: `Konfirmasi pesanan of 50 orders with no promo code stays within ${GOALS.confirmCalls50} calls; with codes it costs at most 5 calls more, the same for 10 codes as for 50`,
    check: () => {
      const [none, some, all] = promo.map((m) => m.serviceCalls);
      expect(none).toBeLessThanOrEqual(GOALS.confirmCalls50);
      expect(some - none).toBeLessThanOrEqual(5);
      expect(all).toBe(some);
    },
  },
  {
    // Gudang · Stok read once, the entries found with one TextFinder and appended in one block, the stock rows written in one block.
    // 500 new entries outgrow the cash book's 200 prepared empty rows: the sheet grows once (3 calls), whatever its history.
    goal: 'Stock opname costs the same service calls with 200 and with 10,000 rows in the cash book, and for 1 and 50 counted SKUs; 500 cost at most 3 more (the cash book grows once); the cells read do not change',
    check: () => {
      const calls = (counted: number, ledgerRows: number) => (stockCounts.find((m) => m.counted === counted && m.ledgerRows === ledgerRows) as StockCountMeasurement).serviceCalls;
      for (const counted of [1, 50, 500]) expect({ counted, calls: calls(counted, 10_000) }).toEqual({ counted, calls: calls(counted, 200) });
      expect(calls(50, 200)).toBe(calls(1, 200));
      expect(calls(500, 200) - calls(1, 200)).toBeLessThanOrEqual(3);
      expect(new Set(stockCounts.map((m) => m.cellsRead)).size).toBe(1);
    },
  },
  {
    goal: 'Konfirmasi pesanan costs the same service calls with 200 and with 2,000 rows of history',
    check: () => sameAtBothSizes('Konfirmasi pesanan', (m) => m.serviceCalls),
  },
  {
    goal: 'Approve order costs the same service calls with 200 and with 2,000 rows of history',
    check: () => sameAtBothSizes('Approve order', (m) => m.serviceCalls),
  },
  {
    goal: 'Tandai dikirim costs the same service calls with 200 and with 2,000 rows of history',
    check: () => sameAtBothSizes('Tandai dikirim (resi)', (m) => m.serviceCalls),
  },
  {
    goal: 'Tandai dikirim reads the same cells with 200 and with 2,000 rows of history',
    check: () => sameAtBothSizes('Tandai dikirim (resi)', (m) => m.cellsRead),
  },
  {
    goal: 'the monthly report costs the same service calls for a 1,000- and a 5,000-order year, from the trigger and from the menu',
    check: () => {
      for (const path of ['trigger', 'menu'] as const) {
        expect({ path, calls: report(path, LARGER_YEAR).serviceCalls }).toEqual({ path, calls: report(path, SMALL_YEAR).serviceCalls });
        expect(report(path, LARGER_YEAR).callsByMethod).toEqual(report(path, SMALL_YEAR).callsByMethod);
      }
    },
  },
  {
    goal: 'the monthly report from the trigger costs no more than 45 calls (34 for the report — 17 of them reads: Pengaturan 2, Selesai 4, Pengiriman 2, the cash book 3 (its Akun and Channel Iklan one block apart from its other columns), stock 2, Keuangan · Pembelian 2 for the payables, Rencana\'s targets 2; 13 to write and format the sheet and its chart; 4 for the lock —, 1 for the spreadsheet link in its mail, 9 for the mail through the transactional outbox, 1 for the lock\'s flush), looks each sheet up by name once (the seven it reads, the report sheet, the Outbox), and uses no Properties',
    check: () => {
      const run = report('trigger', LARGER_YEAR);
      expect(run.serviceCalls).toBeLessThanOrEqual(45);
      expect(run.callsByMethod['Spreadsheet.getSheetByName']).toBe(9);
      expect(Object.keys(run.callsByMethod).filter((method) => method.startsWith('Properties'))).toEqual([]);
    },
  },
  {
    goal: 'Konfirmasi pesanan reads the same cells with 200 and with 2,000 rows of history',
    check: () => sameAtBothSizes('Konfirmasi pesanan', (m) => m.cellsRead),
  },
  {
    goal: 'Approve order reads the same cells with 200 and with 2,000 rows of history',
    check: () => sameAtBothSizes('Approve order', (m) => m.cellsRead),
  },
  ...cellGoals(['Konfirmasi pesanan', 'Approve order', 'Tandai dikirim (resi)']),
  ...(['Perbarui kontak', 'Daftar broadcast'] as const).map((action): Goal => ({
    // Kontak is read whole (segments change with time) and written as one block: calls flat, one read and one write of it.
    goal: `${action} costs the same service calls, call by call, with ${CONTACT_HISTORIES[0].toLocaleString('en-US')} and ${CONTACT_HISTORIES[1].toLocaleString('en-US')} delivered orders (and their contacts), at most 30`,
    check: () => {
      const [small, large] = CONTACT_HISTORIES.map((history) => contacts.find((m) => m.action === action && m.history === history) as ContactsMeasurement);
      expect(large.callsByMethod).toEqual(small.callsByMethod);
      expect(large.serviceCalls).toBeLessThanOrEqual(30);
    },
  })),
  ...(['menu', 'trigger'] as const).map((path): Goal => ({
    goal: `the dashboard from the ${path} costs the same service calls, call by call, and reads the same cells with ${DASHBOARD_HISTORIES[0].toLocaleString('en-US')} and ${DASHBOARD_HISTORIES[1].toLocaleString('en-US')} older orders`,
    check: () => {
      const [small, large] = DASHBOARD_HISTORIES.map((history) => dashboards.get(`${path} ${history}`) as DashboardBenchResult);
      expect(large.callsByMethod).toEqual(small.callsByMethod);
      expect(large.cellsRead).toBe(small.cellsRead);
    },
  })),
  ...(['trigger', 'menu'] as const).map((path): Goal => ({
    goal: `the monthly report from the ${path} reads at most ${GOALS.reportCells.toLocaleString('en-US')} cells per 100,000 orders of the year (scaled to ${LARGER_YEAR.orders.toLocaleString('en-US')}, plus ${REPORT_FIXED_CELLS.toLocaleString('en-US')} of fixed reads)`,
    check: () => expect(report(path, LARGER_YEAR).cellsRead).toBeLessThanOrEqual(scaledReportCells(LARGER_YEAR.orders)),
  })),
];

/** The cell goal of each action, at the larger history. */
function cellGoals(actions: readonly BenchAction[]): Goal[] {
  return actions.map((action): Goal => ({
    goal: `${action} reads at most ${GOALS.cells10k[action].toLocaleString('en-US')} cells per 10,000 rows of each order sheet (scaled to ${WORKING.toLocaleString('en-US')}, plus ${FIXED_CELLS.toLocaleString('en-US')} for stock and settings)`,
    check: () => {
      const over = atBothSizes(action, (m) => m.cellsRead).filter((row) => row.larger > scaledCells(action, WORKING));
      expect(over).toEqual([]);
    },
  }));
}

/** Goals of issue 8 the product does not meet yet (each asserted with it.failing; move an entry to GOALS_MET once it holds). */
const GOALS_NOT_MET_YET: Goal[] = [
  {
    // Met (30) until the customer's WhatsApp message came from the shop's own template: reading CS · Template
    // is one fixed block, 2 calls (Spreadsheet.getRange + Range.getValues), whatever the shop's size — 32.
    // Issue 12 books the courier cost at shipping: the cash book opened (3 calls) and one block appended
    // (4 calls), whatever the history — 39. Reads sized by getSheetValues' -1 counts (settings, stock, the
    // headers) took 4 off — 35. Only orders a dead run left half-shipped cost a search more.
    goal: `Tandai dikirim of 50 orders over 500 SKUs costs at most ${GOALS.shipCalls50} service calls`,
    check: () => expect(click(larger, 'Tandai dikirim (resi)', '50 block').serviceCalls).toBeLessThanOrEqual(GOALS.shipCalls50),
  },
  {
    goal: `Approve order on 50 separate rows costs at most ${GOALS.approveSeparateOverBlock}× the calls of 50 in one block`,
    check: () => {
      const block = click(larger, 'Approve order', '50 block').serviceCalls;
      expect(click(larger, 'Approve order', '50 separate').serviceCalls).toBeLessThanOrEqual(GOALS.approveSeparateOverBlock * block);
    },
  },
  ...(['trigger', 'menu'] as const).map((path): Goal => ({
    goal: `the monthly report from the ${path} costs at most ${GOALS.reportCalls} service calls`,
    check: () => expect(report(path, LARGER_YEAR).serviceCalls).toBeLessThanOrEqual(GOALS.reportCalls),
  })),
];

describe('the shop’s costs as it grows (issue 8’s budget)', () => {
  for (const { goal, check } of GOALS_MET) it(goal, check);
  describe('goals not met yet (these tests pass while the goal still fails)', () => {
    for (const { goal, check } of GOALS_NOT_MET_YET) it.failing(goal, check);
  });
});
