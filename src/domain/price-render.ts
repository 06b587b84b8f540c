/**
 * `Marketing · Harga` as a sheet layout (one row per SKU, flagged rows red, problems listed, a chart of the
 * percent difference of the SKUs compared) and the action's headline. Pure.
 */
import { Lang, Text } from './i18n';
import { formatJakartaDate } from './jakarta-time';
import { formatRupiah, RUPIAH_NUMBER_FORMAT } from './money';
import { PriceComparison } from './price-compare';
import { SheetLayout } from './sheet-layout';

/** The layout of Marketing · Harga. */
export type PriceLayout = SheetLayout<string | number | null>;

const WIDTH = 10;
const TEXT = '@';
const INT = '#,##0';
const PERCENT = '+0.0%;-0.0%;0.0%';
const DATETIME = 'dd MMM yyyy HH:mm';
const TITLE = '#e1bee7';
const HEADING = '#f3e5f5';
const RED = '#ef9a9a';
const WHITE = '#ffffff';
/** SKUs the chart shows at most (the dearest first, as the rows are ordered). */
const CHARTED = 20;

const percentWords = (fraction: number, lang: Lang): string => {
  const text = (Math.round(fraction * 1000) / 10).toFixed(1);
  return `${lang === 'id' ? text.replace('.', ',') : text}%`;
};

/** The sheet (see the file comment), `builtAt` in the stamp cell B2. */
export function renderPriceSheet(c: PriceComparison, lang: Lang, builtAt: number): PriceLayout {
  const s = (t: Text) => t[lang];
  const values: Array<Array<string | number | null>> = [];
  const numberFormats: string[][] = [];
  const fontWeights: string[][] = [];
  const backgrounds: string[][] = [];
  const push = (cells: ReadonlyArray<string | number | null>, formats: readonly string[] = [], bold = false, background = WHITE): void => {
    values.push(Array.from({ length: WIDTH }, (_, i) => (i < cells.length ? cells[i] : null)));
    numberFormats.push(Array.from({ length: WIDTH }, (_, i) => formats[i] ?? TEXT));
    fontWeights.push(Array.from({ length: WIDTH }, () => (bold ? 'bold' : 'normal')));
    backgrounds.push(Array.from({ length: WIDTH }, () => background));
  };
  const gap = percentWords(c.gap, lang);
  push([s({ id: 'Harga kita vs pesaing', en: 'Our prices vs competitors' })], [], true, TITLE);
  push([s({ id: 'Diperbarui', en: 'Built' }), builtAt, s({ id: 'Toko → Bandingkan harga memperbaruinya dari Marketing · Riset dan Harga Jual di Gudang · Stok.', en: 'Toko → Compare prices rebuilds it from Marketing · Riset and the selling prices in Gudang · Stok.' })], [TEXT, DATETIME]);
  push([s({
    id: `Per SKU: harga terbaru tiap pesaing, dibandingkan dengan yang termurah. Ditandai merah bila kita lebih mahal lebih dari ${gap} (Pengaturan: Batas selisih harga).`,
    en: `Per SKU: each competitor's latest price, compared with the cheapest. Red when we are more than ${gap} dearer (Settings: Batas selisih harga).`,
  })]);
  push([]);
  push([
    'SKU', s({ id: 'Produk', en: 'Product' }), s({ id: 'Harga kita', en: 'Our price' }), s({ id: 'Termurah pesaing', en: 'Cheapest competitor' }), s({ id: 'Pesaing', en: 'Competitor' }),
    s({ id: 'Selisih (Rp)', en: 'Difference (Rp)' }), s({ id: 'Selisih (%)', en: 'Difference (%)' }), s({ id: 'Tanda', en: 'Flag' }), s({ id: 'Dilihat', en: 'Seen' }), s({ id: 'Jml pesaing', en: 'Competitors' }),
  ], [], true, HEADING);
  if (c.rows.length === 0) push([s({ id: 'Belum ada harga pesaing dengan SKU Kita di Marketing · Riset.', en: 'No competitor price with our SKU in Marketing · Riset yet.' })]);
  for (const r of c.rows) {
    const flag = r.dearer
      ? s({ id: `LEBIH MAHAL ${percentWords(r.percent, 'id')}`, en: `DEARER ${percentWords(r.percent, 'en')}` })
      : r.difference > 0 ? s({ id: 'lebih mahal, masih wajar', en: 'dearer, within the gap' }) : r.difference < 0 ? s({ id: 'lebih murah', en: 'cheaper' }) : s({ id: 'sama', en: 'the same' });
    const competitor = `${r.cheapest.competitor}${r.cheapest.product ? ` · ${r.cheapest.product}` : ''}${r.cheapest.channel ? ` (${r.cheapest.channel})` : ''}`;
    push([r.sku, r.name, r.ourPrice, r.cheapest.price, competitor, r.difference, r.percent, flag, r.cheapest.seenOn === null ? '' : formatJakartaDate(r.cheapest.seenOn), r.competitors],
      [TEXT, TEXT, RUPIAH_NUMBER_FORMAT, RUPIAH_NUMBER_FORMAT, TEXT, RUPIAH_NUMBER_FORMAT, PERCENT, TEXT, TEXT, INT], false, r.dearer ? RED : WHITE);
  }
  if (c.problems.length) {
    push([]);
    push([s({ id: 'Baris yang belum bisa dibandingkan', en: 'Rows that cannot be compared yet' })], [], true, HEADING);
    for (const p of c.problems) push([`⚠ ${s(p)}`]);
  }
  push([]);
  const chartRow = values.length + 1;
  const charted = c.rows.slice(0, CHARTED);
  push(['SKU', s({ id: 'Selisih (%)', en: 'Difference (%)' })], [], true, HEADING);
  for (const r of charted) push([r.sku, r.percent], [TEXT, PERCENT]);
  return {
    values, numberFormats, fontWeights, backgrounds,
    columnWidths: [130, 200, 110, 130, 240, 110, 100, 170, 105, 95],
    chart: { row: chartRow, column: 1, numRows: charted.length + 1, numColumns: 2, title: s({ id: 'Selisih harga kita vs pesaing termurah', en: 'Our price vs the cheapest competitor' }) },
    chartAnchor: { row: chartRow, column: 4 },
    builtAtCell: { row: 2, column: 2 },
  };
}

