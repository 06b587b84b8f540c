/** The hash behind the CS rotation's index, the COD tally's buckets and idempotency keys: stable, so cells already written keep their meaning. */
import { fnv1a } from './fnv1a';

describe('FNV-1a', () => {
  it('gives the published 32-bit values, so a bucket chosen once is chosen again after any release', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('is an unsigned 32-bit number', () => {
    const hash = fnv1a('6281234567890');

    expect(Number.isInteger(hash)).toBe(true);
    expect(hash).toBeGreaterThanOrEqual(0);
    expect(hash).toBeLessThan(2 ** 32);
  });
});
