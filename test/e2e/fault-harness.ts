/**
 * Fault injection on the built bundle: runs one action of a scenario with a failure injected at a
 * chosen service call, lets the person click again and the outbox retry trigger run once, and compares
 * the end state with a clean run's — orders, cash book, stock, purchase orders, report sheets, and the
 * mail sent (by identity: what a mail is about, not its wording).
 *
 * Two kinds of failure at call k (counted from the action's first service call):
 * - `throws-once`: the k-th call throws an Error once; the action ends however it ends.
 * - `run-dies`: the k-th call and every later call of that execution throw, as when Apps Script stops
 *   an execution (time limit, quota, a crash). The emulator releases the execution's locks when it ends,
 *   as Apps Script does (emulator/services/lock.ts).
 *
 * A mail "of unknown send state" is one the failed execution sent (MailApp accepted it) with no
 * spreadsheet or property write of that execution between the send and the failure: nothing could have
 * recorded that it went out, so resending it once is allowed. Every other mail must go out exactly once.
 */
import type { SentMail } from '../../emulator/services/mail';
import type { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, BROADCAST_SHEET_NAME, COD_TALLY_SHEET, COMPLAINTS_SHEET, CONTACTS_SHEET, DONE_SHEET, LEDGER_SHEET, ORDERS_SHEET, PAYOUT_SHEET, PROMO_SHEET, PURCHASES_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET } from '../../src/sheets/schema';
import { recordsOf } from './pipeline-shop';

/**
 * Actions whose fault points are known to end different from a clean run. Their figures are still
 * measured and printed, but not asserted to be zero. Every action NOT listed here must have zero
 * divergent points. The analysis of each divergence is in docs/reliability.md.
 */
export const KNOWN_DIVERGENT: ReadonlySet<string> = new Set<string>([]);

/** How the failure at call k behaves. */
export type FaultMode = 'throws-once' | 'run-dies';

/** Both failure kinds, in the order the suite tries them. */
export const FAULT_MODES: readonly FaultMode[] = ['throws-once', 'run-dies'];

/** One action in one small, realistic shop: how to get there, how the person acts, and how they click again. */
export interface FaultScenario {
  /** The menu caption or trigger handler: the row of the figures table. */
  readonly action: string;
  /** The shop and what happens, in one sentence (English, for docs/reliability.md). */
  readonly story: string;
  /** A fresh runtime with the shop just before the action; the call counter is zero. */
  arrange(): LocalRuntime;
  /** The action itself, as the person (or Google's clock) starts it. Errors propagate. */
  act(rt: LocalRuntime): void;
  /** What the person does after seeing the failure: select what is still there and click again (or the next trigger run). */
  rerun(rt: LocalRuntime): void;
}

/** The state a fault must not change: what a clean run leaves. Mail is compared separately, by identity. */
export interface ShopState {
  readonly orders: Record<string, string[]>;
  readonly ledger: string[];
  readonly stock: string[];
  readonly purchases: string[];
  readonly reports: Record<string, string>;
  readonly complaints: string[];
  /** Marketing · Promo's uses (code, Terpakai, Diskon Diberikan, trail) and Marketing · Kontak's customers, where those sheets exist. */
  readonly marketing?: string[];
  /** The COD tally's cells (Gudang · Rekap COD, hidden) where it exists: returns per customer, COD per city, orders counted. */
  readonly cod?: string[];
  /** Keuangan · Pencairan's rows (ID, expected, difference, status) and each order's courier cost and payout, where present (issue 12). */
  readonly payouts?: string[];
}

/** One fault point tried: where it failed, and how the end state differs (empty: it did not). */
export interface FaultPoint {
  readonly action: string;
  readonly mode: FaultMode;
  /** 1-based call number within the action; 0 is the no-fault baseline (act, rerun, retry). */
  readonly call: number;
  /** The service method at that call in the clean run. */
  readonly method: string;
  readonly differences: string[];
}

const ORDER_SHEETS: readonly SheetSpec[] = [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET];

const text = (value: unknown): string => (value instanceof Date ? 'date' : value === undefined || value === null ? '' : String(value));

