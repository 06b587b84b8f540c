import { availableOf, formatTrail, parseTrail, productLabel, readStockLevel, release, reserve, shipOut, StockLevel, SHIPPED_TRAIL_KEPT, stockRowValues } from './stock';

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

describe('stock guards', () => {
  const trail = (text: string) => parseTrail(text);

  it('reserving the very last units is allowed and leaves none available', () => {
    const result = reserve(kaos(), 'TK-1', 8);

    expect(result.ok && stockRowValues(result.level)).toEqual({ onHand: 10, reserved: 10, available: 0, orderTrail: 'TK-1:R' });
  });

  it('a sheet that already holds more than it has never shows a negative number available', () => {
    const result = reserve(kaos({ onHand: 1, reserved: 3 }), 'TK-1', 1);

    expect(result).toEqual({ ok: false, reason: { id: 'stok KAOS-HTM-L kurang: perlu 1, tersedia 0', en: 'not enough KAOS-HTM-L: needs 1, 0 available' } });
  });

  it('an order that already shipped is not reserved again', () => {
    const level = kaos({ trail: trail('TK-1:S') });

    expect(reserve(level, 'TK-1', 3)).toEqual({ ok: true, level, applied: false });
  });

  it('releasing exactly what is reserved gives no warning', () => {
    const result = release(kaos({ reserved: 3, trail: trail('TK-1:R') }), 'TK-1', 3);

    expect(result).toEqual({ ok: true, level: kaos({ reserved: 0 }), applied: true, warning: undefined });
  });

  it('releasing more than is reserved says how many there were, in both languages', () => {
    const result = release(kaos({ reserved: 1, trail: trail('TK-1:R') }), 'TK-1', 3);

    expect(result.ok && result.warning).toEqual({
      id: 'Di-booking untuk KAOS-HTM-L tinggal 1, kurang dari 3; dibuat 0 — cek Gudang · Stok',
      en: 'Reserved for KAOS-HTM-L was 1, less than 3; set to 0 — check Gudang · Stok',
    });
  });

  it('an order that already shipped releases nothing', () => {
    const level = kaos({ trail: trail('TK-1:S') });

    expect(release(level, 'TK-1', 2)).toEqual({ ok: true, level, applied: false });
  });

  it('releasing one order keeps the other orders in the trail', () => {
    const result = release(kaos({ reserved: 5, trail: trail('TK-1:R TK-2:R TK-3:S') }), 'TK-2', 3);

    expect(result.ok && stockRowValues(result.level)).toEqual({ onHand: 10, reserved: 2, available: 8, orderTrail: 'TK-1:R TK-3:S' });
  });

  it('shipping the very last unit on hand is allowed', () => {
    const result = shipOut(kaos({ onHand: 2, reserved: 2, trail: trail('TK-1:R') }), 'TK-1', 2);

    expect(result.ok && stockRowValues(result.level)).toEqual({ onHand: 0, reserved: 0, available: 0, orderTrail: 'TK-1:S' });
  });

  it('shipping more than is on hand names the shortage, in both languages', () => {
    expect(shipOut(kaos({ onHand: 1, reserved: 1, trail: trail('TK-1:R') }), 'TK-1', 2)).toEqual({
      ok: false,
      reason: { id: 'stok fisik KAOS-HTM-L kurang: perlu 2, ada 1', en: 'not enough KAOS-HTM-L on hand: needs 2, 1 on hand' },
    });
  });

  it('shipping an order that reserved nothing takes free units and leaves the others reserved', () => {
    const result = shipOut(kaos({ onHand: 10, reserved: 2, trail: trail('TK-9:R') }), 'TK-1', 8);

    expect(result.ok && stockRowValues(result.level)).toEqual({ onHand: 2, reserved: 2, available: 0, orderTrail: 'TK-9:R TK-1:S' });
  });

  it('shipping an order that reserved nothing cannot take units reserved for others', () => {
    expect(shipOut(kaos({ onHand: 10, reserved: 9, trail: trail('TK-9:R') }), 'TK-1', 2)).toEqual({
      ok: false,
      reason: { id: 'stok KAOS-HTM-L kurang: perlu 2, tersedia 1', en: 'not enough KAOS-HTM-L: needs 2, 1 available' },
    });
    expect(shipOut(kaos({ onHand: 3, reserved: 5 }), 'TK-1', 1)).toEqual({
      ok: false,
      reason: { id: 'stok KAOS-HTM-L kurang: perlu 1, tersedia 0', en: 'not enough KAOS-HTM-L: needs 1, 0 available' },
    });
  });

  it('shipping moves the order to the end of the trail as shipped', () => {
    const result = shipOut(kaos({ reserved: 4, trail: trail('TK-1:R TK-2:R') }), 'TK-1', 2);

    expect(result.ok && stockRowValues(result.level).orderTrail).toBe('TK-2:R TK-1:S');
  });

  it('reserved never goes below zero when shipping a reservation the sheet lost', () => {
    const result = shipOut(kaos({ reserved: 1, trail: trail('TK-1:R') }), 'TK-1', 3);

    expect(result.ok && result.level.reserved).toBe(0);
  });
});

