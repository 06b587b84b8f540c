/**
 * CacheService: script, document and per-user caches on the simulated clock, with Apps Script's
 * limits (250-character keys, 100 KB values, 600 s default and 21600 s longest expiry).
 */
import type { EmulatorState } from '../state';
import { failLoudly, scriptError } from './errors';
import { ScopedStores } from './scoped-stores';

/** Longest key, in characters. */
export const CACHE_KEY_LIMIT = 250;
/** Largest value, in bytes. */
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
/** Default expiry, seconds. */
export const CACHE_DEFAULT_EXPIRY_S = 600;
/** Longest expiry, seconds; longer requests are clamped to it (our choice; Google documents the maximum only). */
export const CACHE_MAX_EXPIRY_S = 21600;

interface CacheEntry {
  value: string;
  expiresAt: number;
}

type CacheMethods = keyof GoogleAppsScript.Cache.Cache;

class FakeCache implements Pick<GoogleAppsScript.Cache.Cache, CacheMethods> {
  constructor(private readonly state: EmulatorState, private readonly entries: Map<string, CacheEntry>) {}

  get(key: string): string | null {
    this.state.recordCall('Cache.get');
    return this.read(String(key));
  }
  getAll(keys: string[]): { [key: string]: string } {
    this.state.recordCall('Cache.getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(String(key));
      if (value !== null) found[key] = value;
    }
    return found;
  }
  put(key: string, value: string, expirationInSeconds: number = CACHE_DEFAULT_EXPIRY_S): void {
    this.state.recordCall('Cache.put');
    this.store([[String(key), String(value)]], expirationInSeconds);
  }
  putAll(values: { [key: string]: unknown }, expirationInSeconds: number = CACHE_DEFAULT_EXPIRY_S): void {
    this.state.recordCall('Cache.putAll');
    this.store(Object.keys(values).map((key) => [key, String(values[key])]), expirationInSeconds);
  }
  remove(key: string): void {
    this.state.recordCall('Cache.remove');
    this.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    this.state.recordCall('Cache.removeAll');
    for (const key of keys) this.entries.delete(String(key));
  }

  private read(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.state.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  private store(pairs: Array<[string, string]>, expirationInSeconds: number): void {
    for (const [key, value] of pairs) {
      if (key.length > CACHE_KEY_LIMIT) throw scriptError('Argument too large: key');
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw scriptError('Argument too large: value');
    }
    const seconds = Math.min(Math.max(Number(expirationInSeconds), 1), CACHE_MAX_EXPIRY_S);
    const expiresAt = this.state.now() + seconds * 1000;
    for (const [key, value] of pairs) this.entries.set(key, { value, expiresAt });
  }
}

/** The entries behind CacheService, per cache. */
export class CacheStores extends ScopedStores<CacheEntry> {}

/** CacheService over `stores`; getDocumentCache() is null when the script is not bound. */
export function createCacheService(
  state: EmulatorState,
  stores: CacheStores,
  options: { bound?: boolean } = {},
): GoogleAppsScript.Cache.CacheService {
  const wrap = (entries: Map<string, CacheEntry>) =>
    failLoudly(new FakeCache(state, entries), 'Cache') as unknown as GoogleAppsScript.Cache.Cache;
  return failLoudly(
    {
      getScriptCache(): GoogleAppsScript.Cache.Cache {
        state.recordCall('CacheService.getScriptCache');
        return wrap(stores.script);
      },
      getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
        state.recordCall('CacheService.getDocumentCache');
        return options.bound === false ? null : wrap(stores.document);
      },
      getUserCache(): GoogleAppsScript.Cache.Cache {
        state.recordCall('CacheService.getUserCache');
        return wrap(stores.activeUser(state));
      },
    },
    'CacheService',
  );
}
