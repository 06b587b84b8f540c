/**
 * A COD parcel back in the warehouse, for one SKU of the order: the units checked good go back to on
 * hand, the damaged ones to the SKU's `Stok Rusak` (never on hand, never sold). The order's trail entry
 * becomes K (came back), so a rerun never returns the same order twice; reserved is untouched (shipped
 * goods hold no reservation).
 */
import { Text } from './i18n';
import { StockLevel } from './stock';

/** A SKU's level with its damaged count (`Stok Rusak`, 0 when blank). */
export interface ReturnLevel {
  readonly level: StockLevel;
  readonly damaged: number;
}

/** The result of returning one order's units of one SKU: the new level (unchanged when already returned), or why not. */
export type ReturnResult = { ok: true; next: ReturnLevel; applied: boolean } | { ok: false; reason: Text };

/** Returns `good` units to on hand and `damaged` to Stok Rusak for an order; a no-op when its trail says K already. */
export function returnIn(current: ReturnLevel, orderId: string, good: number, damaged: number): ReturnResult {
  const { level } = current;
  const state = level.trail.get(orderId);
  if (state === 'K') return { ok: true, next: current, applied: false };
  if (state === 'R') {
    return { ok: false, reason: { id: `stok ${level.sku} untuk pesanan ini masih di-booking (belum keluar gudang) — cek Status Kirim`, en: `${level.sku} is still reserved for this order (it never left the warehouse) — check the fulfilment status` } };
  }
  const trail = new Map(level.trail);
  trail.delete(orderId);
  trail.set(orderId, 'K');
  return { ok: true, next: { level: { ...level, onHand: level.onHand + good, trail }, damaged: current.damaged + damaged }, applied: true };
}