describe('stock rows guards', () => {
  it.each([
    ['onHand', -1, 'Stok Fisik', 'On hand'],
    ['reserved', -2, 'Di-booking', 'Reserved'],
    ['costPrice', -100, 'Harga Pokok', 'Cost price'],
    ['sellingPrice', 'gratis', 'Harga Jual', 'Selling price'],
    ['reorderPoint', 1.5, 'Batas Stok Minimum', 'Reorder point'],
  ])('negative or unreadable %s on the sheet is a problem naming the column', (column, value, id, en) => {
    const result = readStockLevel({ sku: 'TOPI-01', onHand: 5, [column]: value });

    expect(result).toEqual({
      ok: false,
      problem: {
        id: `${id} untuk SKU TOPI-01 di Gudang · Stok bukan angka bulat ≥ 0 ("${value}")`,
        en: `${en} of SKU TOPI-01 in Gudang · Stok is not a whole number ≥ 0 ("${value}")`,
      },
    });
  });

  it('reads every column of a good row, zero included', () => {
    const result = readStockLevel({ sku: ' TOPI-01 ', name: 'Topi', variant: 'Navy', onHand: 0, reserved: 0, costPrice: 20000, sellingPrice: '50.000', reorderPoint: 2, orderTrail: 'TK-1:S' });

    expect(result).toEqual({
      ok: true,
      level: { sku: 'TOPI-01', name: 'Topi', variant: 'Navy', onHand: 0, reserved: 0, costPrice: 20000, sellingPrice: 50000, reorderPoint: 2, trail: new Map([['TK-1', 'S']]) },
    });
  });

  it('names a product by name and variant, leaving out a blank one', () => {
    expect(productLabel({ name: 'Kaos Polos Hitam', variant: 'L' })).toBe('Kaos Polos Hitam · L');
    expect(productLabel({ name: 'Topi', variant: '' })).toBe('Topi');
    expect(productLabel({ variant: 'Navy' })).toBe('Navy');
  });

  it('keeps exactly the latest shipped entries and drops nothing below the limit', () => {
    const full = new Map<string, 'R' | 'S'>();
    for (let i = 0; i < SHIPPED_TRAIL_KEPT; i++) full.set(`S${i}`, 'S');

    expect(formatTrail(full).split(' ')).toHaveLength(SHIPPED_TRAIL_KEPT);
    expect(formatTrail(new Map())).toBe('');
  });

  it('ignores trail entries without an order or with an unknown state', () => {
    expect([...parseTrail('TK-1:X :S TK-2 TK-3:r')]).toEqual([['TK-3', 'R']]);
    expect([...parseTrail(undefined)]).toEqual([]);
  });
});
