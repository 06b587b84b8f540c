/**
 * Our price against competitors' per SKU, from the price observations marketing logs in `Marketing ·
 * Riset` (docs/marketing.md, "Research"), pure. For each SKU, each competitor's latest observation counts
 * (a newer price replaces the older one of the same shop; rows without a date count as older than dated
 * ones, and a lower row wins between equals). Our price is the SKU's `Harga Jual` in Gudang · Stok; it is
 * compared with the cheapest of those latest prices: difference = ours − theirs (Rupiah), percent =
 * difference ÷ theirs. A SKU more than the setting's percent dearer is flagged. Rows the comparison
 * cannot use are named (row and what to type), never thrown.
 */
import { cellText } from './cell';
import { Text } from './i18n';
import { parseLedgerDate } from './ledger';
import { Rupiah } from './money';
import { parseTypedRupiah } from './typed-figures';

/** A row of Marketing · Riset as read (keys of RESEARCH_SHEET; dates epoch ms). */
export interface ResearchRowInput {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, unknown>>;
}

/** A SKU of Gudang · Stok as the comparison needs it. */
export interface PricedSku {
  readonly sku: string;
  readonly name: string;
  /** Harga Jual; null when blank or unreadable. */
  readonly sellingPrice: Rupiah | null;
}

/** One competitor's price that counts for a SKU. */
export interface CompetitorPrice {
  readonly competitor: string;
  readonly product: string;
  readonly price: Rupiah;
  readonly seenOn: number | null;
  readonly channel: string;
  readonly rowNumber: number;
}

/** One SKU's comparison. */
export interface SkuComparison {
  readonly sku: string;
  readonly name: string;
  readonly ourPrice: Rupiah;
  /** The cheapest of the competitors' latest prices. */
  readonly cheapest: CompetitorPrice;
  /** How many competitors have a price for this SKU. */
  readonly competitors: number;
  /** Ours − theirs: positive when we are dearer. */
  readonly difference: Rupiah;
  /** Difference ÷ theirs (0.18 = we are 18% dearer). */
  readonly percent: number;
  /** More than the allowed gap dearer. */
  readonly dearer: boolean;
}

/** The comparison: flagged SKUs first, the dearest first; then the rest by SKU. */
export interface PriceComparison {
  readonly rows: readonly SkuComparison[];
  /** The allowed gap (a fraction) the flags used. */
  readonly gap: number;
  readonly problems: readonly Text[];
}

const at = (rowNumber: number, id: string, en: string): Text => ({ id: `Marketing · Riset baris ${rowNumber}: ${id}`, en: `Marketing · Riset row ${rowNumber}: ${en}` });

/** Compares (see the file comment); `gap` is the Pengaturan setting as a fraction (0.1 = 10%). */
export function comparePrices(research: readonly ResearchRowInput[], stock: readonly PricedSku[], gap: number): PriceComparison {
  const bySku = new Map(stock.filter((s) => s.sku !== '').map((s) => [s.sku.trim().toLowerCase(), s]));
  const problems: Text[] = [];
  const latest = new Map<string, Map<string, CompetitorPrice>>();
  for (const { rowNumber, record } of research) {
    const priceText = cellText(record.theirPrice);
    const skuText = cellText(record.ourSku);
    if (priceText === '' && skuText === '') continue; // a finding that is no price observation
    if (priceText === '') {
      problems.push(at(rowNumber, `SKU Kita ${skuText} tanpa Harga Pesaing — isi harganya, mis. 85000`, `our SKU ${skuText} without a competitor price — fill it in, e.g. 85000`));
      continue;
    }
    const price = parseTypedRupiah(record.theirPrice);
    if (price === null || price === 0) {
      problems.push(at(rowNumber, `Harga Pesaing "${priceText}" bukan angka Rupiah — ketik mis. 85000 atau 85rb`, `competitor price "${priceText}" is not an amount — type e.g. 85000`));
      continue;
    }
    if (skuText === '') {
      problems.push(at(rowNumber, 'Harga Pesaing tanpa SKU Kita — isi SKU kita yang setara (seperti di Gudang · Stok)', 'a competitor price without our SKU — fill in the matching SKU (as in Gudang · Stok)'));
      continue;
    }
    const key = skuText.toLowerCase();
    if (!bySku.has(key)) {
      problems.push(at(rowNumber, `SKU Kita "${skuText}" tidak ada di Gudang · Stok`, `our SKU "${skuText}" is not in Gudang · Stok`));
      continue;
    }
    const competitor = cellText(record.subject) || '(tanpa nama)';
    const seenOn = cellText(record.date) === '' ? null : parseLedgerDate(record.date);
    const observation: CompetitorPrice = { competitor, product: cellText(record.product), price, seenOn, channel: cellText(record.channel), rowNumber };
    const perCompetitor = latest.get(key) ?? new Map<string, CompetitorPrice>();
    const before = perCompetitor.get(competitor.toLowerCase());
    if (!before || (observation.seenOn ?? -Infinity) >= (before.seenOn ?? -Infinity)) perCompetitor.set(competitor.toLowerCase(), observation);
    latest.set(key, perCompetitor);
  }
  const rows: SkuComparison[] = [];
  for (const [key, perCompetitor] of latest) {
    const item = bySku.get(key) as PricedSku;
    if (item.sellingPrice === null || item.sellingPrice <= 0) {
      problems.push({ id: `Gudang · Stok: ${item.sku} belum punya Harga Jual, jadi tidak dibandingkan`, en: `Gudang · Stok: ${item.sku} has no selling price, so it is not compared` });
      continue;
    }
    const prices = [...perCompetitor.values()];
    const cheapest = prices.reduce((a, b) => (b.price < a.price ? b : a));
    const difference = item.sellingPrice - cheapest.price;
    const percent = difference / cheapest.price;
    rows.push({ sku: item.sku, name: item.name, ourPrice: item.sellingPrice, cheapest, competitors: prices.length, difference, percent, dearer: percent > gap + 1e-9 });
  }
  rows.sort((a, b) => Number(b.dearer) - Number(a.dearer) || (a.dearer ? b.percent - a.percent : 0) || a.sku.localeCompare(b.sku));
  return { rows, gap, problems };
}
