/**
 * Toko → Bandingkan harga (Marketing, Manajemen): `Marketing · Harga` rebuilt from the price observations
 * in `Marketing · Riset` and the selling prices in `Gudang · Stok` (docs/marketing.md, "Research"). Riset
 * is read once — its header, then the needed columns of every row in one block (a log that grows by a few
 * rows a week: the cells grow with it, the calls do not) — the stock's needed columns once, the comparison
 * is pure (domain/price-compare.ts), and the sheet is rebuilt in place like the dashboard, so a rerun
 * changes nothing twice. Riset stays the log people type in: nothing is written into it.
 */
import { UserError } from '../domain/i18n';
import { parseRupiah } from '../domain/money';
import { comparePrices, PriceComparison } from '../domain/price-compare';
import { priceHeadline, renderPriceSheet } from '../domain/price-render';
import { cellText } from '../domain/cell';
import { productLabel } from '../domain/stock';
import { readColumns, readLayout, readRows } from '../sheets/columns';
import { DIVISION_COLORS, PRICE_SHEET_NAME, RESEARCH_SHEET, STOCK_SHEET } from '../sheets/schema';
import { writeLayoutSheet } from '../sheets/layout-sheet';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';

/** Who may compare prices, and the action's name in messages and the Log. */
export const COMPARE_PRICES_ACTION: ActionSpec = { name: 'Bandingkan harga', divisions: ['Marketing', 'Manajemen'] };

/** The columns of Marketing · Riset the comparison reads. */
const RESEARCH_KEYS = ['date', 'subject', 'product', 'theirPrice', 'ourSku', 'channel'] as const;

/** Reads Riset and the stock (see the file comment) and compares; a Riset without the price columns says to run Setup. */
export function loadPriceComparison(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, gap: number): PriceComparison {
  const layout = readLayout(ss, RESEARCH_SHEET, RESEARCH_KEYS);
  if (!layout.positions.has('theirPrice') || !layout.positions.has('ourSku')) {
    throw new UserError({
      id: `Kolom Harga Pesaing dan SKU Kita belum ada di ${RESEARCH_SHEET.name}. Jalankan Toko → Setup sekali (kolomnya ditambahkan di ujung kanan), isi harga pesaing, lalu coba lagi.`,
      en: `${RESEARCH_SHEET.name} has no Harga Pesaing and SKU Kita columns yet. Run Toko → Setup once (they are added at the right end), fill in competitor prices, then try again.`,
    });
  }
  const research = readRows(layout, RESEARCH_KEYS, 2).rows;
  const stock = readColumns(ss, STOCK_SHEET, ['sku', 'name', 'variant', 'sellingPrice']).map((row) => ({
    sku: cellText(row.record.sku),
    name: productLabel(row.record),
    sellingPrice: parseRupiah(row.record.sellingPrice),
  }));
  return comparePrices(research, stock, gap);
}

/** Rebuilds Marketing · Harga and says which SKUs are dearer than the gap. */
export function comparePricesAction(ctx: ActionContext): ActionOutcome {
  const comparison = loadPriceComparison(ctx.ss, ctx.settings.priceGap);
  const layout = renderPriceSheet(comparison, ctx.lang, ctx.now);
  writeLayoutSheet(ctx.ss, PRICE_SHEET_NAME, DIVISION_COLORS.Marketing, layout, (sheet) => layout.columnWidths.forEach((width, i) => sheet.setColumnWidth(i + 1, width)), { noLegend: true });
  const dearer = comparison.rows.filter((r) => r.dearer).length;
  ctx.log({ action: COMPARE_PRICES_ACTION.name, details: `${comparison.rows.length} SKU, ${dearer} lebih mahal, ${comparison.problems.length} baris belum bisa` });
  return { message: priceHeadline(comparison), alert: dearer > 0 || comparison.problems.length > 0 };
}

/** Toko → Bandingkan harga. */
export function comparePricesFromMenu(): void {
  runAction(COMPARE_PRICES_ACTION, comparePricesAction);
}
