/**
 * The COD risk flag's three settings in Pengaturan: how many COD returns make a customer risky, the
 * return rate (percent) above which a destination city is risky, and how many COD orders a city needs
 * in the window before its rate counts. 0 turns a rule off; blank or unreadable is the default.
 */

/** When Konfirmasi pesanan flags a COD order. */
export interface CodRiskSettings {
  /** `Retur COD pelanggan (min)`: a customer with at least this many COD returns is flagged; 0 = rule off. */
  readonly minCustomerReturns: number;
  /** `Batas retur COD kota (%)`: a city whose COD return rate is above this is flagged; 0 = rule off. */
  readonly cityRatePercent: number;
  /** `Min. pesanan COD kota`: a city's rate counts only from this many COD orders (delivered + returned) in the window. */
  readonly cityMinOrders: number;
}

/** The defaults: one return makes a customer risky; a city above 30% of at least 10 COD orders. */
export const DEFAULT_COD_RISK: CodRiskSettings = { minCustomerReturns: 1, cityRatePercent: 30, cityMinOrders: 10 };

/** A whole number from `min` to `max` as typed (`30`, `30%`, ` 2 `); anything else is null. */
function wholeIn(value: string, min: number, max: number): number | null {
  const text = value.trim().replace(/%$/, '').trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Reads the three settings (each falls back to its default when blank or unreadable). */
export function parseCodRiskSettings(customerReturns: string, cityRatePercent: string, cityMinOrders: string): CodRiskSettings {
  return {
    minCustomerReturns: wholeIn(customerReturns, 0, 100) ?? DEFAULT_COD_RISK.minCustomerReturns,
    cityRatePercent: wholeIn(cityRatePercent, 0, 100) ?? DEFAULT_COD_RISK.cityRatePercent,
    cityMinOrders: wholeIn(cityMinOrders, 1, 100_000) ?? DEFAULT_COD_RISK.cityMinOrders,
  };
}
