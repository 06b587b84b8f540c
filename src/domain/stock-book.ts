/**
 * All SKUs of Gudang · Stok by row, for one action: moves are applied to an order's items all or
 * nothing, and the rows that changed are handed back for one write.
 */
import { Text } from './i18n';
import { OrderItem, parseItems } from './items';
import { Cell, cellText } from './cell';
import { StockRow } from './order-record';
import { readStockLevel, release, reserve, shipOut, StockLevel, StockMoveResult, stockRowValues } from './stock';

/** Which move to apply to every item of an order. */
export type StockMove = 'reserve' | 'release' | 'ship';

/** A stock row to write back. */
export interface StockRowChange {
  readonly rowNumber: number;
  readonly changes: ReturnType<typeof stockRowValues>;
}

interface Entry {
  rowNumber: number;
  level?: StockLevel;
  problem?: Text;
}

const MOVES: Record<StockMove, (level: StockLevel, orderId: string, quantity: number) => StockMoveResult> = { reserve, release, ship: shipOut };

/** See the file comment. Mutable for the length of one plan only. */
export class StockBook {
  private readonly bySku = new Map<string, Entry>();
  private readonly changed = new Set<string>();

  /** Indexes the stock rows by SKU (case-insensitive); a SKU listed twice is a problem for orders that use it. */
  constructor(rows: readonly StockRow[]) {
    for (const row of rows) {
      const sku = cellText(row.record.sku);
      if (sku === '') continue;
      const key = sku.toUpperCase();
      if (this.bySku.has(key)) {
        const first = this.bySku.get(key) as Entry;
        this.bySku.set(key, { rowNumber: first.rowNumber, problem: { id: `SKU ${sku} tercantum dua kali di Gudang · Stok (baris ${first.rowNumber} dan ${row.rowNumber})`, en: `SKU ${sku} is listed twice in Gudang · Stok (rows ${first.rowNumber} and ${row.rowNumber})` } });
        continue;
      }
      const result = readStockLevel(row.record);
      this.bySku.set(key, result.ok ? { rowNumber: row.rowNumber, level: result.level } : { rowNumber: row.rowNumber, problem: result.problem });
    }
  }

  /** The level of a SKU, or the reason it cannot be used (unknown, listed twice, unreadable numbers). */
  level(sku: string): { ok: true; level: StockLevel } | { ok: false; reason: Text } {
    const entry = this.bySku.get(sku.trim().toUpperCase());
    if (!entry) return { ok: false, reason: { id: `SKU ${sku} tidak ada di Gudang · Stok`, en: `SKU ${sku} is not in Gudang · Stok` } };
    if (entry.problem || !entry.level) return { ok: false, reason: entry.problem as Text };
    return { ok: true, level: entry.level };
  }

  /** Applies one move to every item of an order, or to none of them; returns every reason it cannot. */
  move(orderId: string, items: readonly OrderItem[], move: StockMove): { ok: true; applied: boolean; warnings: Text[] } | { ok: false; reasons: Text[] } {
    const reasons: Text[] = [];
    const warnings: Text[] = [];
    const next: Array<[string, StockLevel]> = [];
    let applied = false;
    for (const item of items) {
      const found = this.level(item.sku);
      if (!found.ok) {
        reasons.push(found.reason);
        continue;
      }
      const result = MOVES[move](found.level, orderId, item.quantity);
      if (!result.ok) reasons.push(result.reason);
      else {
        if (result.warning) warnings.push(result.warning);
        if (result.applied) {
          applied = true;
          next.push([item.sku.trim().toUpperCase(), result.level]);
        }
      }
    }
    if (reasons.length) return { ok: false, reasons };
    for (const [key, level] of next) {
      (this.bySku.get(key) as Entry).level = level;
      this.changed.add(key);
    }
    return { ok: true, applied, warnings };
  }

  /** Releases what an order holds, read from its Item cell; an Item cell that cannot be read releases nothing. */
  releaseOrder(orderId: string, itemsCell: Cell): { ok: true; applied: boolean; warnings: Text[] } | { ok: false; reasons: Text[] } {
    const items = parseItems(itemsCell);
    return items.ok ? this.move(orderId, items.items, 'release') : { ok: true, applied: false, warnings: [] };
  }

  /** The rows changed so far, in sheet order. */
  changes(): StockRowChange[] {
    return [...this.changed]
      .map((key) => this.bySku.get(key) as Entry)
      .sort((a, b) => a.rowNumber - b.rowNumber)
      .map((entry) => ({ rowNumber: entry.rowNumber, changes: stockRowValues(entry.level as StockLevel) }));
  }
}
