/**
 * `Manajemen · Rencana` read purely: the decision log (plan or decision, division, owner, due date,
 * status, notes, decided on) and the monthly targets beside it (month, orders, revenue, gross margin, ad
 * budget, complaint-rate limit). Amounts may be typed with `juta`/`ribu` ("75 juta"). What a person
 * typed carelessly — a target written as words, a month the sheet cannot read — becomes a problem line
 * the dashboard shows (naming the row), never an error that stops the dashboard.
 */
import { cellText } from './cell';
import { Text } from './i18n';
import { jakartaMonth, SHORT_MONTH_NAMES_ID } from './jakarta-time';
import { parseLedgerDate } from './ledger';
import { Rupiah } from './money';
import { parsePercent, parseTypedRupiah } from './typed-figures';

/** The targets of one month (`yyyy-MM`); null where none was set. */
export interface MonthTarget {
  readonly month: string;
  readonly orders: number | null;
  readonly revenue: Rupiah | null;
  /** Gross margin aimed at (a fraction, 0.35 = 35%). */
  readonly grossMargin?: number | null;
  /** The month's ad budget: `Iklan` expenses should stay at or under it. */
  readonly adSpend?: Rupiah | null;
  /** The highest complaint rate accepted (complaints ÷ orders sold, a fraction). */
  readonly complaintRate?: number | null;
}

/** One plan or decision. */
export interface PlanItem {
  readonly rowNumber: number;
  readonly item: string;
  readonly division: string;
  readonly owner: string;
  /** Due date (epoch ms, a Jakarta day), or null when none was typed or it cannot be read. */
  readonly due: number | null;
  readonly status: string;
  readonly notes: string;
  readonly decidedOn: number | null;
}

/** What the sheet holds. */
export interface PlanSheet {
  readonly targets: ReadonlyMap<string, MonthTarget>;
  readonly items: readonly PlanItem[];
  readonly problems: readonly Text[];
}

/** A row as read, keyed by PLAN_SHEET's column keys (dates as epoch ms). */
export interface PlanRowInput {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, unknown>>;
}

const CLOSED = ['selesai', 'batal', 'done', 'cancelled'];
const MONTH_WORDS: Record<string, number> = {
  januari: 1, january: 1, februari: 2, february: 2, maret: 3, march: 3, april: 4, juni: 6, june: 6, juli: 7, july: 7,
  agustus: 8, august: 8, agt: 8, ags: 8, aug: 8, september: 9, sept: 9, oktober: 10, october: 10, oct: 10, november: 11,
  desember: 12, december: 12, dec: 12, may: 5,
};
SHORT_MONTH_NAMES_ID.forEach((name, i) => (MONTH_WORDS[name.toLowerCase()] = i + 1));

const pad = (month: number): string => String(month).padStart(2, '0');

