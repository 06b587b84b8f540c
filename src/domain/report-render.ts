/**
 * How the monthly report looks: one list of lines (sections, figures beside the two months before,
 * lists) rendered three ways — the `Laporan yyyy-MM` sheet as a 2-D array with its formats, and the
 * e-mail as plain text and as HTML with every value escaped. Pure.
 */
import { escapeHtml } from './html';
import { SheetLayout } from './sheet-layout';
import { Lang, Text } from './i18n';
import { formatRupiah, RUPIAH_NUMBER_FORMAT } from './money';
import { formatJakartaDateTime } from './jakarta-time';
import { MonthlyReport } from './monthly-report';
import { monthShortName, reportTexts as R } from './finance-messages';
import { STOCK_LOSS_TEXTS } from './stock-loss';
import { booksLines, cancelledSalesLine, otherRefundsLine, recognitionLines } from './books-render';
import { adReportLines } from './ad-report';
import { compareWithTargets, targetReportLines } from './target-report';
import { AD_CATEGORY } from './ad-channels';
import { monthBounds } from './jakarta-time';
import { marketplaceLines, otherOperatingLine, profitDeductionLines, shippingWarningLines } from './shipping-marketplace-lines';


/** How a figure is shown. */
export type FigureFormat = 'rupiah' | 'integer' | 'percent' | 'ratio';

/** One line of the report, before it becomes cells or mail. */
export type ReportLine =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'blank' }
  /** A section heading with its column titles. */
  | { readonly kind: 'heading'; readonly label: string; readonly columns: readonly string[] }
  /** A figure for the three months (oldest first); `change` adds the change against last month. */
  | {
      readonly kind: 'figure';
      readonly label: string;
      readonly values: readonly (number | null)[];
      readonly format: FigureFormat;
      readonly strong?: boolean;
      readonly change?: boolean;
      /** A fifth cell instead of the change (a product's quantity this month). */
      readonly extra?: { readonly value: number; readonly format: FigureFormat };
    }
  /** A row of a list (low stock, ledger problems): a label and up to four more cells. */
  | { readonly kind: 'row'; readonly label: string; readonly cells: readonly (string | number)[]; readonly format: FigureFormat };

/** How many rows a list may take in the report sheet, the rest summed up in one line. */
const SHEET_LIST_LIMIT = 50;
/** How many rows a list may take in the report e-mail, the rest summed up in one line. */
const MAIL_LIST_LIMIT = 10;

const CHANGE_FORMAT = '+0%;-0%;0%';
const INTEGER_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.0%';
const RATIO_FORMAT = '0.00"×"';
const WIDTH = 5;

