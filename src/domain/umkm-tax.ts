/**
 * The small-business tax helper (docs/finance.md § Tax helper): the final income tax of 0.5% on gross
 * turnover for UMKM (PP 55/2022, which amends PP 23/2018; PMK 164/2023), and PPN only for a PKP. A helper,
 * not tax advice. Pure.
 *
 * - **Gross turnover** (peredaran bruto) of a month = the cash book's `Pemasukan · Penjualan` dated in
 *   it (what customers paid at the sale moment: approval, or delivery for COD, shipping included) minus
 *   its `Pengeluaran · Refund` (money paid back). The cash book is read whole for the report already, so
 *   the year's running turnover costs no extra read.
 * - **Orang pribadi** on the final regime: the first Rp500.000.000 of the calendar year's turnover is not
 *   taxed (PP 55/2022 art. 60(2)); the month's tax is 0.5% of the part of the year's turnover above it
 *   that falls in the month, so the month that crosses Rp500 juta is taxed on its part above only. The
 *   year starts again on 1 January.
 * - **Badan usaha** on the final regime: 0.5% of the whole month's turnover (no untaxed part).
 * - The tax is rounded down to whole Rupiah; it is deposited by the **15th of the next month**.
 * - Over Rp4.800.000.000 in the year the final regime no longer applies the next year (said, not computed).
 * - **PPN** (PKP only): prices are taken to include PPN, so the month's output PPN = turnover × rate ÷
 *   (100% + rate), rounded down; input PPN is not tracked. Deposited and reported by the end of the next month.
 */
import { Text } from './i18n';
import { cellText } from './cell';
import { Rupiah } from './money';
import { EXPENSE, INCOME, LedgerEntry, REFUND_CATEGORY, SALES_CATEGORY } from './ledger';
import { jakartaInstant, jakartaParts } from './jakarta-time';

/** The part of an individual's yearly turnover that is not taxed (PP 55/2022). */
export const UNTAXED_TURNOVER_INDIVIDUAL: Rupiah = 500_000_000;
/** The yearly turnover up to which the final 0.5% regime applies (PP 23/2018 art. 3). */
export const FINAL_REGIME_LIMIT: Rupiah = 4_800_000_000;
/** The final rate, as a divisor: 0.5% = 1/200. */
const FINAL_RATE_DIVISOR = 200;

/** Who pays: an individual (orang pribadi) or a business entity (badan usaha: CV, PT, firma, koperasi). */
export type TaxpayerKind = 'individual' | 'entity';

/** The tax settings once checked. */
export interface TaxSetup {
  readonly kind: TaxpayerKind;
  readonly finalRegime: boolean;
  readonly pkp: boolean;
  /** The PPN rate in percent (e.g. 11 or 12); null when not PKP. */
  readonly vatRate: number | null;
}

/** The settings as typed in Pengaturan. */
export interface TaxSettingsInput {
  readonly taxpayerKind: string;
  readonly finalTax: string;
  readonly pkp: string;
  readonly vatRate: string;
}

const t = (id: string, en: string): Text => ({ id, en });

