/** Logger and the Apps Script `console`: both append their lines to the runtime's log. */
import { displayValue, formatString } from './format-string';
import { registerApiType } from '../api-surface';
import type { EmulatorState } from '../state';

/** Where log lines go: one string per call, console warnings/errors prefixed with their level. */
export type LogSink = string[];

function render(first: unknown, rest: readonly unknown[]): string {
  if (typeof first === 'string' && rest.length > 0 && /%/.test(first)) return formatString(first, rest);
  return [first, ...rest].map(displayValue).join(' ');
}

/** Logger.log / getLog / clear. Logger.log is a counted call ('Logger.log'). */
export function createLogger(state: EmulatorState, sink: LogSink): GoogleAppsScript.Base.Logger {
  let sinceClear: string[] = [];
  const logger: GoogleAppsScript.Base.Logger = {
    log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
      state.recordCall('Logger.log');
      const line = render(data, values);
      sink.push(line);
      sinceClear.push(line);
      return logger;
    },
    getLog(): string {
      state.recordCall('Logger.getLog');
      return sinceClear.map((line) => `${line}\n`).join('');
    },
    clear(): void {
      state.recordCall('Logger.clear');
      sinceClear = [];
    },
  };
  registerApiType(logger, 'Logger');
  return logger;
}

/** The console methods Apps Script offers (Stackdriver logging). */
export interface AppsScriptConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  time(label: string): void;
  timeEnd(label: string): void;
}

/** The `console` Apps Script scripts see (log/info/warn/error/time/timeEnd); not counted calls. */
export function createConsole(state: EmulatorState, sink: LogSink): AppsScriptConsole {
  const timers = new Map<string, number>();
  const at = (prefix: string) => (first?: unknown, ...rest: unknown[]): void => {
    sink.push(prefix + (first === undefined && rest.length === 0 ? '' : render(first, rest)));
  };
  const console: AppsScriptConsole = {
    log: at(''),
    info: at(''),
    warn: at('WARNING: '),
    error: at('ERROR: '),
    time(label: string) {
      timers.set(label, state.now());
    },
    timeEnd(label: string) {
      const started = timers.get(label);
      if (started !== undefined) sink.push(`${label}: ${state.now() - started}ms`);
      timers.delete(label);
    },
  };
  registerApiType(console, 'Console');
  return console;
}
