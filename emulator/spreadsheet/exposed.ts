/**
 * The one place emulator objects become Apps Script objects: each is wrapped in a Proxy whose
 * unknown methods throw `Emulator: <Class>.<method> is not implemented`, then cast to its Google type.
 */
import { registerApiType } from '../api-surface';
import { notImplementedError } from './errors';

const targets = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

/** Property names tools probe on any object (jest, JSON, promises); they read as absent, never throw. */
const PROBED_NAMES = new Set([
  'then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'constructor', 'inspect', 'valueOf',
  'toString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'length',
]);

/** Wraps `target` (once; the same proxy each time) so missing methods fail loudly, and types it as `T`. */
export function expose<T>(target: object, className: string): T {
  if (targets.has(target)) return target as T;
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver);
      if (PROBED_NAMES.has(property) || property.startsWith('$$') || property.startsWith('@@')) return undefined;
      if (!/^[a-z][A-Za-z0-9]*$/.test(property)) return undefined;
      return () => {
        throw notImplementedError(className, property);
      };
    },
  });
  targets.set(proxy, target);
  proxies.set(target, proxy);
  registerApiType(proxy, className);
  return proxy as T;
}

/** The emulator object behind an exposed one, or undefined when `value` is not one of ours. */
export function unwrap<T>(value: unknown): T | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return (targets.get(value) as T | undefined) ?? undefined;
}