/** What a bad or blank tax setting needs, in the shop's words. */
export const taxSettingTexts = {
  kindMissing: () => t('Isi "Wajib pajak" di Pengaturan: Orang pribadi atau Badan usaha.', 'Fill in "Wajib pajak" in Pengaturan: Orang pribadi (individual) or Badan usaha (business entity).'),
  kindInvalid: (raw: string) => t(`"Wajib pajak" di Pengaturan berisi "${raw}": tulis Orang pribadi atau Badan usaha.`, `"Wajib pajak" in Pengaturan says "${raw}": write Orang pribadi or Badan usaha.`),
  finalMissing: () => t('Isi "PPh final UMKM 0,5%" di Pengaturan: Ya (PP 55/2022) atau Tidak.', 'Fill in "PPh final UMKM 0,5%" in Pengaturan: Ya (PP 55/2022) or Tidak.'),
  finalInvalid: (raw: string) => t(`"PPh final UMKM 0,5%" di Pengaturan berisi "${raw}": tulis Ya atau Tidak.`, `"PPh final UMKM 0,5%" in Pengaturan says "${raw}": write Ya or Tidak.`),
  pkpMissing: () => t('Isi "PKP" di Pengaturan: Ya kalau toko sudah dikukuhkan sebagai Pengusaha Kena Pajak, Tidak kalau belum.', 'Fill in "PKP" in Pengaturan: Ya if the shop is a registered VAT payer (PKP), Tidak if not.'),
  pkpInvalid: (raw: string) => t(`"PKP" di Pengaturan berisi "${raw}": tulis Ya atau Tidak.`, `"PKP" in Pengaturan says "${raw}": write Ya or Tidak.`),
  vatMissing: () => t('Toko PKP: isi "Tarif PPN" di Pengaturan (misalnya 11% atau 12%).', 'The shop is PKP: fill in "Tarif PPN" in Pengaturan (e.g. 11% or 12%).'),
  vatInvalid: (raw: string) => t(`"Tarif PPN" di Pengaturan berisi "${raw}": tulis persen antara 0 dan 100, misalnya 11%.`, `"Tarif PPN" in Pengaturan says "${raw}": write a percentage between 0 and 100, e.g. 11%.`),
};

const yesNo = (raw: string): boolean | null => (/^(ya|yes|y|true|1)$/i.test(raw) ? true : /^(tidak|no|n|false|0|bukan)$/i.test(raw) ? false : null);

/** Checks the tax settings; returns the setup, or null with what to fill in (every fault at once). */
export function readTaxSettings(input: TaxSettingsInput): { setup: TaxSetup | null; problems: Text[] } {
  const problems: Text[] = [];
  const kindRaw = cellText(input.taxpayerKind);
  const kindWord = kindRaw.toLowerCase().replace(/\s+/g, ' ');
  const kind: TaxpayerKind | null = /^(orang pribadi|op|pribadi|individual|perorangan)$/.test(kindWord) ? 'individual' : /^(badan usaha|badan|cv|pt|firma|koperasi|entity|company)$/.test(kindWord) ? 'entity' : null;
  if (kindRaw === '') problems.push(taxSettingTexts.kindMissing());
  else if (kind === null) problems.push(taxSettingTexts.kindInvalid(kindRaw));
  const finalRaw = cellText(input.finalTax);
  const finalRegime = yesNo(finalRaw);
  if (finalRaw === '') problems.push(taxSettingTexts.finalMissing());
  else if (finalRegime === null) problems.push(taxSettingTexts.finalInvalid(finalRaw));
  const pkpRaw = cellText(input.pkp);
  const pkp = yesNo(pkpRaw);
  if (pkpRaw === '') problems.push(taxSettingTexts.pkpMissing());
  else if (pkp === null) problems.push(taxSettingTexts.pkpInvalid(pkpRaw));
  let vatRate: number | null = null;
  if (pkp) {
    const vatRaw = cellText(input.vatRate);
    const parsed = parsePercent(vatRaw);
    if (vatRaw === '') problems.push(taxSettingTexts.vatMissing());
    else if (parsed === null) problems.push(taxSettingTexts.vatInvalid(vatRaw));
    vatRate = parsed;
  }
  if (problems.length || kind === null || finalRegime === null || pkp === null) return { setup: null, problems };
  return { setup: { kind, finalRegime, pkp, vatRate }, problems: [] };
}

/** A percentage as typed (`11`, `11%`, `11,5 %`, or a sheet's 0.11); null unless 0 < rate < 100. */
function parsePercent(raw: string): number | null {
  const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(raw.trim());
  if (!m) return null;
  let rate = Number(m[1].replace(',', '.'));
  if (!raw.includes('%') && rate > 0 && rate < 1) rate *= 100;
  return rate > 0 && rate < 100 ? Math.round(rate * 100) / 100 : null;
}

/**
 * Gross turnover per Jakarta month of `year` (index 0 = January): Σ `Pemasukan · Penjualan` − Σ
 * `Pengeluaran · Refund` dated in the month.
 */
