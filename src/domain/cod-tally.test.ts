import { cityCodOf, cityKey, COD_WINDOW_DAYS, CodOutcome, COUNTED_KEPT, customerReturnsOf, deliveredCodOutcomes, emptyTally, jakartaDay, recordCodOutcomes, RETURNS_KEPT, tallyBucketOf, tallyFromGrid, tallyToGrid } from './cod-tally';
import { jakartaInstant } from './jakarta-time';
import { anOrder, NOW, orderRows } from '../../test/e2e/pipeline-fixtures';

const TODAY = jakartaDay(NOW);
const returned = (orderId: string, phone: string | null, city: string, day = TODAY): CodOutcome => ({ orderId, kind: 'returned', phone, city, day });
const delivered = (orderId: string, city: string, day = TODAY): CodOutcome => ({ orderId, kind: 'delivered', phone: '6281100000000', city, day });

describe('the COD tally', () => {
  it('a return counts once for its customer, however often it is recorded', () => {
    const once = recordCodOutcomes(emptyTally(), [returned('TK-2611-0001', '6281234567890', 'bandung')], TODAY).tally;
    const again = recordCodOutcomes(once, [returned('tk-2611-0001', '6281234567890', 'bandung')], TODAY);

    expect(customerReturnsOf(once, '6281234567890')).toBe(1);
    expect(again.changed).toBe(false);
    expect(customerReturnsOf(again.tally, '6281234567890')).toBe(1);
    expect(cityCodOf(again.tally, 'bandung', TODAY)).toEqual({ orders: 1, returns: 1 });
  });

  it('a city counts its delivered and returned COD orders, each once, over the last 90 days only', () => {
    let tally = emptyTally();
    tally = recordCodOutcomes(tally, [delivered('A-1', 'medan', TODAY - 95), delivered('A-2', 'medan', TODAY - 89)], TODAY - 89).tally;
    tally = recordCodOutcomes(tally, [delivered('A-3', 'medan'), returned('A-4', null, 'medan'), delivered('A-3', 'medan')], TODAY).tally;

    expect(cityCodOf(tally, 'medan', TODAY)).toEqual({ orders: 3, returns: 1 });
    expect(cityCodOf(tally, 'medan', TODAY + 1)).toEqual({ orders: 2, returns: 1 });
    expect(cityCodOf(tally, 'bandung', TODAY)).toEqual({ orders: 0, returns: 0 });
  });

  it('days before the window are dropped when the tally is written', () => {
    const old = recordCodOutcomes(emptyTally(), [delivered('A-1', 'medan', TODAY - COD_WINDOW_DAYS)], TODAY - COD_WINDOW_DAYS).tally;
    const now = recordCodOutcomes(old, [delivered('A-2', 'bandung')], TODAY).tally;

    expect(now.cities[tallyBucketOf('medan')]).toBe('');
  });

  it('keeps the last orders counted and the last returns of a customer, so the cells stay small', () => {
    const many = Array.from({ length: COUNTED_KEPT + 5 }, (_, i) => returned(`TK-${i}`, '6281234567890', 'solo'));
    const tally = recordCodOutcomes(emptyTally(), many, TODAY).tally;

    expect(tally.counted.split(' ')).toHaveLength(COUNTED_KEPT);
    expect(customerReturnsOf(tally, '6281234567890')).toBe(RETURNS_KEPT);
    expect(cityCodOf(tally, 'solo', TODAY)).toEqual({ orders: COUNTED_KEPT + 5, returns: COUNTED_KEPT + 5 });
  });

  it('is the same tally after a round trip through the sheet’s cells; unreadable cells read as nothing', () => {
    const tally = recordCodOutcomes(emptyTally(), [returned('TK-1', '6281234567890', 'bandung'), delivered('TK-2', 'jakarta selatan')], TODAY).tally;
    const grid = tallyToGrid(tally);
    grid[tallyBucketOf('bandung')][1] += '; rusak=abc,12:x/y';

    const back = tallyFromGrid(grid);
    expect(customerReturnsOf(back, '6281234567890')).toBe(1);
    expect(cityCodOf(back, 'bandung', TODAY)).toEqual({ orders: 1, returns: 1 });
    expect(cityCodOf(back, 'jakarta selatan', TODAY)).toEqual({ orders: 1, returns: 0 });
    expect(cityCodOf(tallyFromGrid([]), 'bandung', TODAY)).toEqual({ orders: 0, returns: 0 });
  });

  it('reads the city of an address as Marketing · Kontak does, one spelling per city', () => {
    expect(cityKey('Jl. Melati 5, Bandung 40111')).toBe('bandung');
    expect(cityKey('Jl. Mawar 2, Kota  Medan')).toBe('medan');
    expect(cityKey('Jl. Mawar 2, KAB. BANDUNG')).toBe('kab. bandung');
    expect(cityKey('Jl. Mawar 2; Medan=Kota')).toBe('');
    expect(cityKey('Jl. Mawar 2, Medan;=x')).toBe('medan x');
  });

  it('counts the Jakarta day: 23.59 WIB is still the same day, 00.00 WIB the next', () => {
    expect(jakartaDay(jakartaInstant(2026, 11, 28, 23, 59))).toBe(jakartaDay(jakartaInstant(2026, 11, 28, 0, 0)));
    expect(jakartaDay(jakartaInstant(2026, 11, 29, 0, 0))).toBe(jakartaDay(jakartaInstant(2026, 11, 28)) + 1);
  });

  it('Tandai diterima records a delivered COD order, never a transfer order or one that stayed', () => {
    const rows = orderRows([
      anOrder({ orderId: 'TK-1', paymentMethod: 'COD', phone: '0812-3456-7890' }),
      anOrder({ orderId: 'TK-2', paymentMethod: 'Transfer' }),
      anOrder({ orderId: 'TK-3', paymentMethod: 'cod' }),
    ]);

    expect(deliveredCodOutcomes(rows, ['TK-1', 'TK-2'], NOW)).toEqual([{ orderId: 'TK-1', kind: 'delivered', phone: '6281234567890', city: 'bandung', day: TODAY }]);
  });
});
