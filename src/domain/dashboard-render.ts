/**
 * The dashboard as a sheet layout (values, formats, weights, backgrounds, the chart's data block). Pure:
 * the app writes the layout in one block per property. The owner's daily digest is domain/daily-digest.ts.
 */
import { Lang, Text } from './i18n';
import { formatJakartaDate, jakartaParts, SHORT_MONTH_NAMES_ID } from './jakarta-time';
import { RUPIAH_NUMBER_FORMAT } from './money';
import { attentionOf, Dashboard, Light, PeriodFigures } from './dashboard';
import { SheetLayout } from './sheet-layout';

/** The sheet layout; every array is rows × WIDTH, one width per column; the chart's data is a header row and one row per day, two columns. */
export type DashboardLayout = SheetLayout<string | number | null>;

/** Columns the layout uses. */
export const DASHBOARD_WIDTH = 8;
const TEXT = '@';
const INT = '#,##0';
const PERCENT = '0%';
const RATE = '0.0%';
const DATETIME = 'dd MMM yyyy HH:mm';
const LIGHT_COLOURS: Record<Light, string> = { green: '#c8e6c9', yellow: '#fff59d', red: '#ef9a9a', grey: '#eeeeee' };
const LIGHT_WORDS: Record<Light, Text> = {
  green: { id: '● Hijau', en: '● Green' },
  yellow: { id: '● Kuning', en: '● Yellow' },
  red: { id: '● Merah', en: '● Red' },
  grey: { id: '○ Belum ada', en: '○ Not yet' },
};
const HEADING = '#cfd8dc';
const TITLE = '#b0bec5';
const WHITE = '#ffffff';

/** Achievement against a target, as a fraction; null without a target. */
export function achievement(actual: number, target: number | null): number | null {
  return target === null || target <= 0 ? null : actual / target;
}