export function monthlyTurnover(ledger: readonly LedgerEntry[], year: number): Rupiah[] {
  const months = Array<number>(12).fill(0);
  for (const entry of ledger) {
    const parts = jakartaParts(entry.date);
    if (parts.year !== year) continue;
    const category = entry.category.toLowerCase();
    if (entry.type === INCOME && category === SALES_CATEGORY.toLowerCase()) months[parts.month - 1] += entry.amount;
    else if (entry.type === EXPENSE && category === REFUND_CATEGORY.toLowerCase()) months[parts.month - 1] -= entry.amount;
  }
  return months;
}

/** The helper's figures for one month. */
export interface TaxMonth {
  readonly month: string;
  readonly turnoverMonth: Rupiah;
  /** The year's turnover before the month, and up to its end. */
  readonly turnoverYearBefore: Rupiah;
  readonly turnoverYearToDate: Rupiah;
  /** What is not taxed in the year (Rp500 juta for an individual, 0 for an entity), and what of it is left after the month. */
  readonly untaxed: Rupiah;
  readonly untaxedLeft: Rupiah;
  /** The month's turnover that is taxed, and the final tax on it (null off the final regime). */
  readonly taxedTurnover: Rupiah;
  readonly finalTax: Rupiah | null;
  /** The deposit deadline of the final tax: the 15th of the next month, 00.00 WIB of that day. */
  readonly depositBy: number;
  /** The month's output PPN (null when not PKP), due by the end of the next month. */
  readonly vat: Rupiah | null;
  readonly vatDueBy: number;
  /** Whether the year's turnover is above Rp4,8 miliar (the final regime ends next year). */
  readonly overFinalLimit: boolean;
}

/**
 * The tax helper of `month` (`yyyy-MM`) from the year's turnover by month (monthlyTurnover). A negative
 * month (refunds above sales) lowers the year's running turnover; it never makes the tax negative.
 */
export function umkmTaxMonth(month: string, turnoverByMonth: readonly Rupiah[], setup: TaxSetup): TaxMonth {
  const [year, m] = month.split('-').map(Number);
  const turnoverYearBefore = turnoverByMonth.slice(0, m - 1).reduce((a, b) => a + b, 0);
  const turnoverMonth = turnoverByMonth[m - 1] ?? 0;
  const turnoverYearToDate = turnoverYearBefore + turnoverMonth;
  const untaxed = setup.kind === 'individual' ? UNTAXED_TURNOVER_INDIVIDUAL : 0;
  const above = (total: number) => Math.max(0, total - untaxed);
  const taxedTurnover = Math.max(0, above(turnoverYearToDate) - above(turnoverYearBefore));
  const next = m === 12 ? { year: year + 1, month: 1 } : { year, month: m + 1 };
  const afterNext = next.month === 12 ? { year: next.year + 1, month: 1 } : { year: next.year, month: next.month + 1 };
  return {
    month,
    turnoverMonth,
    turnoverYearBefore,
    turnoverYearToDate,
    untaxed,
    untaxedLeft: Math.max(0, untaxed - Math.max(0, turnoverYearToDate)),
    taxedTurnover,
    finalTax: setup.finalRegime ? Math.floor(taxedTurnover / FINAL_RATE_DIVISOR) : null,
    depositBy: jakartaInstant(next.year, next.month, 15),
    vat: setup.pkp && setup.vatRate !== null ? vatIncluded(turnoverMonth, setup.vatRate) : null,
    vatDueBy: jakartaInstant(afterNext.year, afterNext.month, 1) - 24 * 60 * 60 * 1000,
    overFinalLimit: turnoverYearToDate > FINAL_REGIME_LIMIT,
  };
}

/** The PPN inside a price that includes it: amount × rate ÷ (100 + rate), rounded down; 0 for a negative amount. */
export function vatIncluded(amount: Rupiah, ratePercent: number): Rupiah {
  if (amount <= 0) return 0;
  const bp = Math.round(ratePercent * 100);
  return Math.floor((amount * bp) / (10_000 + bp));
}
