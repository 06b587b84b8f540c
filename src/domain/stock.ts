/**
 * Stock of one SKU: on hand, reserved, available = on hand − reserved. Confirming reserves, rejecting or
 * cancelling releases, shipping takes the goods out of on hand and reserved. Each move is recorded in the
 * row's order trail (`TK-2611-0001:R`, `:S`), so a move already applied is recognised and never applied
 * twice; a shortage is a reason, never a negative number.
 */
import { Text } from './i18n';
import { Cell, cellInteger, cellText } from './cell';
import { StockRecord } from './order-record';

/**
 * Where an order stands for one SKU: R reserved, S shipped out, K came back (a COD return, see
 * domain/stock-return.ts); absent means nothing is held. T marks a
 * PO receipt (keyed by its receipt ID) whose units are already in on hand (see domain/purchasing.ts).
 * O marks the SKU's last stock opname (`OPNAME-<n>`, see domain/stock-count.ts).
 */
export type TrailState = 'R' | 'S' | 'T' | 'O' | 'K';

/** The stock of one SKU as read from its row. */
export interface StockLevel {
  readonly sku: string;
  readonly name: string;
  readonly variant: string;
  readonly onHand: number;
  readonly reserved: number;
  readonly costPrice: number;
  readonly sellingPrice: number;
  readonly reorderPoint: number;
  /** Order ID → its state, in the order written. */
  readonly trail: ReadonlyMap<string, TrailState>;
}

/** How many shipped entries a trail keeps (enough to recognise any rerun; open reservations are always kept). */
export const SHIPPED_TRAIL_KEPT = 50;

/** A product's name and variant as one label (`Kaos Polos Hitam · L`), leaving out whichever is blank. */
export function productLabel(record: { readonly name?: unknown; readonly variant?: unknown }): string {
  return [cellText(record.name), cellText(record.variant)].filter((part) => part !== '').join(' · ');
}

/** The units that can still be promised: on hand minus reserved. */
export function availableOf(level: StockLevel): number {
  return level.onHand - level.reserved;
}

/** Reads an order trail cell (`TK-1:R TK-2:S`); unreadable entries are ignored. */
export function parseTrail(value: Cell | undefined): Map<string, TrailState> {
  const trail = new Map<string, TrailState>();
  for (const entry of cellText(value).split(/[\s,]+/)) {
    const at = entry.lastIndexOf(':');
    const state = entry.slice(at + 1).toUpperCase();
    if (at > 0 && (state === 'R' || state === 'S' || state === 'T' || state === 'O' || state === 'K')) trail.set(entry.slice(0, at), state);
  }
  return trail;
}

/** Writes a trail back, keeping every open reservation, every receipt mark and the latest shipped (or returned) entries. */
export function formatTrail(trail: ReadonlyMap<string, TrailState>): string {
  const entries = [...trail];
  const shipped = entries.filter(([, s]) => s === 'S' || s === 'K');
  const dropped = new Set(shipped.slice(0, Math.max(0, shipped.length - SHIPPED_TRAIL_KEPT)).map(([id]) => id));
  return entries.filter(([id]) => !dropped.has(id)).map(([id, s]) => `${id}:${s}`).join(' ');
}

/** Reads a stock row; a SKU whose numbers are not whole numbers is a problem naming the column. */
export function readStockLevel(record: StockRecord): { ok: true; level: StockLevel } | { ok: false; problem: Text } {
  const sku = cellText(record.sku);
  const numbers = { onHand: cellInteger(record.onHand), reserved: cellInteger(record.reserved), costPrice: cellInteger(record.costPrice), sellingPrice: cellInteger(record.sellingPrice), reorderPoint: cellInteger(record.reorderPoint) };
  const labels: Record<keyof typeof numbers, Text> = {
    onHand: { id: 'Stok Fisik', en: 'On hand' },
    reserved: { id: 'Di-booking', en: 'Reserved' },
    costPrice: { id: 'Harga Pokok', en: 'Cost price' },
    sellingPrice: { id: 'Harga Jual', en: 'Selling price' },
    reorderPoint: { id: 'Batas Stok Minimum', en: 'Reorder point' },
  };
  for (const key of Object.keys(numbers) as (keyof typeof numbers)[]) {
    const value = numbers[key];
    if (value === null || value < 0) {
      return { ok: false, problem: { id: `${labels[key].id} untuk SKU ${sku} di Gudang · Stok bukan angka bulat ≥ 0 ("${cellText(record[key])}")`, en: `${labels[key].en} of SKU ${sku} in Gudang · Stok is not a whole number ≥ 0 ("${cellText(record[key])}")` } };
    }
  }
  return {
    ok: true,
    level: {
      sku,
      name: cellText(record.name),
      variant: cellText(record.variant),
      onHand: numbers.onHand as number,
      reserved: numbers.reserved as number,
      costPrice: numbers.costPrice as number,
      sellingPrice: numbers.sellingPrice as number,
      reorderPoint: numbers.reorderPoint as number,
      trail: parseTrail(record.orderTrail),
    },
  };
}