/** What the action tells marketing: how many SKUs, which are dearer than the gap (up to five named), and the rows it could not use. */
export function priceHeadline(c: PriceComparison): Text {
  const dearer = c.rows.filter((r) => r.dearer);
  const named = dearer.slice(0, 5).map((r) => `${r.sku} (+${percentWords(r.percent, 'id')}, ${formatRupiah(r.difference)})`).join(', ');
  const namedEn = dearer.slice(0, 5).map((r) => `${r.sku} (+${percentWords(r.percent, 'en')}, ${formatRupiah(r.difference)})`).join(', ');
  const more = dearer.length > 5 ? dearer.length - 5 : 0;
  return {
    id: `Marketing · Harga diperbarui: ${c.rows.length} SKU dibandingkan. ${dearer.length ? `${dearer.length} lebih mahal > ${percentWords(c.gap, 'id')} dari pesaing termurah: ${named}${more ? ` dan ${more} lagi` : ''}.` : `Tidak ada yang lebih mahal > ${percentWords(c.gap, 'id')}.`}${c.problems.length ? ` ${c.problems.length} baris Riset belum bisa dibandingkan (lihat sheetnya).` : ''}`,
    en: `Marketing · Harga rebuilt: ${c.rows.length} SKU(s) compared. ${dearer.length ? `${dearer.length} more than ${percentWords(c.gap, 'en')} dearer than the cheapest competitor: ${namedEn}${more ? ` and ${more} more` : ''}.` : `None more than ${percentWords(c.gap, 'en')} dearer.`}${c.problems.length ? ` ${c.problems.length} research row(s) cannot be compared yet (see the sheet).` : ''}`,
  };
}
