import { jakartaInstant } from './jakarta-time';
import { buildMonthlyReport, MonthlyReport, reportOrderFromRecord, reportStockItemFromRecord } from './monthly-report';
import { changeAgainst, formatFigure, renderReportMail, renderReportSheet, REPORT_BUILT_AT_CELL } from './report-render';

const J = jakartaInstant;

function aReport(overrides: Partial<MonthlyReport> = {}): MonthlyReport {
  const base = buildMonthlyReport({
    month: '2026-11',
    now: J(2026, 12, 1, 7, 0),
    orders: [
      reportOrderFromRecord({ orderId: 'A', paymentMethod: 'Transfer', channel: 'WA', items: 'KAOS x2', total: 200000, shippingCost: 0, costOfGoods: 80000, fulfilment: 'Diterima', approvedAt: J(2026, 10, 3) }),
      reportOrderFromRecord({ orderId: 'B', paymentMethod: 'Transfer', channel: 'WA', items: 'KAOS x3', total: 300000, shippingCost: 0, costOfGoods: 120000, fulfilment: 'Diterima', approvedAt: J(2026, 11, 3) }),
    ],
    ledger: [],
    ledgerProblems: [{ rowNumber: 7, text: { id: 'Keuangan · Kas baris 7: Tanggal kosong.', en: 'Keuangan · Kas row 7: Date is blank.' } }],
    stock: [reportStockItemFromRecord({ sku: 'KAOS', name: 'Kaos <b>Polos</b>', onHand: 2, available: 2, reorderPoint: 5, costPrice: 40000, sellingPrice: 100000 })],
    categories: [],
    parseItems: (text) => [{ sku: text.split(' x')[0], quantity: Number(text.split(' x')[1]) }],
  });
  return { ...base, ...overrides };
}

describe('renderReportSheet', () => {
  // Built in each test, not at load time, so mutation testing can tell which tests cover the report.
  let layout: ReturnType<typeof renderReportSheet>;
  beforeEach(() => {
    layout = renderReportSheet(aReport(), 'id', 'Toko Ceria');
  });

  it('gives every row five cells and a format, weight and background for each', () => {
    expect(layout.values.length).toBeGreaterThan(40);
    for (const grid of [layout.values, layout.numberFormats, layout.fontWeights, layout.backgrounds]) {
      expect(grid).toHaveLength(layout.values.length);
      for (const row of grid) expect(row).toHaveLength(5);
    }
  });

  it('puts the chart on the summary: months across, revenue, gross and net profit down', () => {
    const { row, numRows, numColumns } = layout.chart;
    const block = layout.values.slice(row - 1, row - 1 + numRows).map((r) => r.slice(0, numColumns));

    expect(block).toEqual([
      ['Ringkasan', 'Sep 2026', 'Okt 2026', 'Nov 2026'],
      ['Pendapatan (omzet)', 0, 200000, 300000],
      ['Laba kotor', 0, 120000, 180000],
      ['Laba bersih', 0, 120000, 180000],
    ]);
  });

  it('shows money as Rupiah, the change against last month as a percentage, and the title first', () => {
    const revenueRow = layout.values.findIndex((r) => r[0] === 'Pendapatan (omzet)');

    expect(layout.values[0][0]).toBe('Laporan Keuangan November 2026 · Toko Ceria');
    expect(layout.numberFormats[revenueRow].slice(1, 4)).toEqual(['"Rp"#,##0', '"Rp"#,##0', '"Rp"#,##0']);
    expect(layout.values[revenueRow][4]).toBeCloseTo(0.5, 10);
    expect(layout.fontWeights[revenueRow][0]).toBe('bold');
  });

  it('shows when it was built as a date-time at the end of the title bar', () => {
    const { row, column } = layout.builtAtCell;

    expect([row, column]).toEqual([REPORT_BUILT_AT_CELL.row, REPORT_BUILT_AT_CELL.column]);
    expect(layout.values[row - 1][column - 1]).toBe(J(2026, 12, 1, 7, 0));
    expect(layout.numberFormats[row - 1][column - 1]).toBe('dd MMM yyyy HH:mm');
    expect(layout.values[row - 1][0]).toBe('Laporan Keuangan November 2026 · Toko Ceria');
  });

  it('lists low stock and the ledger rows to fix', () => {
    const labels = layout.values.map((r) => r[0]);

    expect(labels).toContain('KAOS · Kaos <b>Polos</b>');
    const problem = layout.values.find((r) => r[0] === 'Baris 7');
    expect(problem?.[1]).toBe('Keuangan · Kas baris 7: Tanggal kosong.');
  });

  it('writes the labels in English when the shop uses English', () => {
    const english = renderReportSheet(aReport(), 'en', 'Toko Ceria');

    expect(english.values[0][0]).toBe('Finance report November 2026 · Toko Ceria');
    expect(english.values.map((r) => r[0])).toContain('Net profit');
  });

  it('ends a long list with how many more there are', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ rowNumber: i + 2, text: { id: `masalah ${i}`, en: `problem ${i}` } }));

    const labels = renderReportSheet(aReport({ ledgerProblems: many }), 'id', 'T').values.map((r) => r[0]);

    expect(labels.filter((l) => /^Baris \d+$/.test(String(l)))).toHaveLength(50);
    expect(labels).toContain('… dan 10 lagi');
  });
});