/** Renders the dashboard sheet in the shop's language. */
export function renderDashboardSheet(d: Dashboard, lang: Lang): DashboardLayout {
  const s = (t: Text) => t[lang];
  const values: Array<Array<string | number | null>> = [];
  const numberFormats: string[][] = [];
  const fontWeights: string[][] = [];
  const backgrounds: string[][] = [];
  const push = (cells: ReadonlyArray<string | number | null>, formats: readonly string[], bold = false, background = WHITE, first?: string): void => {
    const row = Array.from({ length: DASHBOARD_WIDTH }, (_, i) => (i < cells.length ? cells[i] : null));
    values.push(row);
    numberFormats.push(Array.from({ length: DASHBOARD_WIDTH }, (_, i) => formats[i] ?? TEXT));
    fontWeights.push(Array.from({ length: DASHBOARD_WIDTH }, () => (bold ? 'bold' : 'normal')));
    backgrounds.push(Array.from({ length: DASHBOARD_WIDTH }, (_, i) => (i === 0 && first ? first : background)));
  };
  const blank = () => push([], []);
  const heading = (cells: readonly string[]) => push(cells, [], true, HEADING);

  push([s({ id: `Dashboard · ${d.shopName}`, en: `Dashboard · ${d.shopName}` })], [], true, TITLE);
  push([s({ id: 'Diperbarui', en: 'Built' }), d.builtAt, s({ id: 'Toko → Perbarui dashboard memperbaruinya; pemicu harian pukul 06.00 WIB dan ringkasan harian malam juga.', en: 'Toko → Refresh dashboard rebuilds it; so do the daily trigger at 06.00 WIB and the evening digest.' })], [TEXT, DATETIME]);
  const builtAtCell = { row: 2, column: 2 };
  blank();

  const target = d.target;
  heading([
    s({ id: 'Angka', en: 'Figure' }), s({ id: 'Hari ini', en: 'Today' }), s({ id: 'Minggu lalu s.d. jam ini', en: 'Last week, same time' }),
    s({ id: 'Kemarin', en: 'Yesterday' }), s({ id: 'Minggu lalu (hari yg sama)', en: 'Week before (same day)' }),
    s({ id: `Bulan ini (${d.month})`, en: `This month (${d.month})` }), s({ id: 'Target bulan ini', en: "This month's target" }), s({ id: 'Capaian', en: 'Achieved' }),
  ]);
  const figureRow = (label: Text, pick: (f: PeriodFigures) => number | null, format: string, targetValue: number | null) => {
    const mtd = pick(d.monthToDate);
    push([s(label), pick(d.today), pick(d.sameTimeLastWeek), pick(d.yesterday), pick(d.yesterdayLastWeek), mtd, targetValue, mtd === null ? null : achievement(mtd, targetValue)],
      [TEXT, format, format, format, format, format, format, PERCENT]);
  };
  figureRow({ id: 'Pesanan masuk', en: 'Orders in' }, (f) => f.ordersIn, INT, null);
  figureRow({ id: 'Pesanan terjual', en: 'Orders sold' }, (f) => f.sales, INT, target?.orders ?? null);
  figureRow({ id: 'Omzet', en: 'Revenue' }, (f) => f.revenue, RUPIAH_NUMBER_FORMAT, target?.revenue ?? null);
  figureRow({ id: 'Laba kotor', en: 'Gross profit' }, (f) => f.grossProfit, RUPIAH_NUMBER_FORMAT, null);
  figureRow({ id: 'Kas masuk', en: 'Cash in' }, (f) => f.cashIn, RUPIAH_NUMBER_FORMAT, null);
  figureRow({ id: 'Kas keluar', en: 'Cash out' }, (f) => f.cashOut, RUPIAH_NUMBER_FORMAT, null);
  // The targets added with the monthly report's (docs/management.md): a margin to reach, an ad budget and a complaint rate to stay under.
  figureRow({ id: 'Margin kotor', en: 'Gross margin' }, (f) => (f.revenue !== 0 ? f.grossProfit / f.revenue : null), RATE, target?.grossMargin ?? null);
  figureRow({ id: 'Biaya iklan', en: 'Ad spend' }, (f) => f.adSpend ?? 0, RUPIAH_NUMBER_FORMAT, target?.adSpend ?? null);
  figureRow({ id: 'Rasio komplain', en: 'Complaint rate' }, (f) => (f.sales > 0 ? (f.complaints ?? 0) / f.sales : null), RATE, target?.complaintRate ?? null);
  if (!target) push([s({ id: `Belum ada target untuk ${d.month}: isi Bulan Target dan targetnya (pesanan, omzet, margin, anggaran iklan, batas komplain) di Manajemen · Rencana.`, en: `No target for ${d.month} yet: fill in Target month and its targets (orders, revenue, margin, ad budget, complaint limit) in Manajemen · Rencana.` })], []);
  blank();

  heading([s({ id: 'Divisi', en: 'Division' }), s({ id: 'Lampu', en: 'Light' }), s({ id: 'Keadaan', en: 'State' })]);
  for (const line of d.divisions) {
    push([line.division, s(LIGHT_WORDS[line.light]), s(line.summary)], [], false, WHITE);
    backgrounds[backgrounds.length - 1][1] = LIGHT_COLOURS[line.light];
  }
  blank();

  const attention = attentionOf(d);
  heading([s({ id: 'Perlu perhatian hari ini', en: 'Needs attention today' })]);
  if (attention.length === 0) push([s({ id: 'Tidak ada yang mendesak.', en: 'Nothing urgent.' })], []);
  for (const item of attention) push([`• ${s(item)}`], []);
  blank();

  heading([s({ id: 'Tim (7 hari terakhir)', en: 'Team (last 7 days)' }), s({ id: 'Konfirmasi', en: 'Confirmed' }), 'Approve', s({ id: 'Dikemas', en: 'Packed' }), s({ id: 'Dikirim', en: 'Shipped' })]);
  if (d.people.length === 0) push([s({ id: 'Belum ada aksi di Log 7 hari terakhir.', en: 'No actions in the Log in the last 7 days.' })], []);
  for (const p of d.people) push([p.who, p.confirmed, p.approved, p.packed, p.shipped], [TEXT, INT, INT, INT, INT]);
  blank();

  heading([s({ id: 'Ukuran tim', en: 'Team size' }), 'CS', 'Marketing', s({ id: 'Gudang', en: 'Warehouse' })]);
  push([s(d.team.sentence)], []);
  push([s({ id: 'Saran artikel', en: "The article's advice" }), d.team.suggested.cs, d.team.suggested.marketing, d.team.suggested.gudang], [TEXT, INT, INT, INT]);
  push([s({ id: 'Tim di Pengaturan', en: 'Team in Settings' }), d.team.current.cs, d.team.current.marketing, d.team.current.gudang], [TEXT, INT, INT, INT]);
  blank();

  heading([s({ id: 'Rencana', en: 'Plans' })]);
  push([s({ id: `${d.openPlans} rencana terbuka, ${d.overduePlans.length} lewat tenggat, ${d.undatedPlans} tanpa tenggat`, en: `${d.openPlans} open plans, ${d.overduePlans.length} overdue, ${d.undatedPlans} without a due date` })], []);
  for (const p of d.overduePlans.slice(0, 20)) push([`• ${p.item}`, p.division, p.owner, formatJakartaDate(p.due as number), p.status], []);
  for (const problem of d.planProblems) push([`⚠ ${s(problem)}`], []);
  blank();

  heading([s({ id: 'Kiriman tertahan', en: 'Stuck shipments' }), s({ id: 'Pelanggan', en: 'Customer' }), s({ id: 'Kurir', en: 'Courier' }), 'Resi', s({ id: 'Dikirim', en: 'Shipped' }), s({ id: 'Hari', en: 'Days' }), s({ id: 'Link WA untuk CS', en: 'WhatsApp link for CS' })]);
  if (d.stuckCount === 0) push([s({ id: 'Tidak ada.', en: 'None.' })], []);
  for (const x of d.stuck) push([x.orderId, x.customerName, x.courier, x.resi, formatJakartaDate(x.shippedAt), x.days, s(x.waLink)], [TEXT, TEXT, TEXT, TEXT, TEXT, INT, TEXT]);
  if (d.stuckCount > d.stuck.length) push([s({ id: `… dan ${d.stuckCount - d.stuck.length} lagi (lihat Gudang · Pengiriman)`, en: `… and ${d.stuckCount - d.stuck.length} more (see Gudang · Pengiriman)` })], []);
  blank();

  const chartRow = values.length + 1;
  heading([s({ id: 'Tanggal', en: 'Date' }), s({ id: 'Pesanan masuk', en: 'Orders in' })]);
  for (const { day, orders } of d.ordersPerDay) {
    const p = jakartaParts(day);
    push([`${p.day} ${SHORT_MONTH_NAMES_ID[p.month - 1]}`, orders], [TEXT, INT]);
  }
  return {
    values, numberFormats, fontWeights, backgrounds,
    columnWidths: [300, 110, 150, 110, 160, 140, 130, 90],
    chart: { row: chartRow, column: 1, numRows: d.ordersPerDay.length + 1, numColumns: 2, title: s({ id: 'Pesanan masuk per hari (30 hari)', en: 'Orders in per day (30 days)' }) },
    chartAnchor: { row: chartRow, column: 4 },
    builtAtCell,
  };
}