/** The result of one move: the new level (unchanged when already applied), or why it cannot happen. */
export type StockMoveResult = { ok: true; level: StockLevel; applied: boolean; warning?: Text } | { ok: false; reason: Text };

function withTrail(level: StockLevel, orderId: string, state: TrailState | null, changes: Partial<StockLevel>): StockLevel {
  const trail = new Map(level.trail);
  trail.delete(orderId);
  if (state) trail.set(orderId, state);
  return { ...level, ...changes, trail };
}

/** Holds `quantity` for an order; refused when fewer are available; a no-op if this order already holds or shipped it. */
export function reserve(level: StockLevel, orderId: string, quantity: number): StockMoveResult {
  if (level.trail.has(orderId)) return { ok: true, level, applied: false };
  const free = availableOf(level);
  if (free < quantity) {
    return { ok: false, reason: { id: `stok ${level.sku} kurang: perlu ${quantity}, tersedia ${Math.max(0, free)}`, en: `not enough ${level.sku}: needs ${quantity}, ${Math.max(0, free)} available` } };
  }
  return { ok: true, level: withTrail(level, orderId, 'R', { reserved: level.reserved + quantity }), applied: true };
}

/** Gives back what an order held; a no-op when it holds nothing. Never below zero: a short count is a warning. */
export function release(level: StockLevel, orderId: string, quantity: number): StockMoveResult {
  if (level.trail.get(orderId) !== 'R') return { ok: true, level, applied: false };
  const reserved = Math.max(0, level.reserved - quantity);
  const warning: Text | undefined = level.reserved < quantity
    ? { id: `Di-booking untuk ${level.sku} tinggal ${level.reserved}, kurang dari ${quantity}; dibuat 0 — cek Gudang · Stok`, en: `Reserved for ${level.sku} was ${level.reserved}, less than ${quantity}; set to 0 — check Gudang · Stok` }
    : undefined;
  return { ok: true, level: withTrail(level, orderId, null, { reserved }), applied: true, warning };
}

/** Takes shipped goods out of on hand and reserved; refused when on hand is short; a no-op if already shipped. */
export function shipOut(level: StockLevel, orderId: string, quantity: number): StockMoveResult {
  const state = level.trail.get(orderId);
  if (state === 'S') return { ok: true, level, applied: false };
  if (level.onHand < quantity) {
    return { ok: false, reason: { id: `stok fisik ${level.sku} kurang: perlu ${quantity}, ada ${level.onHand}`, en: `not enough ${level.sku} on hand: needs ${quantity}, ${level.onHand} on hand` } };
  }
  const held = state === 'R' ? quantity : 0;
  if (state !== 'R' && availableOf(level) < quantity) {
    return { ok: false, reason: { id: `stok ${level.sku} kurang: perlu ${quantity}, tersedia ${Math.max(0, availableOf(level))}`, en: `not enough ${level.sku}: needs ${quantity}, ${Math.max(0, availableOf(level))} available` } };
  }
  return { ok: true, level: withTrail(level, orderId, 'S', { onHand: level.onHand - quantity, reserved: Math.max(0, level.reserved - held) }), applied: true };
}

/** The stock columns a changed level writes back (the whole row write is one block, trail included). */
export function stockRowValues(level: StockLevel): { onHand: number; reserved: number; available: number; orderTrail: string } {
  return { onHand: level.onHand, reserved: level.reserved, available: availableOf(level), orderTrail: formatTrail(level.trail) };
}