/** The end state (see ShopState): timestamps left out, since a rerun happens later than the first click. */
export function shopState(rt: LocalRuntime): ShopState {
  const names = rt.workbook.sheetNames();
  const orders: Record<string, string[]> = {};
  for (const spec of ORDER_SHEETS) {
    orders[spec.name] = names.includes(spec.name)
      ? recordsOf(rt, spec).map((r) =>
          [r.orderId, r.customerName, r.items, r.paymentMethod, r.paymentStatus, r.fulfilment, r.courier, r.trackingNumber, r.total, r.rejectReason, r.complaint, r.notes, r.codRisk]
            .map(text)
            .join(' | '),
        )
      : ['(sheet missing)'];
  }
  const rowsOf = (spec: SheetSpec, keys: string[]) =>
    names.includes(spec.name) ? recordsOf(rt, spec).map((r) => keys.map((k) => text(r[k])).join(' | ')) : ['(sheet missing)'];
  const reports: Record<string, string> = {};
  for (const name of names.filter((n) => n.startsWith('Laporan ') || n === 'Manajemen · Dashboard' || n === 'Marketing · Harga')) {
    const sheet = rt.workbook.model.sheetByName(name);
    // The built-at line names the hour the sheet was built; a catch-up builds it later than the clean run.
    const values = rt.workbook.values(name).map((row) => row.map(text).join('\t')).join('\n').replace(/\d{1,2} \S{3} \d{4},? \d{2}[.:]\d{2}/g, '<time>');
    reports[name] = `${sheet?.charts.length ?? 0} chart(s)\n${values}`;
  }
  return {
    orders,
    ledger: rowsOf(LEDGER_SHEET, ['entryId', 'type', 'category', 'amount', 'reference']).sort(),
    stock: rowsOf(STOCK_SHEET, ['sku', 'onHand', 'reserved', 'available', 'costPrice', 'damaged']),
    purchases: rowsOf(PURCHASES_SHEET, ['poId', 'sku', 'quantity', 'received', 'receiveNow', 'status']),
    reports,
    complaints: rowsOf(COMPLAINTS_SHEET, ['complaintId', 'orderId', 'type', 'words', 'division', 'status', 'sla', 'solution', 'solutionDetail', 'replacementOrderId', 'refundAmount', 'waLink']),
    marketing: [
      ...rowsOf(PROMO_SHEET, ['code', 'uses', 'discountGiven', 'usedBy']),
      ...rowsOf(CONTACTS_SHEET, ['phone', 'name', 'orderCount', 'totalSpent', 'counted']),
      ...rowsOf(CONTACTS_SHEET, ['phone', 'segment', 'consent']),
      ...(names.includes(BROADCAST_SHEET_NAME) ? rt.workbook.values(BROADCAST_SHEET_NAME).map((row) => row.map(text).join(' | ')) : []),
    ].filter((line) => line !== '(sheet missing)'),
    cod: names.includes(COD_TALLY_SHEET.name) ? rt.workbook.values(COD_TALLY_SHEET.name).flat().map(text).filter((cell) => cell !== '') : [],
    payouts: [
      ...rowsOf(PAYOUT_SHEET, ['payoutId', 'amount', 'orders', 'expected', 'difference', 'status']),
      ...[SHIPPING_SHEET, DONE_SHEET].flatMap((spec) => rowsOf(spec, ['orderId', 'courierCost', 'payoutId'])),
    ].filter((line) => line !== '(sheet missing)'),
  };
}

/**
 * What a mail is about, independent of its wording: a packing list is one identity per order it lists,
 * a report its month, a PO its PO ID; anything else its subject.
 */
export function mailIdentities(mail: SentMail): string[] {
  const report = /Laporan keuangan (\S+ \d{4})|Finance report (\S+ \d{4})/i.exec(mail.subject);
  if (report) return [`report ${report[1] ?? report[2]}`];
  if (/packing list/i.test(mail.subject)) {
    const ids = new Set(`${mail.subject}\n${mail.body}`.match(/TK-\d{4}-\d{4}/g) ?? []);
    return [...ids].sort().map((id) => `packing list ${id}`);
  }
  const po = /\b(?:PO|Purchase order) (\S+) (?:dari|from)\b/.exec(mail.subject);
  if (po) return [`PO ${po[1]}`];
  return [`mail "${mail.subject}"`];
}

