/**
 * The COD risk flag, pure. At Konfirmasi pesanan a COD order is flagged when its customer (normalised
 * phone) has returned at least `Retur COD pelanggan (min)` COD parcels before, or when its destination
 * city's COD return rate over the last 90 days is above `Batas retur COD kota (%)` with at least
 * `Min. pesanan COD kota` COD orders counted there. The reasons are written in the order's `Risiko COD`;
 * Approve order then refuses a flagged COD order until finance writes `Cek COD` = Ya (or the order is no
 * longer COD: paid by transfer, Lunas).
 */
import { cellText } from './cell';
import { CodRiskSettings } from './cod-risk-settings';
import { cityCodOf, cityKey, CodTally, customerReturnsOf, jakartaDay } from './cod-tally';
import { joinTexts, Lang, say, Text } from './i18n';
import { normalizePhone } from './phone';
import { isCodPayment, OrderRecord } from './order-record';

/** Why a COD order is risky (empty: it is not). */
export type CodRisk = readonly Text[];

/** The reasons a COD order is flagged (see the file comment); empty for an order that is not COD or not risky. */
export function codRiskOf(order: Pick<OrderRecord, 'paymentMethod' | 'phone' | 'address'>, tally: CodTally, settings: CodRiskSettings, now: number): CodRisk {
  if (!isCodPayment(order.paymentMethod)) return [];
  const reasons: Text[] = [];
  const phone = normalizePhone(order.phone);
  if (settings.minCustomerReturns > 0 && phone.ok) {
    const returns = customerReturnsOf(tally, phone.phone);
    if (returns >= settings.minCustomerReturns) {
      reasons.push({ id: `pelanggan pernah retur COD ${returns}x`, en: `customer returned ${returns} COD parcel(s) before` });
    }
  }
  const city = cityKey(order.address);
  if (settings.cityRatePercent > 0 && city !== '') {
    const { orders, returns } = cityCodOf(tally, city, jakartaDay(now));
    // Above the threshold, in whole numbers: returns / orders > percent / 100.
    if (orders >= settings.cityMinOrders && returns * 100 > settings.cityRatePercent * orders) {
      const rate = Math.round((returns * 100) / orders);
      const name = cityOfLabel(order.address, city);
      reasons.push({
        id: `retur COD ${name} ${rate}% dalam 90 hari (${returns} dari ${orders}; batas ${settings.cityRatePercent}%)`,
        en: `COD returns to ${name} ${rate}% over 90 days (${returns} of ${orders}; limit ${settings.cityRatePercent}%)`,
      });
    }
  }
  return reasons;
}

/** The city as the address writes it, for messages (the key when the address is odd). */
function cityOfLabel(address: unknown, key: string): string {
  const parts = cellText(address).split(',');
  const last = (parts[parts.length - 1] ?? '').replace(/\b\d{5}\b/g, '').replace(/\s+/g, ' ').trim();
  return last || key;
}

/** Whether finance confirmed a flagged COD order: `Cek COD` reads Ya (ya, yes, y, ok, sudah, true). */
export function isCodChecked(value: unknown): boolean {
  return value === true || /^(ya|yes|y|ok|oke|sudah|true)$/i.test(cellText(value).replace(/[.!]+$/, ''));
}

/**
 * Why Approve order keeps a COD order in Approval: it carries a `Risiko COD` and finance has not written
 * `Cek COD` = Ya. Null when it may be approved (not COD, no risk, or checked).
 */
export function codApprovalRefusal(record: Pick<OrderRecord, 'paymentMethod' | 'codRisk' | 'codChecked'>): Text | null {
  if (!isCodPayment(record.paymentMethod)) return null;
  const risk = cellText(record.codRisk);
  if (risk === '' || isCodChecked(record.codChecked)) return null;
  return {
    id: `COD berisiko (${risk}) — hubungi pelanggan dulu, lalu isi kolom Cek COD = Ya (belum ada kolomnya? jalankan Toko → Setup); atau minta bayar transfer/DP (ubah Metode Bayar ke Transfer dan Status Bayar Lunas). Lalu Approve order lagi`,
    en: `risky COD (${risk}) — call the customer first, then set the COD checked column to Ya (no such column? run Toko → Setup); or ask for a transfer/down payment (set Payment method to Transfer and Payment status to Lunas). Then Approve order again`,
  };
}

/** A flagged order: its ID and why. */
export interface FlaggedCod {
  readonly orderId: string;
  readonly reasons: CodRisk;
}

/**
 * The confirmed orders with `Risiko COD` filled in (in the shop's language; blank for an order that is not
 * risky), and the flagged ones for the message.
 */
export function withCodRisk(records: readonly OrderRecord[], tally: CodTally, settings: CodRiskSettings, now: number, lang: Lang): { records: OrderRecord[]; flagged: FlaggedCod[] } {
  const flagged: FlaggedCod[] = [];
  const out = records.map((record) => {
    const reasons = codRiskOf(record, tally, settings, now);
    if (reasons.length === 0) return isCodPayment(record.paymentMethod) ? { ...record, codRisk: '' } : record;
    flagged.push({ orderId: cellText(record.orderId), reasons });
    return { ...record, codRisk: say(lang, joinTexts(reasons, '; ')) };
  });
  return { records: out, flagged };
}

/** What Konfirmasi pesanan tells CS about flagged orders; `recorded` false when Approval has no Risiko COD column yet. */
export function flaggedCodNote(flagged: readonly FlaggedCod[], recorded: boolean): Text[] {
  const lines: Text[] = flagged.map((f) => {
    const why = joinTexts(f.reasons, '; ');
    return { id: `${f.orderId}: COD berisiko — ${why.id}. Keuangan perlu isi Cek COD = Ya (atau minta transfer/DP) sebelum Approve order.`, en: `${f.orderId}: risky COD — ${why.en}. Finance must set COD checked to Ya (or ask for a transfer/down payment) before Approve order.` };
  });
  if (flagged.length && !recorded) {
    lines.push({ id: 'Kolom Risiko COD belum ada di Keuangan · Approval, jadi tanda ini tidak tersimpan di pesanan — jalankan Toko → Setup.', en: 'Keuangan · Approval has no COD risk column yet, so the flag is not kept on the order — run Toko → Setup.' });
  }
  return lines;
}
