import { jakartaInstant } from './jakarta-time';
import { buildMonthlyReport, MonthlyReport, reportOrderFromRecord } from './monthly-report';
import { reportMailId } from './report-mail-id';

const J = jakartaInstant;

function aReport(builtAt: number, total = 300000): MonthlyReport {
  return buildMonthlyReport({
    month: '2026-11',
    now: builtAt,
    orders: [reportOrderFromRecord({ orderId: 'B', paymentMethod: 'Transfer', channel: 'WA', items: 'KAOS x3', total, shippingCost: 0, costOfGoods: 120000, fulfilment: 'Diterima', approvedAt: J(2026, 11, 3) })],
    ledger: [],
    ledgerProblems: [],
    stock: [],
    categories: [],
    parseItems: (text) => [{ sku: text.split(' x')[0], quantity: Number(text.split(' x')[1]) }],
  });
}

const idOf = (report: MonthlyReport) => reportMailId(report, 'id', 'Toko Ceria', 'Laporan 2026-11');

describe('reportMailId', () => {
  it('is the same for the same report built twice (the build time is left out): it is mailed once', () => {
    expect(idOf(aReport(J(2026, 12, 1, 7)))).toBe(idOf(aReport(J(2026, 12, 1, 9, 30))));
    expect(idOf(aReport(J(2026, 12, 1, 7)))).toMatch(/^laporan-2026-11-akhir-[0-9a-z]+$/);
  });

  it('changes when a figure changes: a corrected report is mailed again', () => {
    expect(idOf(aReport(J(2026, 12, 1, 7), 300000))).not.toBe(idOf(aReport(J(2026, 12, 1, 7), 310000)));
  });

  it('tells a preview built during the month from the month’s final report, even with the same figures', () => {
    expect(idOf(aReport(J(2026, 11, 28, 9)))).toMatch(/^laporan-2026-11-sementara-/);
    expect(idOf(aReport(J(2026, 11, 28, 9)))).not.toBe(idOf(aReport(J(2026, 12, 1, 7))));
  });
});
