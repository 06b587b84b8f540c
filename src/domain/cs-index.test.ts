import { bucketOf, formatBucket, INDEX_BUCKETS, lastCsOf, parseBucket, updateIndex } from './cs-index';

describe('the CS index (who served each customer last)', () => {
  it('a phone always lands in the same cell, and phones spread over every cell', () => {
    expect(bucketOf('6281234567890')).toBe(bucketOf('6281234567890'));
    const used = new Set(Array.from({ length: 5000 }, (_, i) => bucketOf(`62812${String(i).padStart(8, '0')}`)));
    expect(used.size).toBeGreaterThan(INDEX_BUCKETS * 0.95);
  });

  it('records a customer\'s CS, finds it again, and a later CS replaces the earlier', () => {
    const first = updateIndex({ buckets: [] }, new Map([['6281234567890', 'dewi@toko.test']]));
    const later = updateIndex(first, new Map([['6281234567890', 'sari@toko.test'], ['6285700000001', 'dewi@toko.test']]));

    expect(first.buckets).toHaveLength(INDEX_BUCKETS);
    expect(lastCsOf(later, ['6281234567890', '6285700000001', '6289999999999'])).toEqual(new Map([['6281234567890', 'sari@toko.test'], ['6285700000001', 'dewi@toko.test']]));
  });

  it('recording the same again changes nothing (a rerun is harmless)', () => {
    const once = updateIndex({ buckets: [] }, new Map([['6281234567890', 'dewi@toko.test']]));
    expect(updateIndex(once, new Map([['6281234567890', 'dewi@toko.test']]))).toEqual(once);
  });

  it('a cell a person scribbled in is read for what it can, never thrown on', () => {
    expect(parseBucket('6281 dewi@toko.test; catatan; 6282 SARI@toko.test')).toEqual(new Map([['6281', 'dewi@toko.test'], ['6282', 'sari@toko.test']]));
    expect(formatBucket(new Map([['6282', 'b'], ['6281', 'a']]))).toBe('6281 a; 6282 b');
  });
});
