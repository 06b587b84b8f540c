/**
 * A month's actuals against its targets in `Manajemen · Rencana` (docs/management.md), pure: orders
 * sold, revenue and gross margin are goals to reach (met at or above the target); ad spend and the
 * complaint rate are limits (met at or under). `Capaian` is actual ÷ target either way — for a limit it
 * is how much of it is used. The dashboard shows the month to date, the monthly report the whole month.
 */
import { Lang, Text } from './i18n';
import { MonthTarget } from './management-plan';
import { Rupiah } from './money';
import type { FigureFormat, ReportLine } from './report-render';

/** The actuals a target is compared with. */
export interface TargetActuals {
  readonly orders: number;
  readonly revenue: Rupiah;
  /** Gross profit ÷ revenue; null without revenue. */
  readonly grossMargin: number | null;
  readonly adSpend: Rupiah;
  /** Complaints ÷ orders sold; null without orders. */
  readonly complaintRate: number | null;
}

/** One target against its actual. */
export interface TargetLine {
  readonly label: Text;
  readonly format: FigureFormat;
  readonly actual: number | null;
  readonly target: number;
  /** Actual ÷ target (null when either is missing or the target is 0). */
  readonly achieved: number | null;
  /** A goal to reach (`atLeast`) or a limit to stay under (`atMost`). */
  readonly kind: 'atLeast' | 'atMost';
  /** Whether the actual meets it (null without an actual). */
  readonly met: boolean | null;
}

const LABELS = {
  orders: { id: 'Pesanan terjual', en: 'Orders sold' },
  revenue: { id: 'Omzet', en: 'Revenue' },
  grossMargin: { id: 'Margin kotor', en: 'Gross margin' },
  adSpend: { id: 'Biaya iklan (anggaran)', en: 'Ad spend (budget)' },
  complaintRate: { id: 'Rasio komplain (batas)', en: 'Complaint rate (limit)' },
} satisfies Record<keyof TargetActuals, Text>;

/** The targets set for the month against the actuals, in a fixed order; targets left blank are left out. */
export function compareWithTargets(actual: TargetActuals, target: MonthTarget | null): TargetLine[] {
  if (target === null) return [];
  const wanted: Array<[keyof TargetActuals, number | null | undefined, FigureFormat, TargetLine['kind']]> = [
    ['orders', target.orders, 'integer', 'atLeast'],
    ['revenue', target.revenue, 'rupiah', 'atLeast'],
    ['grossMargin', target.grossMargin, 'percent', 'atLeast'],
    ['adSpend', target.adSpend, 'rupiah', 'atMost'],
    ['complaintRate', target.complaintRate, 'percent', 'atMost'],
  ];
  return wanted
    .filter((w): w is [keyof TargetActuals, number, FigureFormat, TargetLine['kind']] => w[1] !== null && w[1] !== undefined)
    .map(([key, goal, format, kind]) => {
      const value = actual[key];
      return {
        label: LABELS[key],
        format,
        actual: value,
        target: goal,
        achieved: value === null || goal === 0 ? null : value / goal,
        kind,
        met: value === null ? null : kind === 'atLeast' ? value >= goal : value <= goal,
      };
    });
}

/** What a target line says in words: reached or not yet, within the limit or over it. */
export function targetVerdict(line: TargetLine, monthOver: boolean): Text {
  if (line.met === null) return { id: '–', en: '–' };
  if (line.kind === 'atMost') return line.met ? { id: 'dalam batas', en: 'within the limit' } : { id: 'MELEWATI BATAS', en: 'OVER THE LIMIT' };
  if (line.met) return { id: 'tercapai', en: 'reached' };
  return monthOver ? { id: 'TIDAK TERCAPAI', en: 'NOT REACHED' } : { id: 'belum tercapai', en: 'not yet' };
}

const percentText = (value: number | null, lang: Lang): string => {
  if (value === null) return '–';
  const text = (value * 100).toFixed(1);
  return `${lang === 'id' ? text.replace('.', ',') : text}%`;
};

/** The monthly report's target section: a heading and one row per target set for the month (nothing when none is). */
export function targetReportLines(lines: readonly TargetLine[], month: string, lang: Lang, monthOver: boolean): ReportLine[] {
  if (lines.length === 0) return [];
  const s = (t: Text) => t[lang];
  return [
    { kind: 'blank' },
    {
      kind: 'heading',
      label: s({ id: `Target ${month} (Manajemen · Rencana)`, en: `Targets ${month} (Manajemen · Rencana)` }),
      columns: [s({ id: 'Aktual', en: 'Actual' }), 'Target', s({ id: 'Capaian', en: 'Achieved' }), s({ id: 'Keterangan', en: 'Verdict' })],
    },
    ...lines.map((line): ReportLine => ({
      kind: 'row',
      label: s(line.label),
      // A percent row's figures are shown as text ("35,0%"): a row has one number format, and Capaian is a percent of any figure.
      cells: line.format === 'percent'
        ? [percentText(line.actual, lang), percentText(line.target, lang), percentText(line.achieved, lang), s(targetVerdict(line, monthOver))]
        : [line.actual ?? '–', line.target, percentText(line.achieved, lang), s(targetVerdict(line, monthOver))],
      format: line.format,
    })),
  ];
}
