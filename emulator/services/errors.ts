/**
 * How emulated services fail: with Apps Script's own message text, and loudly for anything the
 * emulator does not model, never by silently doing nothing.
 */
import { registerApiType } from '../api-surface';
import type { EmulatorState } from '../state';

/** An Error as Apps Script throws it: `message` is Google's exact text and `name` is 'Exception'. */
export function scriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** The error for a method the emulator does not model: `Emulator: <Class>.<method> is not implemented`. */
export function notImplemented(className: string, method: string): Error {
  return new Error(`Emulator: ${className}.${method} is not implemented`);
}

// Properties that JavaScript machinery probes on any object; answering undefined keeps them harmless.
const PROBED_PROPERTIES = new Set(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', 'nodeType', '$$typeof']);

/**
 * Wraps a service object so reading any method it does not have yields a function that throws
 * `Emulator: <Class>.<method> is not implemented`, instead of `undefined is not a function`.
 * Methods run with the object itself as `this` (its own fields never meet the proxy), and a
 * method returning the object (a builder step) returns the wrapper again.
 */
export function failLoudly<T extends object>(target: T, className: string): T {
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  const proxy: T = new Proxy(target, {
    get(object, property) {
      if (typeof property === 'symbol' || PROBED_PROPERTIES.has(property)) return Reflect.get(object, property, object);
      if (!(property in object)) {
        return () => {
          throw notImplemented(className, property);
        };
      }
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== 'function') return value;
      let method = methods.get(property);
      if (!method || (method as { original?: unknown }).original !== value) {
        const fn = value as (...args: unknown[]) => unknown;
        method = function (this: unknown, ...args: unknown[]): unknown {
          const result = fn.apply(object, args);
          return result === object ? proxy : result;
        };
        (method as { original?: unknown }).original = value;
        methods.set(property, method);
      }
      return method;
    },
  });
  registerApiType(proxy, className);
  return proxy;
}

/** Scopes named in the manifest, or undefined when the emulator was given none (no scope check). */
export type ManifestScopes = readonly string[] | undefined;

/**
 * Throws Apps Script's permission error when the running execution may not call `method`:
 * simple triggers (LIMITED auth) never may, and neither may anyone when the manifest lacks the scope.
 */
export function requireAuthorization(
  state: EmulatorState,
  method: string,
  scope: string,
  manifestScopes: ManifestScopes,
  acceptedScopes: readonly string[] = [scope],
): void {
  const limited = state.execution !== undefined && state.execution.authMode !== 'FULL';
  const unscoped = manifestScopes !== undefined && !acceptedScopes.some((s) => manifestScopes.includes(s));
  if (limited || unscoped) {
    throw scriptError(`You do not have permission to call ${method}. Required permissions: ${scope}`);
  }
}

/** True for a Date of any realm (the script's vm realm or the host's). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