/** How many times each identity went out, over the given mails. */
export function identityCounts(mails: readonly SentMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails) for (const id of mailIdentities(mail)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** A service method that changes the spreadsheet or the stored properties (a place a send could be recorded). */
export function isWrite(method: string): boolean {
  return /^(Range|RangeList)\.(set|clear|insert|delete|merge|copy|move|sort|remove|check|uncheck|trim|autoFill)/.test(method)
    || /^Sheet\.(append|delete|insert|set|clear|sort|move|remove|hide|show|autoResize)/.test(method)
    || /^Spreadsheet\.(insert|delete|set|rename|move|duplicate|remove)/.test(method)
    || /^Properties\.(set|delete)/.test(method);
}

interface TracedCall {
  readonly call: number;
  readonly method: string;
  readonly execution: number;
  /** How many mails had been sent when this call started. */
  readonly mailsBefore: number;
}

/** A fault armed on a runtime; `disarm` removes it and says which mails' send state is unknown. */
interface ArmedFault {
  disarm(): { unknownMails: SentMail[] };
}

/** Arms the failure (see the file comment) at call `k` of the runtime's counter. */
export function armFault(rt: LocalRuntime, mode: FaultMode, k: number): ArmedFault {
  const trace: TracedCall[] = [];
  let deadExecution: number | undefined;
  const remove = rt.state.addCallHook((method, call, execution) => {
    const executionId = execution?.id ?? 0;
    trace.push({ call, method, execution: executionId, mailsBefore: rt.outbox.length });
    if (call === k) {
      if (mode === 'run-dies') deadExecution = executionId;
      throw new Error(`Injected failure at call ${k} (${method})`);
    }
    if (mode === 'run-dies' && deadExecution === executionId && call > k) {
      throw new Error(`Execution stopped (injected at call ${k}); ${method} not run`);
    }
  });
  return {
    disarm() {
      remove();
      const fault = trace.find((t) => t.call === k);
      if (!fault) return { unknownMails: [] };
      const unknownMails: SentMail[] = [];
      const before = trace.filter((t) => t.call < k && t.execution === fault.execution);
      for (const [i, t] of before.entries()) {
        const next = i + 1 < before.length ? before[i + 1].mailsBefore : fault.mailsBefore;
        if (next <= t.mailsBefore) continue; // this call sent nothing
        const recorded = before.slice(i + 1).some((later) => isWrite(later.method));
        if (!recorded) unknownMails.push(...rt.outbox.slice(t.mailsBefore, next));
      }
      return { unknownMails };
    },
  };
}

/** Runs the hourly retry trigger once as Google would (a time-driven execution); its error is a difference. */
export function retryTriggerOnce(rt: LocalRuntime): string[] {
  try {
    rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });
    return [];
  } catch (e) {
    return [`the outbox retry trigger threw: ${(e as Error).message}`];
  }
}

/** Differences between two end states, one line per sheet that differs. */
export function stateDifferences(expected: ShopState, actual: ShopState): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const sheet of Object.keys(expected.orders)) {
    if (!same(expected.orders[sheet], actual.orders[sheet])) out.push(`${sheet}: expected [${expected.orders[sheet].join('; ')}], got [${(actual.orders[sheet] ?? []).join('; ')}]`);
  }
  if (!same(expected.ledger, actual.ledger)) out.push(`Keuangan · Kas: expected [${expected.ledger.join('; ')}], got [${actual.ledger.join('; ')}]`);
  if (!same(expected.stock, actual.stock)) out.push(`Gudang · Stok: expected [${expected.stock.join('; ')}], got [${actual.stock.join('; ')}]`);
  if (!same(expected.complaints, actual.complaints)) out.push(`CS · Komplain: expected [${expected.complaints.join('; ')}], got [${actual.complaints.join('; ')}]`);
  if (!same(expected.marketing ?? [], actual.marketing ?? [])) out.push(`Marketing: expected [${(expected.marketing ?? []).join('; ')}], got [${(actual.marketing ?? []).join('; ')}]`);
  if (!same(expected.cod ?? [], actual.cod ?? [])) out.push(`${COD_TALLY_SHEET.name}: expected [${(expected.cod ?? []).join('; ')}], got [${(actual.cod ?? []).join('; ')}]`);
  if (!same(expected.purchases, actual.purchases)) out.push(`Keuangan · Pembelian: expected [${expected.purchases.join('; ')}], got [${actual.purchases.join('; ')}]`);
  const reportNames = [...new Set([...Object.keys(expected.reports), ...Object.keys(actual.reports)])].sort();
  for (const name of reportNames) {
    const e = expected.reports[name];
    const a = actual.reports[name];
    if (e === a) continue;
    if (a === undefined) out.push(`${name}: missing`);
    else if (e === undefined) out.push(`${name}: should not exist`);
    else out.push(`${name}: content differs (${a.split('\n')[0]} vs ${e.split('\n')[0]} expected)`);
  }
  return out;
}

/** Differences in mail: every expected identity at least once, at most once unless its send state was unknown, nothing else. */
export function mailDifferences(expected: Map<string, number>, sent: readonly SentMail[], unknown: readonly SentMail[]): string[] {
  const out: string[] = [];
  const counts = identityCounts(sent);
  const allowance = identityCounts(unknown);
  for (const [id] of expected) {
    const n = counts.get(id) ?? 0;
    const max = 1 + (allowance.get(id) ?? 0);
    if (n === 0) out.push(`mail lost: ${id} never sent`);
    else if (n > max) out.push(`mail duplicated: ${id} sent ${n} times${max > 1 ? ` (send state unknown: up to ${max} allowed)` : ''}`);
  }
  for (const [id, n] of counts) if (!expected.has(id)) out.push(`unexpected mail: ${id} (${n}×)`);
  return out;
}

