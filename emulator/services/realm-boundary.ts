/**
 * The membrane between the emulated services (host realm) and a bundle running in its own
 * node:vm realm. Service objects cross as proxies whose methods rethrow host errors as errors of
 * the script's realm (same message and name, so `e instanceof Error` holds in the script), and
 * proxies the script passes back are unwrapped. Plain data (values, arrays of rows, Dates) crosses
 * untouched, so getValues of 100,000 rows costs nothing extra. An object registered as an Apps
 * Script class (api-surface.ts) shows the script exactly that class's members as
 * @types/google-apps-script declares them: the emulator's helpers and fields, and methods Google
 * does not have, read as undefined there (calling one is a TypeError, as on Google).
 */
import { apiMembers, apiTypeOf } from '../api-surface';

/** Members every JavaScript object answers to; Google's objects too. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set(['toString', 'valueOf', 'toLocaleString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** Makes an Error of the script's realm. */
export type RealmErrorFactory = (message: string, name: string, hostStack?: string) => Error;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isDateLike(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Wraps and unwraps values crossing into and out of the script's realm; see the file comment. */
export class RealmBoundary {
  private readonly proxyOf = new WeakMap<object, object>();
  private readonly targetOf = new WeakMap<object, object>();
  private readonly methodCache = new WeakMap<object, Map<string, unknown>>();

  constructor(private readonly makeError: RealmErrorFactory) {}

  /** Whether a value is a service object (class instance or object of methods) rather than data. */
  isServiceObject(value: unknown): boolean {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || isDateLike(value)) return false;
    if (value instanceof Error || value instanceof Promise) return false;
    if (!isPlainObject(value)) return true;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'function') return true;
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && !isDateLike(item) && !isPlainObject(item)) return true;
    }
    return false;
  }

  /** The value as the script should receive it: service objects (also inside a top-level array or plain object) proxied. */
  toScript<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    if (this.isServiceObject(value)) return this.proxy(value as object) as T;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && this.isServiceObject(item)) {
          copy ??= value.slice();
          copy[i] = this.proxy(item as object);
        }
      }
      return (copy ?? value) as T;
    }
    return value;
  }

  /** A plain object (an event) with each service-object value proxied for the script. */
  eventToScript<T extends object>(event: T): T {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(event)) copy[key] = this.toScript((event as Record<string, unknown>)[key]);
    return copy as T;
  }

  /** The host object behind a proxy, looking two levels into arrays and plain objects the script passes. */
  toHost<T>(value: T, depth = 2): T {
    if (value === null || typeof value !== 'object') return value;
    const target = this.targetOf.get(value);
    if (target) return target as T;
    if (depth === 0 || isDateLike(value)) return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item === null || typeof item !== 'object') continue;
        const host = this.toHost(item, depth - 1);
        if (host !== item) {
          copy ??= value.slice();
          copy[i] = host;
        }
      }
      return (copy ?? value) as T;
    }
    if (!isPlainObject(value)) return value;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === null || typeof item !== 'object') continue;
      const host = this.toHost(item, depth - 1);
      if (host !== item) {
        copy ??= { ...(value as Record<string, unknown>) };
        copy[key] = host;
      }
    }
    return (copy ?? value) as T;
  }

  /** Rethrows a host Error as an Error of the script's realm; anything else unchanged. */
  toScriptError(error: unknown): unknown {
    if (error instanceof Error) return this.makeError(error.message, error.name, error.stack);
    return error;
  }

  /** The one proxy of a service object (identity is kept: the same object always gives the same proxy). */
  proxy(target: object): object {
    const existing = this.proxyOf.get(target);
    if (existing) return existing;
    // A shadow target keeps Proxy invariants whatever the real object is (frozen enums included).
    const shadow = Object.create(Object.getPrototypeOf(target)) as object;
    const boundary = this;
    const className = apiTypeOf(target);
    const members = className === undefined ? undefined : apiMembers(className);
    // Properties the script itself set (template variables on an HtmlTemplate) stay readable.
    const setByScript = new Set<string>();
    const visible = (property: string): boolean =>
      members === undefined || members.has(property) || OBJECT_MEMBERS.has(property) || setByScript.has(property);
    const proxy = new Proxy(shadow, {
      get(_shadow, property) {
        if (typeof property === 'symbol') return Reflect.get(target, property, target);
        if (!visible(property)) return undefined;
        const value = Reflect.get(target, property, target);
        if (typeof value === 'function') return boundary.method(target, property, value as (...args: unknown[]) => unknown);
        return boundary.toScript(value);
      },
      set(_shadow, property, value) {
        if (typeof property === 'string' && members !== undefined && !members.has(property)) setByScript.add(property);
        return Reflect.set(target, property, boundary.toHost(value), target);
      },
      has(_shadow, property) {
        if (typeof property === 'string' && !visible(property)) return false;
        return property in target;
      },
      deleteProperty(_shadow, property) {
        return Reflect.deleteProperty(target, property);
      },
      ownKeys() {
        return Reflect.ownKeys(target).filter((key) => typeof key === 'symbol' || visible(key));
      },
      getOwnPropertyDescriptor(_shadow, property) {
        if (typeof property === 'string' && !visible(property)) return undefined;
        const descriptor = Reflect.getOwnPropertyDescriptor(target, property);
        if (!descriptor) return undefined;
        if ('value' in descriptor) descriptor.value = boundary.toScript(descriptor.value);
        return { ...descriptor, configurable: true };
      },
    });
    this.proxyOf.set(target, proxy);
    this.targetOf.set(proxy, target);
    return proxy;
  }

  private method(target: object, property: string, fn: (...args: unknown[]) => unknown): unknown {
    let cache = this.methodCache.get(target);
    if (!cache) this.methodCache.set(target, (cache = new Map()));
    const cached = cache.get(property);
    if (cached && (cached as { original?: unknown }).original === fn) return cached;
    const boundary = this;
    const wrapper = function (...args: unknown[]): unknown {
      let result: unknown;
      try {
        result = Reflect.apply(fn, target, args.map((arg) => boundary.toHost(arg)));
      } catch (error) {
        throw boundary.toScriptError(error);
      }
      return boundary.toScript(result);
    };
    Object.defineProperty(wrapper, 'name', { value: property });
    (wrapper as unknown as { original: unknown }).original = fn;
    cache.set(property, wrapper);
    return wrapper;
  }
}
