/**
 * google.script.run between a dialog and the server, as Apps Script transports it: only
 * primitives, plain objects and arrays travel; copies, never references; a Date argument fails the
 * call; a result holding a Date (or any non-plain object) arrives as null; `undefined` inside an
 * array arrives as null; functions whose name ends in `_` are private and not callable.
 */

/** The message Apps Script's client gives for an argument it cannot send. */
export function illegalValueMessage(path: string): string {
  return `Failed due to illegal value in property: ${path}`;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A deep copy of a call argument; throws Apps Script's message at the first illegal value. */
export function copyArgument(value: unknown, path = '0'): unknown {
  if (value === null || value === undefined) return value ?? null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type !== 'object' || Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(illegalValueMessage(path));
  }
  if (Array.isArray(value)) return value.map((item, i) => copyArgument(item, String(i)));
  if (!isPlainObject(value as object)) throw new Error(illegalValueMessage(path));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) copy[key] = copyArgument(item, key);
  }
  return copy;
}

const UNSENDABLE = Symbol('unsendable');

function copyResultValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return undefined;
  if (Object.prototype.toString.call(value) === '[object Date]') throw UNSENDABLE;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : copyResultValue(item) ?? null));
  if (!isPlainObject(value as object)) throw UNSENDABLE;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    const copied = copyResultValue(item);
    if (copied !== undefined) copy[key] = copied;
  }
  return copy;
}

/** What the success handler receives for a server result: a deep copy, or null if it held a Date. */
export function copyResult(value: unknown): unknown {
  try {
    const copied = copyResultValue(value);
    return copied === undefined ? null : copied;
  } catch (error) {
    if (error === UNSENDABLE) return null;
    throw error;
  }
}

/** Whether google.script.run exposes `functionName` (declared, and not private). */
export function isCallableFromClient(functionName: string, declared: readonly string[]): boolean {
  return !functionName.endsWith('_') && declared.includes(functionName);
}

/** The call the client makes: runs the server function and settles with the transported result. */
export type ServerCall = (functionName: string, args: unknown[]) => Promise<unknown>;

interface RunnerConfig {
  success?: (value: unknown, userObject: unknown) => void;
  failure?: (error: Error, userObject: unknown) => void;
  userObject?: unknown;
}

/** A google.script.run object for host-side tests of dialog code; unhandled failures go to `onUnhandled`. */
export function createClientRunner(
  call: ServerCall,
  declared: () => readonly string[],
  onUnhandled: (functionName: string, error: Error) => void,
  config: RunnerConfig = {},
): Record<string, unknown> {
  const base = {
    withSuccessHandler: (fn: RunnerConfig['success']) => createClientRunner(call, declared, onUnhandled, { ...config, success: fn }),
    withFailureHandler: (fn: RunnerConfig['failure']) => createClientRunner(call, declared, onUnhandled, { ...config, failure: fn }),
    withUserObject: (object: unknown) => createClientRunner(call, declared, onUnhandled, { ...config, userObject: object }),
  };
  return new Proxy(base as Record<string, unknown>, {
    get(target, property) {
      if (typeof property !== 'string' || property in target) return Reflect.get(target, property);
      if (!isCallableFromClient(property, declared())) return undefined;
      return (...args: unknown[]): void => {
        call(property, args).then(
          (value) => config.success?.(value, config.userObject),
          (error: Error) => (config.failure ? config.failure(error, config.userObject) : onUnhandled(property, error)),
        );
      };
    },
  });
}