/** Drops the answers queued for prompts the failed run never reached (the person answers anew when clicking again). */
export function forgetQueuedAnswers(rt: LocalRuntime): void {
  // FakeWorkbook keeps its queue private; the harness empties it between the failed run and the rerun.
  const env = (rt.workbook as unknown as { env: { recordings: { pendingAnswers: unknown[] } } }).env;
  env.recordings.pendingAnswers.length = 0;
}

/** The clean run of a scenario: its end state, its mail, and the service methods of the action in call order. */
export interface CleanRun {
  readonly state: ShopState;
  readonly mail: Map<string, number>;
  readonly methods: string[];
}

/** Runs the scenario without a fault (act, then the retry trigger once) and records its calls. */
export function cleanRun(scenario: FaultScenario): CleanRun {
  const rt = scenario.arrange();
  const methods: string[] = [];
  const remove = rt.state.addCallHook((method) => {
    methods.push(method);
  });
  scenario.act(rt);
  remove();
  const retry = retryTriggerOnce(rt);
  if (retry.length) throw new Error(`clean run of ${scenario.action}: ${retry.join('; ')}`);
  return { state: shopState(rt), mail: identityCounts(rt.outbox), methods };
}

/** One fault point: fail at call k (k = 0: no fault), click again, retry once, compare with the clean run. */
export function tryFaultPoint(scenario: FaultScenario, clean: CleanRun, mode: FaultMode, k: number): FaultPoint {
  const rt = scenario.arrange();
  const armed = k > 0 ? armFault(rt, mode, k) : undefined;
  const differences: string[] = [];
  try {
    scenario.act(rt);
  } catch {
    // the failed run: Apps Script shows the error (or records the trigger's failure); nothing to do here
  }
  const { unknownMails } = armed ? armed.disarm() : { unknownMails: [] };
  forgetQueuedAnswers(rt);
  try {
    scenario.rerun(rt);
  } catch (e) {
    differences.push(`the clean rerun threw: ${(e as Error).message}`);
  }
  differences.push(...retryTriggerOnce(rt));
  differences.push(...stateDifferences(clean.state, shopState(rt)));
  differences.push(...mailDifferences(clean.mail, rt.outbox, unknownMails));
  return { action: scenario.action, mode, call: k, method: k > 0 ? clean.methods[k - 1] : '(no fault)', differences };
}

/** Every fault point of a scenario: the baseline, then both modes at every call of the clean run. */
export function sweep(scenario: FaultScenario): { clean: CleanRun; points: FaultPoint[] } {
  const clean = cleanRun(scenario);
  const points: FaultPoint[] = [tryFaultPoint(scenario, clean, 'throws-once', 0)];
  for (const mode of FAULT_MODES) {
    for (let k = 1; k <= clean.methods.length; k++) points.push(tryFaultPoint(scenario, clean, mode, k));
  }
  return { clean, points };
}

/** Per-action figures: fault points tried and those that ended different (the baseline counts as a point). */
export interface FaultFigures {
  readonly action: string;
  readonly calls: number;
  readonly tried: number;
  readonly divergent: number;
  readonly divergentThrowsOnce: number;
  readonly divergentRunDies: number;
}

/** The figures of one sweep. */
export function figuresOf(action: string, calls: number, points: readonly FaultPoint[]): FaultFigures {
  const bad = points.filter((p) => p.differences.length > 0);
  return {
    action,
    calls,
    tried: points.length,
    divergent: bad.length,
    divergentThrowsOnce: bad.filter((p) => p.mode === 'throws-once').length,
    divergentRunDies: bad.filter((p) => p.mode === 'run-dies').length,
  };
}

/** The figures as a Markdown table with a total row. */
export function figuresTable(rows: readonly FaultFigures[]): string {
  const total = rows.reduce(
    (t, r) => ({ calls: t.calls + r.calls, tried: t.tried + r.tried, divergent: t.divergent + r.divergent, once: t.once + r.divergentThrowsOnce, dies: t.dies + r.divergentRunDies }),
    { calls: 0, tried: 0, divergent: 0, once: 0, dies: 0 },
  );
  const lines = [
    '| Action | Service calls (clean run) | Fault points tried | Ended different | of which "throws once" | of which "run dies" |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.action} | ${r.calls} | ${r.tried} | ${r.divergent} | ${r.divergentThrowsOnce} | ${r.divergentRunDies} |`),
    `| **Total** | ${total.calls} | ${total.tried} | ${total.divergent} | ${total.once} | ${total.dies} |`,
  ];
  return lines.join('\n');
}
