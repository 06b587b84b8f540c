/**
 * The report lines of issue 12's shipping and marketplace figures (shipping-report.ts,
 * marketplace-report.ts), in the report's own line kinds: the courier cost and the marketplace deductions
 * in the profit block, the plain shipping warning under the summary, and the marketplace section.
 */
import type { FigureFormat, ReportLine } from './report-render';
import { Lang, Text } from './i18n';
import { MonthlyReport } from './monthly-report';
import { courierCostOf } from './shipping-report';

const T = {
  minusCourier: { id: 'dikurangi biaya kurir (ongkir dibayar toko)', en: 'less courier costs (shipping paid by the shop)' },
  minusOtherOperating: { id: 'dikurangi biaya operasional lain (tanpa ongkir kurir dan Pembelian stok)', en: 'less other operating expenses (without courier costs and stock purchases)' },
  minusMarketplace: { id: 'dikurangi biaya marketplace (dan selisih pencairan)', en: 'less marketplace fees (and payout differences)' },
  heading: { id: 'Marketplace', en: 'Marketplace' },
  orders: { id: 'Pesanan marketplace', en: 'Marketplace orders' },
  fees: { id: 'Biaya marketplace (perkiraan, dari Pengaturan)', en: 'Marketplace fees (estimated, from Settings)' },
  received: { id: 'Pencairan diterima', en: 'Payouts received' },
  difference: { id: 'Selisih pencairan vs perkiraan', en: 'Payout difference vs expected' },
  receivableOrders: { id: 'Piutang marketplace: pesanan belum cair (akhir bulan)', en: 'Marketplace receivable: orders not paid out (month end)' },
  receivable: { id: 'Piutang marketplace: jumlah diharapkan (akhir bulan)', en: 'Marketplace receivable: amount expected (month end)' },
  differencesHeading: { id: 'Pencairan dengan selisih (bulan ini) — periksa laporan penghasilan marketplace', en: 'Payouts with a difference (this month) — check the marketplace’s income statement' },
  differenceColumns: [{ id: 'Cair', en: 'Paid out' }, { id: 'Diharapkan', en: 'Expected' }, { id: 'Selisih', en: 'Difference' }] as Text[],
  unknownFees: (names: string): Text => ({ id: `Biaya ${names} belum ada (atau salah) di Pengaturan, blok MARKETPLACE ▸: dihitung Rp0.`, en: `The fee of ${names} is missing (or wrong) in Settings, the MARKETPLACE ▸ block: counted as Rp0.` }),
};

type FigureOf = (label: Text, pick: (i: number) => number | null, format: FigureFormat, more?: { strong?: boolean; change?: boolean }) => ReportLine;

/** The profit block's lines between shipping income and other income: courier costs, then marketplace deductions when there are any. */
export function profitDeductionLines(report: MonthlyReport, figure: FigureOf): ReportLine[] {
  const f = report.figures;
  const m = report.marketplace?.months;
  return [
    figure(T.minusCourier, (i) => courierCostOf(f[i]), 'rupiah'),
    ...(m ? [figure(T.minusMarketplace, (i) => m[i].fees - m[i].payoutDifference, 'rupiah')] : []),
  ];
}

/** The operating-expense line of the profit block: the courier costs are on their own line above it. */
export function otherOperatingLine(report: MonthlyReport, figure: FigureOf): ReportLine {
  return figure(T.minusOtherOperating, (i) => report.figures[i].operatingExpenses - courierCostOf(report.figures[i]), 'rupiah');
}

/** The shipping warning as a note under the summary, when there is one. */
export function shippingWarningLines(report: MonthlyReport, lang: Lang): ReportLine[] {
  return report.shippingWarning ? [{ kind: 'note', text: report.shippingWarning[lang] }] : [];
}

/** The marketplace section: fees, payouts, differences and the receivable, then each payout of the month with a difference. */
export function marketplaceLines(report: MonthlyReport, lang: Lang, figure: FigureOf, heading: (label: Text) => ReportLine): ReportLine[] {
  const section = report.marketplace;
  if (!section) return [];
  const m = section.months;
  const s = (text: Text) => text[lang];
  return [
    { kind: 'blank' },
    heading(T.heading),
    figure(T.orders, (i) => m[i].orders, 'integer'),
    figure(T.fees, (i) => m[i].fees, 'rupiah'),
    figure(T.received, (i) => m[i].payoutsReceived, 'rupiah'),
    figure(T.difference, (i) => m[i].payoutDifference, 'rupiah'),
    figure(T.receivableOrders, (i) => m[i].receivableOrders, 'integer', { change: false }),
    figure(T.receivable, (i) => m[i].receivable, 'rupiah', { strong: true }),
    ...(section.unknownFees.length ? [{ kind: 'note', text: s(T.unknownFees(section.unknownFees.join(', '))) } as ReportLine] : []),
    ...(section.differences.length
      ? [
          { kind: 'heading', label: s(T.differencesHeading), columns: T.differenceColumns.map(s) } as ReportLine,
          ...section.differences.map((d): ReportLine => ({ kind: 'row', label: d.payoutId, cells: [d.amount, d.expected, d.difference], format: 'rupiah' })),
        ]
      : []),
  ];
}