/** Reads a target month as people type it: `2026-11`, `11/2026`, `11-2026`, `Nov 2026`, `November 2026`, or a date in the month. */
export function parseTargetMonth(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) > 1e11 ? jakartaMonth(value) : null;
  const raw = cellText(value).toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(raw);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(raw);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}`;
  m = /^([a-z]+)\.?\s+(\d{4})$/.exec(raw);
  if (m && MONTH_WORDS[m[1]]) return `${m[2]}-${pad(MONTH_WORDS[m[1]])}`;
  const day = parseLedgerDate(value);
  return day === null ? null : jakartaMonth(day);
}

/** A whole count of orders typed as a number or text (`1.000`); null when it is not one. */
function parseCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const text = cellText(value).replace(/\./g, '');
  return /^\d+$/.test(text) ? Number(text) : null;
}

const at = (rowNumber: number, id: string, en: string): Text => ({ id: `Manajemen · Rencana baris ${rowNumber}: ${id}`, en: `Manajemen · Rencana row ${rowNumber}: ${en}` });

/** Reads the rows of Manajemen · Rencana into plans, targets and problems; never throws. The first row of a month's targets wins. */
export function parsePlanSheet(rows: readonly PlanRowInput[]): PlanSheet {
  const targets = new Map<string, MonthTarget>();
  const items: PlanItem[] = [];
  const problems: Text[] = [];
  for (const { rowNumber, record } of rows) {
    const item = cellText(record.item);
    if (item !== '') {
      const dueText = cellText(record.due);
      const due = dueText === '' ? null : parseLedgerDate(record.due);
      if (dueText !== '' && due === null) problems.push(at(rowNumber, `Tenggat "${dueText}" bukan tanggal — ketik mis. 30/11/2026`, `due date "${dueText}" is not a date — type e.g. 30/11/2026`));
      items.push({
        rowNumber,
        item,
        division: cellText(record.division),
        owner: cellText(record.owner),
        due,
        status: cellText(record.status) || 'Rencana',
        notes: cellText(record.notes),
        decidedOn: cellText(record.decidedOn) === '' ? null : parseLedgerDate(record.decidedOn),
      });
    }
    const monthText = cellText(record.targetMonth);
    const ordersText = cellText(record.targetOrders);
    const revenueText = cellText(record.targetRevenue);
    const marginText = cellText(record.targetMargin);
    const adText = cellText(record.targetAdSpend);
    const complaintText = cellText(record.targetComplaintRate);
    if (monthText === '' && ordersText === '' && revenueText === '' && marginText === '' && adText === '' && complaintText === '') continue;
    const month = parseTargetMonth(record.targetMonth);
    if (month === null) {
      problems.push(monthText === ''
        ? at(rowNumber, 'target tanpa Bulan Target — ketik bulannya, mis. 2026-11', 'a target without a target month — type the month, e.g. 2026-11')
        : at(rowNumber, `Bulan Target "${monthText}" tidak terbaca — ketik mis. 2026-11`, `target month "${monthText}" cannot be read — type e.g. 2026-11`));
      continue;
    }
    const orders = ordersText === '' ? null : parseCount(record.targetOrders);
    if (ordersText !== '' && orders === null) problems.push(at(rowNumber, `Target Pesanan "${ordersText}" bukan angka — ketik mis. 900`, `target orders "${ordersText}" is not a number — type e.g. 900`));
    const revenue = revenueText === '' ? null : parseTypedRupiah(record.targetRevenue);
    if (revenueText !== '' && revenue === null) problems.push(at(rowNumber, `Target Omzet "${revenueText}" bukan angka Rupiah — ketik mis. 50000000 atau 50 juta`, `target revenue "${revenueText}" is not an amount — type e.g. 50000000 or 50 juta`));
    const grossMargin = marginText === '' ? null : parsePercent(record.targetMargin);
    if (marginText !== '' && grossMargin === null) problems.push(at(rowNumber, `Target Margin Kotor "${marginText}" bukan persen — ketik mis. 35%`, `target gross margin "${marginText}" is not a percent — type e.g. 35%`));
    const adSpend = adText === '' ? null : parseTypedRupiah(record.targetAdSpend);
    if (adText !== '' && adSpend === null) problems.push(at(rowNumber, `Anggaran Iklan "${adText}" bukan angka Rupiah — ketik mis. 5000000 atau 5 juta`, `ad budget "${adText}" is not an amount — type e.g. 5000000 or 5 juta`));
    const complaintRate = complaintText === '' ? null : parsePercent(record.targetComplaintRate);
    if (complaintText !== '' && complaintRate === null) problems.push(at(rowNumber, `Batas Rasio Komplain "${complaintText}" bukan persen — ketik mis. 2%`, `complaint rate limit "${complaintText}" is not a percent — type e.g. 2%`));
    if (targets.has(month)) {
      problems.push(at(rowNumber, `target ${month} sudah ada di baris yang lebih atas; baris ini diabaikan`, `a target for ${month} is already set in a row above; this row is ignored`));
      continue;
    }
    targets.set(month, { month, orders, revenue, grossMargin, adSpend, complaintRate });
  }
  return { targets, items, problems };
}

/** Whether a plan is still open (not Selesai or Batal). */
export function isOpenPlan(item: PlanItem): boolean {
  return !CLOSED.includes(item.status.toLowerCase());
}

/** Open plans whose due date is before `todayStart` (epoch ms of today's Jakarta midnight), the most overdue first. */
export function overduePlans(items: readonly PlanItem[], todayStart: number): PlanItem[] {
  return items.filter((i) => isOpenPlan(i) && i.due !== null && i.due < todayStart).sort((a, b) => (a.due as number) - (b.due as number));
}
