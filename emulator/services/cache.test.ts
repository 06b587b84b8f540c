import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { CacheStores, createCacheService } from './cache';

function setup() {
  const state = new EmulatorState({ now: Date.UTC(2026, 10, 28, 2) });
  return { state, cache: createCacheService(state, new CacheStores()).getScriptCache() };
}

describe('CacheService', () => {
  it('get of a missing key is null', () => {
    expect(setup().cache.get('nope')).toBeNull();
  });

  it('expires after 600 s by default on the simulated clock', () => {
    const { state, cache } = setup();
    cache.put('stok', '12');

    state.advance(599999);
    expect(cache.get('stok')).toBe('12');
    state.advance(1);
    expect(cache.get('stok')).toBeNull();
  });

  it('clamps an expiry over 21600 s to 21600 s', () => {
    const { state, cache } = setup();
    cache.put('k', 'v', 999999);

    state.advance(21600 * 1000 - 1);
    expect(cache.get('k')).toBe('v');
    state.advance(1);
    expect(cache.get('k')).toBeNull();
  });

  it('a 251-character key throws "Argument too large: key"', () => {
    const { cache } = setup();

    expectException(() => cache.put('k'.repeat(251), 'v'), 'Argument too large: key');
    expect(() => cache.put('k'.repeat(250), 'v')).not.toThrow();
  });

  it('a value over 100 KB throws "Argument too large: value"', () => {
    expectException(() => setup().cache.put('k', 'v'.repeat(100 * 1024 + 1)), 'Argument too large: value');
  });

  it('putAll, getAll and remove work on several keys', () => {
    const { cache } = setup();
    cache.putAll({ a: '1', b: '2' });
    cache.remove('a');

    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ b: '2' });
  });
});
