import { availableOf, formatTrail, parseTrail, readStockLevel, release, reserve, shipOut, StockLevel, SHIPPED_TRAIL_KEPT } from './stock';

const kaos = (changes: Partial<StockLevel> = {}): StockLevel => ({
  sku: 'KAOS-HTM-L', name: 'Kaos Hitam', variant: 'L', onHand: 10, reserved: 2, costPrice: 40000, sellingPrice: 85000, reorderPoint: 3, trail: new Map(), ...changes,
});

describe('stock levels', () => {
  it('available is on hand minus reserved', () => {
    expect(availableOf(kaos())).toBe(8);
  });

  it('reserving holds the units and records the order in the trail', () => {
    const result = reserve(kaos(), 'TK-1', 3);

    expect(result.ok && result.applied && result.level.reserved).toBe(5);
    expect(result.ok && formatTrail(result.level.trail)).toBe('TK-1:R');
  });

  it('reserving the same order twice holds the units once', () => {
    const first = reserve(kaos(), 'TK-1', 3);
    const second = first.ok ? reserve(first.level, 'TK-1', 3) : first;

    expect(second.ok && !second.applied && second.level.reserved).toBe(5);
  });

  it('a shortage is a reason, never a negative number', () => {
    const result = reserve(kaos(), 'TK-1', 9);

    expect(result).toEqual({ ok: false, reason: expect.objectContaining({ id: 'stok KAOS-HTM-L kurang: perlu 9, tersedia 8' }) });
  });

  it('releasing gives back only what the order held, once', () => {
    const held = reserve(kaos(), 'TK-1', 3);
    const released = held.ok ? release(held.level, 'TK-1', 3) : held;
    const again = released.ok ? release(released.level, 'TK-1', 3) : released;

    expect(released.ok && released.level.reserved).toBe(2);
    expect(again.ok && !again.applied && again.level.reserved).toBe(2);
    expect(release(kaos(), 'TK-9', 1)).toEqual({ ok: true, level: kaos(), applied: false });
  });

  it('releasing more than is reserved stops at zero and warns', () => {
    const level = kaos({ reserved: 1, trail: new Map([['TK-1', 'R']]) });

    const result = release(level, 'TK-1', 3);

    expect(result.ok && result.level.reserved).toBe(0);
    expect(result.ok && result.warning?.id).toContain('dibuat 0');
  });

  it('shipping takes the goods out of on hand and reserved, once', () => {
    const held = reserve(kaos(), 'TK-1', 3);
    const shipped = held.ok ? shipOut(held.level, 'TK-1', 3) : held;
    const again = shipped.ok ? shipOut(shipped.level, 'TK-1', 3) : shipped;

    expect(shipped.ok && [shipped.level.onHand, shipped.level.reserved]).toEqual([7, 2]);
    expect(again.ok && !again.applied && again.level.onHand).toBe(7);
  });

  it('shipping more than is on hand is refused', () => {
    const level = kaos({ onHand: 1, reserved: 0, trail: new Map([['TK-1', 'R']]) });

    expect(shipOut(level, 'TK-1', 2).ok).toBe(false);
  });
});

describe('order trail', () => {
  it('reads and writes entries, ignoring noise', () => {
    expect([...parseTrail('TK-1:R  TK-2:s, junk :R')]).toEqual([['TK-1', 'R'], ['TK-2', 'S']]);
  });

  it('keeps every open reservation but only the latest shipped entries', () => {
    const trail = new Map<string, 'R' | 'S'>([['OPEN', 'R']]);
    for (let i = 0; i < SHIPPED_TRAIL_KEPT + 5; i++) trail.set(`S${i}`, 'S');

    const written = formatTrail(trail).split(' ');

    expect(written).toContain('OPEN:R');
    expect(written).not.toContain('S0:S');
    expect(written).toContain(`S${SHIPPED_TRAIL_KEPT + 4}:S`);
    expect(written).toHaveLength(SHIPPED_TRAIL_KEPT + 1);
  });
});

describe('readStockLevel', () => {
  it('reads blank numbers as zero', () => {
    const result = readStockLevel({ sku: 'A', onHand: 5 });

    expect(result.ok && result.level.reserved).toBe(0);
  });

  it('names the column that is not a number', () => {
    const result = readStockLevel({ sku: 'A', onHand: 'sepuluh' });

    expect(!result.ok && result.problem.id).toContain('Stok Fisik untuk SKU A');
  });
});