/** The change of `current` against `previous` as a fraction, or null when there is nothing to compare with. */
export function changeAgainst(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/** The report as lines, in the given language; lists longer than `listLimit` end with "… and N more". */
function reportLines(report: MonthlyReport, lang: Lang, shopName: string, listLimit = SHEET_LIST_LIMIT): ReportLine[] {
  const s = (text: Text) => text[lang];
  const f = report.figures;
  const months = report.months.map((m) => s(monthShortName(m)));
  const heading = (label: Text, last: string = s(R.change)): ReportLine => ({ kind: 'heading', label: s(label), columns: [...months, last] });
  const figure = (label: Text, pick: (i: number) => number | null, format: FigureFormat, more: { strong?: boolean; change?: boolean } = {}): ReportLine => ({
    kind: 'figure',
    label: s(label),
    values: [0, 1, 2].map(pick),
    format,
    change: more.change ?? format !== 'percent',
    strong: more.strong,
  });
  const blank: ReportLine = { kind: 'blank' };
  const listOr = (lines: ReportLine[], empty: Text): ReportLine[] => (lines.length ? lines : [{ kind: 'note', text: s(empty) }]);
  const capped = <T,>(items: readonly T[], toLine: (item: T) => ReportLine): ReportLine[] => {
    const lines = items.slice(0, listLimit).map(toLine);
    if (items.length > listLimit) lines.push({ kind: 'note', text: s(R.moreRows(items.length - listLimit)) });
    return lines;
  };

  const lines: ReportLine[] = [
    { kind: 'title', text: s(R.title(report.month, shopName)) },
    { kind: 'note', text: s(R.generated(formatJakartaDateTime(report.generatedAt))) },
    ...recognitionLines(lang),
    blank,
    heading(R.summary),
    figure(R.revenue, (i) => f[i].revenue, 'rupiah', { strong: true }),
    figure(R.grossProfit, (i) => f[i].grossProfit, 'rupiah', { strong: true }),
    figure(R.netProfit, (i) => f[i].netProfit, 'rupiah', { strong: true }),
    ...targetLinesOf(report, lang),
    ...shippingWarningLines(report, lang),
    blank,
    heading(R.sales),
    figure(R.orderCount, (i) => f[i].orderCount, 'integer'),
    cancelledSalesLine(report, lang),
    figure(R.grossSales, (i) => f[i].grossSales, 'rupiah'),
    figure(R.discounts, (i) => f[i].discounts, 'rupiah'),
    figure(R.revenue, (i) => f[i].revenue, 'rupiah', { strong: true }),
    figure(R.averageOrderValue, (i) => f[i].averageOrderValue, 'rupiah'),
    figure(R.shippingCollected, (i) => f[i].shippingCollected, 'rupiah'),
    figure(R.costOfGoods, (i) => f[i].costOfGoods, 'rupiah'),
    figure(R.estimatedCost, (i) => f[i].estimatedCostOrders, 'integer', { change: false }),
    figure(R.grossProfit, (i) => f[i].grossProfit, 'rupiah', { strong: true }),
    figure(R.grossMargin, (i) => f[i].grossMargin, 'percent'),
    blank,
    heading(R.profit),
    figure(R.grossProfit, (i) => f[i].grossProfit, 'rupiah'),
    figure(R.plusShipping, (i) => f[i].shippingCollected, 'rupiah'),
    ...profitDeductionLines(report, figure),
    figure(R.plusOtherIncome, (i) => f[i].otherIncome, 'rupiah'),
    otherRefundsLine(report, lang),
    otherOperatingLine(report, figure),
    ...(f.some((m) => m.stockLoss !== 0) ? [figure(STOCK_LOSS_TEXTS.line, (i) => f[i].stockLoss, 'rupiah'), { kind: 'note', text: s(STOCK_LOSS_TEXTS.note) } as ReportLine] : []),
    figure(R.netProfit, (i) => f[i].netProfit, 'rupiah', { strong: true }),
    blank,
    heading(R.expenses),
    ...listOr(report.expenseCategories.map((c) => figure({ id: c, en: c }, (i) => f[i].expensesByCategory[c] ?? 0, 'rupiah')), R.noExpenses),
    figure(R.totalExpenses, (i) => f[i].cashOut, 'rupiah', { strong: true }),
    { kind: 'note', text: s(R.stockPurchaseNote) },
    blank,
    heading(R.cash),
    figure(R.cashIn, (i) => f[i].cashIn, 'rupiah'),
    figure(R.cashOut, (i) => f[i].cashOut, 'rupiah'),
    figure(R.netCash, (i) => f[i].cashIn - f[i].cashOut, 'rupiah', { strong: true }),
    ...booksLines(report, lang, months, s(R.change)),
    blank,
    heading(R.channelRevenue),
    ...listOr(report.channels.map((c) => figure({ id: c, en: c }, (i) => f[i].salesByChannel[c]?.revenue ?? 0, 'rupiah')), R.noSales),
    blank,
    heading(R.channelOrders),
    ...listOr(report.channels.map((c) => figure({ id: c, en: c }, (i) => f[i].salesByChannel[c]?.orders ?? 0, 'integer')), R.noSales),
    blank,
    heading(R.topProducts(report.month), s(R.quantityIn(report.month))),
    ...listOr(
      report.topProducts.map(
        (p): ReportLine => ({
          kind: 'figure',
          label: p.name ? `${p.sku} · ${p.name}` : p.sku,
          values: p.revenue,
          format: 'rupiah',
          extra: { value: p.quantity[2], format: 'integer' },
        }),
      ),
      R.noSales,
    ),
    ...promoLines(report, lang, blank),
    ...adReportLines(report.ads, lang, months, s(R.change)),
    ...marketplaceLines(report, lang, figure, heading),
    blank,
    heading(R.service),
    figure(R.outstandingCodCount, (i) => f[i].outstandingCodCount, 'integer'),
    figure(R.outstandingCodAmount, (i) => f[i].outstandingCodAmount, 'rupiah'),
    figure(R.refundCount, (i) => f[i].refundCount, 'integer'),
    figure(R.refundAmount, (i) => f[i].refundAmount, 'rupiah'),
    figure(R.complaints, (i) => f[i].complaints, 'integer'),
    figure(R.complaintRate, (i) => f[i].complaintRate, 'percent'),
    blank,
    heading(R.stock),
    figure(R.stockValue, (i) => (i === 2 ? report.stockValue : null), 'rupiah', { strong: true, change: false }),
    figure(R.stockUnits, (i) => (i === 2 ? report.stockUnits : null), 'integer', { change: false }),
    figure(R.lowStockCount, (i) => (i === 2 ? report.lowStock.length : null), 'integer', { change: false }),
    blank,
    { kind: 'heading', label: s(R.lowStock), columns: R.lowStockHeads.map(s) },
    ...listOr(
      capped(report.lowStock, (item) => ({
        kind: 'row',
        label: item.name ? `${item.sku} · ${item.name}` : item.sku,
        cells: [item.onHand, item.available, item.reorderPoint, Math.max(0, item.reorderPoint - item.available)],
        format: 'integer',
      })),
      R.noLowStock,
    ),
    blank,
    { kind: 'heading', label: s(R.ledgerProblems), columns: [] },
    ...listOr(capped(report.ledgerProblems, (p) => ({ kind: 'row', label: s(R.rowLabel(p.rowNumber)), cells: [s(p.text)], format: 'integer' })), R.ledgerClean),
  ];
  return lines;
}

/** The report month against its targets in Manajemen · Rencana (nothing when none is set). */
function targetLinesOf(report: MonthlyReport, lang: Lang): ReportLine[] {
  if (!report.target) return [];
  const f = report.figures[2];
  const adKey = Object.keys(f.expensesByCategory).find((c) => c.trim().toLowerCase() === AD_CATEGORY.toLowerCase());
  const actual = { orders: f.orderCount, revenue: f.revenue, grossMargin: f.grossMargin, adSpend: adKey ? f.expensesByCategory[adKey] : 0, complaintRate: f.complaintRate };
  return targetReportLines(compareWithTargets(actual, report.target), report.month, lang, report.generatedAt >= monthBounds(report.month).end);
}

/** The report month's promo results (docs/marketing.md): one row per code, nothing when no sale carried one. */
function promoLines(report: MonthlyReport, lang: Lang, blank: ReportLine): ReportLine[] {
  const promos = report.promos ?? [];
  if (promos.length === 0) return [];
  const s = (text: Text) => text[lang];
  return [
    blank,
    { kind: 'heading', label: s(PROMO_TEXTS.heading(report.month)), columns: PROMO_TEXTS.columns.map(s) },
    ...promos.map((p): ReportLine => ({
      kind: 'row',
      label: `${p.code}${p.name ? ` · ${p.name}` : ''} (${p.uses}×)`,
      cells: [p.discount, p.revenue, p.grossProfit, p.budget === null ? '—' : `${formatRupiah(p.discountGivenInAll ?? 0)} / ${formatRupiah(p.budget)}`],
      format: 'rupiah',
    })),
  ];
}

/** The promo section's words. */
const PROMO_TEXTS = {
  heading: (month: string): Text => ({ id: `Promo ${month} (penjualan dengan kode promo)`, en: `Promos ${month} (sales with a promo code)` }),
  columns: [
    { id: 'Diskon', en: 'Discount' },
    { id: 'Omzet', en: 'Revenue' },
    { id: 'Laba kotor', en: 'Gross profit' },
    { id: 'Terpakai / anggaran', en: 'Given / budget' },
  ] as Text[],
};

/**
 * The report sheet: widths are the label column's then the months' columns'; the chart is the summary
 * block (heading row + revenue, gross and net profit; label + three months); the built-at cell is
 * REPORT_BUILT_AT_CELL, holding `generatedAt`. Values are mutable rows: the renderer fills them in place.
 */
export interface ReportSheetLayout extends SheetLayout<string | number> {
  readonly values: (string | number)[][];
}

/**
 * Where every report sheet shows when it was built, as a date-time at the right end of the title bar:
 * the hourly trigger reads it to tell a report built after its month ended from an earlier preview.
 */
export const REPORT_BUILT_AT_CELL = { row: 1, column: 5 } as const;
const BUILT_AT_FORMAT = 'dd MMM yyyy HH:mm';

const formatCode = (format: FigureFormat): string =>
  format === 'rupiah' ? RUPIAH_NUMBER_FORMAT : format === 'percent' ? PERCENT_FORMAT : format === 'ratio' ? RATIO_FORMAT : INTEGER_FORMAT;

/** Lays the report out as cells, five columns wide: label, the three months, and the change or an extra. */
export function renderReportSheet(report: MonthlyReport, lang: Lang, shopName: string): ReportSheetLayout {
  const lines = reportLines(report, lang, shopName, SHEET_LIST_LIMIT);
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: string[][] = [];
  const backgrounds: string[][] = [];
  const push = (cells: (string | number | null)[], formats: string[], bold: boolean, background: string) => {
    const row = cells.concat(Array(WIDTH).fill('')).slice(0, WIDTH).map((c) => (c === null ? '' : c));
    values.push(row);
    numberFormats.push(formats.concat(Array(WIDTH).fill('@')).slice(0, WIDTH));
    fontWeights.push(Array(WIDTH).fill(bold ? 'bold' : 'normal'));
    backgrounds.push(Array(WIDTH).fill(background));
  };
  let summaryRow = 0;
  for (const line of lines) {
    switch (line.kind) {
      case 'title':
        push([line.text], ['@'], true, '#c8e6c9');
        break;
      case 'note':
        push([line.text], ['@'], false, '#ffffff');
        break;
      case 'blank':
        push([], [], false, '#ffffff');
        break;
      case 'heading':
        if (summaryRow === 0) summaryRow = values.length + 1;
        push([line.label, ...line.columns], ['@', '@', '@', '@', '@'], true, '#e8f5e9');
        break;
      case 'figure': {
        const fmt = formatCode(line.format);
        const last = line.extra
          ? { value: line.extra.value as number | null, format: formatCode(line.extra.format) }
          : line.change
            ? { value: changeAgainst(line.values[1], line.values[2]), format: CHANGE_FORMAT }
            : { value: null, format: '@' };
        push([line.label, ...line.values, last.value], ['@', fmt, fmt, fmt, last.format], !!line.strong, '#ffffff');
        break;
      }
      case 'row':
        push(
          [line.label, ...line.cells],
          ['@', ...line.cells.map((c) => (typeof c === 'number' ? formatCode(line.format) : '@'))],
          false,
          '#ffffff',
        );
        break;
    }
  }
  const stamp = { row: REPORT_BUILT_AT_CELL.row - 1, column: REPORT_BUILT_AT_CELL.column - 1 };
  values[stamp.row][stamp.column] = report.generatedAt;
  numberFormats[stamp.row][stamp.column] = BUILT_AT_FORMAT;
  return {
    values,
    numberFormats,
    fontWeights,
    backgrounds,
    builtAtCell: REPORT_BUILT_AT_CELL,
    columnWidths: [360, 130, 130, 130, 120],
    chart: { row: summaryRow, column: 1, numRows: 4, numColumns: 4, title: R.chartTitle[lang] },
    chartAnchor: { row: summaryRow, column: WIDTH + 2 },
  };
}

/** A figure written for people: `Rp1.250.000`, `1.234`, `12,5%` (`12.5%` in English), `–` for none. */
export function formatFigure(value: number | null, format: FigureFormat, lang: Lang): string {
  if (value === null) return '–';
  if (format === 'rupiah') return formatRupiah(value);
  if (format === 'integer') {
    const digits = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
    return `${value < 0 ? '-' : ''}${digits}`;
  }
  if (format === 'ratio') {
    const ratio = value.toFixed(2);
    return `${lang === 'id' ? ratio.replace('.', ',') : ratio}×`;
  }
  const percent = (value * 100).toFixed(1);
  return `${lang === 'id' ? percent.replace('.', ',') : percent}%`;
}

const formatChange = (value: number | null, lang: Lang): string =>
  value === null ? '' : `${value > 0 ? '+' : ''}${formatFigure(value, 'percent', lang)}`;

/** The report e-mail: subject with the net profit, plain text and escaped HTML; `sheetUrl` (escaped) links the spreadsheet right under the intro. */
export function renderReportMail(
  report: MonthlyReport,
  lang: Lang,
  shopName: string,
  sheetName: string,
  sheetUrl: string,
): { subject: string; body: string; htmlBody: string } {
  const s = (text: Text) => text[lang];
  const lines = reportLines(report, lang, shopName, MAIL_LIST_LIMIT);
  const net = report.figures[2].netProfit;
  const subject = s(R.mailSubject(report.month, shopName, formatRupiah(net)));
  const intro = s(R.mailIntro(report.month, sheetName));
  const problems = report.ledgerProblems.length > 0 ? s(R.mailLedgerProblems(report.ledgerProblems.length)) : '';

  const text: string[] = [];
  const html: string[] = [];
  let tableOpen = false;
  const closeTable = () => {
    if (tableOpen) html.push('</table>');
    tableOpen = false;
  };
  const td = (value: string, right: boolean, bold = false) =>
    `<td style="padding:3px 8px;border-bottom:1px solid #eee${right ? ';text-align:right' : ''}${bold ? ';font-weight:bold' : ''}">${escapeHtml(value)}</td>`;
  for (const line of lines) {
    switch (line.kind) {
      case 'title':
        text.push(line.text, intro);
        html.push(`<h2 style="color:#1b5e20">${escapeHtml(line.text)}</h2><p>${escapeHtml(intro)}</p>`);
        if (problems) {
          text.push(problems);
          html.push(`<p style="color:#b71c1c">${escapeHtml(problems)}</p>`);
        }
        if (sheetUrl) {
          text.push(`${s(R.mailLink)}: ${sheetUrl}`);
          html.push(`<p><a href="${escapeHtml(sheetUrl)}" style="font-weight:bold">${escapeHtml(s(R.mailLink))}</a></p>`);
        }
        break;
      case 'note':
        text.push(line.text.trim());
        if (tableOpen) html.push(`<tr><td colspan="5" style="padding:3px 8px;color:#555">${escapeHtml(line.text.trim())}</td></tr>`);
        else html.push(`<p style="color:#555">${escapeHtml(line.text)}</p>`);
        break;
      case 'blank':
        text.push('');
        break;
      case 'heading':
        closeTable();
        text.push(line.columns.length ? `== ${line.label} == (${line.columns.slice(0, 3).join(' | ')})` : `== ${line.label} ==`);
        html.push(
          `<h3 style="margin:16px 0 4px">${escapeHtml(line.label)}</h3><table style="border-collapse:collapse;font-size:13px">` +
            (line.columns.length
              ? `<tr><th></th>${line.columns.map((c) => `<th style="padding:3px 8px;text-align:right;background:#e8f5e9">${escapeHtml(c)}</th>`).join('')}</tr>`
              : ''),
        );
        tableOpen = true;
        break;
      case 'figure': {
        const shown = line.values.map((v) => formatFigure(v, line.format, lang));
        const last = line.extra
          ? formatFigure(line.extra.value, line.extra.format, lang)
          : line.change
            ? formatChange(changeAgainst(line.values[1], line.values[2]), lang)
            : '';
        text.push(`- ${line.label.trim()}: ${shown.join(' | ')}${last ? ` (${last})` : ''}`);
        html.push(`<tr>${td(line.label, false, !!line.strong)}${shown.map((v) => td(v, true, !!line.strong)).join('')}${td(last, true)}</tr>`);
        break;
      }
      case 'row': {
        const cells = line.cells.map((c) => (typeof c === 'number' ? formatFigure(c, line.format, lang) : c));
        text.push(`- ${line.label}: ${cells.join(' | ')}`);
        html.push(`<tr>${td(line.label, false)}${cells.map((c) => td(c, typeof line.cells[0] === 'number')).join('')}</tr>`);
        break;
      }
    }
  }
  closeTable();
  return { subject, body: text.join('\n').replace(/\n{3,}/g, '\n\n'), htmlBody: `<div style="font-family:Arial,sans-serif">${html.join('')}</div>` };
}
