/**
 * All promos of Marketing · Promo by code, for one action: looks a code up, records an order's use
 * (or gives it back) in the promo row's trail, and hands back the rows that changed for one write.
 * The trail (`Dipakai Oleh`: order ID and discount per use) is the idempotency key: an order is in it
 * at most once, so a rerun never counts a use twice, and `Terpakai`/`Diskon Diberikan` follow from it.
 */
import { Cell, cellText } from './cell';
import { Text } from './i18n';
import { formatPromoUses, normalizePromoCode, Promo, PromoRecord, PromoUse, readPromo } from './promo';

/** A promo row as read: its sheet row and values. */
export interface PromoRow {
  readonly rowNumber: number;
  readonly record: PromoRecord;
}

/** A promo row to write back: uses, discount given and the trail. */
export interface PromoRowChange {
  readonly rowNumber: number;
  readonly changes: { readonly uses: Cell; readonly discountGiven: Cell; readonly usedBy: Cell };
}

interface Entry {
  readonly rowNumber: number;
  promo?: Promo;
  problem?: Text;
}

/** See the file comment. Mutable for the length of one plan only. */
export class PromoBook {
  private readonly byCode = new Map<string, Entry>();
  private readonly changed = new Set<string>();

  /** Indexes the rows by normalised code; a code on two rows is a problem for orders that use it. */
  constructor(rows: readonly PromoRow[]) {
    for (const row of rows) {
      const code = normalizePromoCode(row.record.code);
      if (code === '') continue;
      const first = this.byCode.get(code);
      if (first) {
        this.byCode.set(code, { rowNumber: first.rowNumber, problem: { id: `kode promo ${code} ada dua kali di Marketing · Promo (baris ${first.rowNumber} dan ${row.rowNumber})`, en: `promo code ${code} is listed twice in Marketing · Promo (rows ${first.rowNumber} and ${row.rowNumber})` } });
        continue;
      }
      const read = readPromo(row.record, row.rowNumber);
      this.byCode.set(code, read.ok ? { rowNumber: row.rowNumber, promo: read.promo } : { rowNumber: row.rowNumber, problem: read.problem });
    }
  }

  /** The promo of a code (typed any way), or why it cannot be used: unknown, listed twice, or its row is not right. */
  lookup(code: string): { ok: true; promo: Promo } | { ok: false; reason: Text } {
    const key = normalizePromoCode(code);
    const entry = this.byCode.get(key);
    if (!entry) return { ok: false, reason: { id: `kode promo ${key} tidak ada di Marketing · Promo — periksa ejaannya atau tanyakan ke marketing`, en: `promo code ${key} is not in Marketing · Promo — check the spelling or ask marketing` } };
    if (!entry.promo) return { ok: false, reason: entry.problem as Text };
    return { ok: true, promo: entry.promo };
  }

  /** Records (or updates) an order's use of a promo found by `lookup`. */
  record(code: string, orderId: string, discount: number): void {
    this.setUses(code, (uses) => [...uses.filter((u) => u.orderId !== orderId.toUpperCase()), { orderId: orderId.toUpperCase(), discount }]);
  }

  /** Gives an order's use back; false when the promo is gone or the order held no use of it. */
  release(code: string, orderId: string): boolean {
    const entry = this.byCode.get(normalizePromoCode(code));
    if (!entry?.promo || !entry.promo.uses.some((u) => u.orderId === orderId.toUpperCase())) return false;
    this.setUses(code, (uses) => uses.filter((u) => u.orderId !== orderId.toUpperCase()));
    return true;
  }

  private setUses(code: string, change: (uses: readonly PromoUse[]) => PromoUse[]): void {
    const key = normalizePromoCode(code);
    const entry = this.byCode.get(key);
    if (!entry?.promo) return;
    entry.promo = { ...entry.promo, uses: change(entry.promo.uses) };
    this.changed.add(key);
  }

  /** The rows changed so far, in sheet order. */
  changes(): PromoRowChange[] {
    return [...this.changed]
      .map((key) => this.byCode.get(key) as Entry)
      .sort((a, b) => a.rowNumber - b.rowNumber)
      .map((entry) => {
        const uses = (entry.promo as Promo).uses;
        return { rowNumber: entry.rowNumber, changes: { uses: uses.length, discountGiven: uses.reduce((sum, u) => sum + u.discount, 0), usedBy: formatPromoUses(uses) } };
      });
  }
}

/** The normalised promo code of an order record's `Kode Promo` cell ('' when blank). */
export function orderPromoCode(value: unknown): string {
  return normalizePromoCode(cellText(value));
}