describe('renderReportMail', () => {
  it('puts the net profit in the subject and the figures beside the months before in the text', () => {
    const mail = renderReportMail(aReport(), 'id', 'Toko Ceria', 'Laporan 2026-11', 'https://docs.google.com/spreadsheets/d/abc/edit');

    expect(mail.subject).toBe('Laporan keuangan November 2026 · Toko Ceria — laba bersih Rp180.000');
    expect(mail.body).toContain('- Pendapatan (omzet): Rp0 | Rp200.000 | Rp300.000 (+50,0%)');
    expect(mail.body).toContain('1 baris Keuangan · Kas tidak terhitung');
    expect(mail.body).toContain('Buka spreadsheet: https://docs.google.com/spreadsheets/d/abc/edit');
  });

  it('links the spreadsheet right under the intro, the address escaped in the HTML', () => {
    const mail = renderReportMail(aReport(), 'id', 'Toko Ceria', 'Laporan 2026-11', 'https://docs.google.com/spreadsheets/d/a"b&c/edit');

    expect(mail.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/a&quot;b&amp;c/edit" style="font-weight:bold">Buka spreadsheet</a>');
    expect(mail.htmlBody.indexOf('Buka spreadsheet')).toBeLessThan(mail.htmlBody.indexOf('<table'));
    expect(mail.body.split('\n').slice(0, 4)).toContain('Buka spreadsheet: https://docs.google.com/spreadsheets/d/a"b&c/edit');
  });

  it('has no link when no address is given', () => {
    const mail = renderReportMail(aReport(), 'en', 'Toko Ceria', 'Laporan 2026-11', '');

    expect(mail.htmlBody).not.toContain('<a ');
    expect(mail.body).not.toContain('Open the spreadsheet');
  });

  it('escapes names and the shop name in the HTML', () => {
    const mail = renderReportMail(aReport(), 'id', '<script>alert(1)</script>', 'Laporan 2026-11', '');

    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).not.toContain('<b>Polos</b>');
    expect(mail.htmlBody).toContain('Kaos &lt;b&gt;Polos&lt;/b&gt;');
    expect(mail.htmlBody).toContain('Rp300.000');
  });
});

describe('formatting helpers', () => {
  it('formats figures the Indonesian way and English way', () => {
    expect(formatFigure(0.125, 'percent', 'id')).toBe('12,5%');
    expect(formatFigure(0.125, 'percent', 'en')).toBe('12.5%');
    expect(formatFigure(12345, 'integer', 'id')).toBe('12.345');
    expect(formatFigure(null, 'rupiah', 'id')).toBe('–');
  });

  it('has no change against a month of zero', () => {
    expect(changeAgainst(0, 5)).toBeNull();
    expect(changeAgainst(200, 100)).toBe(-0.5);
  });
});
