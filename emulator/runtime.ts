/**
 * LocalRuntime: one emulated Apps Script project bound to one spreadsheet. `create` gives the
 * services for use-case tests; `load` also runs the built dist/Code.js in a bare node:vm realm
 * holding only Apps Script globals, and drives it the way people and Google do: open, edit,
 * menu clicks, clock triggers, google.script.run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { renderEml } from './eml';
import { CacheStores, createCacheService } from './services/cache';
import { AUTH_MODE } from './services/enums';
import { MIME_TYPE } from './services/enums';
import { scriptError } from './services/errors';
import { createHtmlService, type HtmlFileFinder, type TemplateCompiler } from './services/html-service';
import { LockTable, createLockService } from './services/lock';
import { createConsole, createLogger } from './services/logger';
import { MailQuota, createGmailApp, createMailApp, type SentMail } from './services/mail';
import { PropertyStores, createPropertiesService } from './services/properties';
import { RealmBoundary } from './services/realm-boundary';
import { TriggerStore, clockEvent, createScriptApp, type TriggerRecord } from './services/script-app';
import { copyArgument, copyResult, createClientRunner, isCallableFromClient } from './services/script-run';
import { FakeUser, createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { createSpreadsheetApp, type FakeWorkbook, type RecordedMenu } from './spreadsheet/index';
import { EmulatorState, type EmulatorOptions, type ExecutionMode } from './state';
import type { XlsxExportNotes } from './xlsx-extras';

/** Options of a runtime: the state's, plus where the bundle and manifest are. */
export interface RuntimeOptions extends EmulatorOptions {
  /** Path of the built bundle; default <repo>/dist/Code.js. */
  bundle?: string;
  /** The spreadsheet's name. */
  spreadsheetName?: string;
  /** The spreadsheet's locale, passed to SpreadsheetApp. */
  locale?: string;
  /** Who the spreadsheet is shared with as editor, besides the owner (new protections start with them). */
  editors?: readonly string[];
  /** appsscript.json whose oauthScopes are enforced; default next to the bundle (load) or the repo's (create); false: none. */
  manifest?: string | false;
  /** Folder of the .html files; default the bundle's folder (load), or found anywhere under src/ (create). */
  htmlDir?: string;
}

/** A trigger handler or simple trigger that threw. */
export interface Failure {
  functionName: string;
  error: string;
}

/** Who runs an execution and how; defaults: mode 'menu', the owner. */
export interface RunAs {
  mode?: ExecutionMode;
  user?: string;
}

const GLOBAL_NAMES = [
  'SpreadsheetApp', 'Charts', 'MailApp', 'GmailApp', 'ScriptApp', 'LockService', 'PropertiesService',
  'CacheService', 'Session', 'Utilities', 'Logger', 'console', 'HtmlService', 'MimeType',
] as const;

// Replaces the realm's Date with one whose clock is the emulator's; every other form is untouched.
const CLOCK_DATE_SOURCE = `(function (clockNow) {
  'use strict';
  var NativeDate = Date;
  var ClockDate = function Date() {
    if (!new.target) return new NativeDate(clockNow()).toString();
    var args = arguments.length === 0 ? [clockNow()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(NativeDate, args, new.target);
  };
  Object.defineProperty(ClockDate, 'length', { value: 7 });
  ClockDate.prototype = NativeDate.prototype;
  ClockDate.now = function now() { return clockNow(); };
  ClockDate.parse = NativeDate.parse;
  ClockDate.UTC = NativeDate.UTC;
  Object.defineProperty(NativeDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  globalThis.Date = ClockDate;
  return ClockDate;
})`;

/** The repository root: the nearest folder upwards from the working directory holding build.mjs. */
export function repoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'build.mjs')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

function readScopes(manifest: string | false | undefined): string[] | undefined {
  if (manifest === false || manifest === undefined || !existsSync(manifest)) return undefined;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { oauthScopes?: string[] };
  return parsed.oauthScopes;
}

function findHtmlUnder(dir: string): HtmlFileFinder {
  return (name) => {
    const search = (folder: string): string | undefined => {
      if (!existsSync(folder)) return undefined;
      for (const item of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, item.name);
        if (item.isDirectory()) {
          const found = search(path);
          if (found !== undefined) return found;
        } else if (item.name === `${name}.html`) {
          return readFileSync(path, 'utf8');
        }
      }
      return undefined;
    };
    return search(dir);
  };
}

function htmlIn(dir: string): HtmlFileFinder {
  return (name) => {
    const path = join(dir, `${name}.html`);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error || Object.prototype.toString.call(error) === '[object Error]'
    ? (error as Error).message
    : String(error);
}

/** A thrown value of the script's realm as a host Error (same message and name), so tests can match it. */
function toHostError(error: unknown): unknown {
  if (error instanceof Error || Object.prototype.toString.call(error) !== '[object Error]') return error;
  const host = new Error((error as Error).message, { cause: error });
  host.name = (error as Error).name;
  host.stack = (error as Error).stack;
  return host;
}

function macrotask(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/** The emulated project; see the file comment. */
export class LocalRuntime {
  readonly state: EmulatorState;
  readonly workbook: FakeWorkbook;
  readonly outbox: SentMail[] = [];
  readonly logs: string[] = [];
  readonly failures: Failure[] = [];
  /** Installed triggers (host view). */
  readonly triggerStore: TriggerStore;
  /** Property stores, readable without counting calls. */
  readonly properties = new PropertyStores();
  /** Cache entries, readable without counting calls. */
  readonly caches = new CacheStores();
  readonly mailQuota: MailQuota;
  private readonly services: Record<string, unknown>;
  private context?: vm.Context;
  private boundary?: RealmBoundary;
  private functionHost: object = globalThis;

  private constructor(options: RuntimeOptions, private readonly bundlePath: string | undefined) {
    const root = repoRoot();
    this.state = new EmulatorState(options);
    this.triggerStore = new TriggerStore(this.state);
    this.mailQuota = new MailQuota(this.state);
    const manifest = options.manifest ?? (bundlePath ? join(dirname(bundlePath), 'appsscript.json') : join(root, 'appsscript.json'));
    const scopes = readScopes(manifest);
    const findHtml = options.htmlDir ? htmlIn(options.htmlDir) : bundlePath ? htmlIn(dirname(bundlePath)) : findHtmlUnder(join(root, 'src'));
    const spreadsheet = createSpreadsheetApp(this.state, { name: options.spreadsheetName, locale: options.locale, editors: options.editors });
    this.workbook = spreadsheet.workbook;
    const compile: () => TemplateCompiler = () => (source) =>
      (this.context ? vm.runInContext(source, this.context) : new Function(`return ${source}`)()) as ReturnType<TemplateCompiler>;
    this.services = {
      SpreadsheetApp: spreadsheet.SpreadsheetApp,
      Charts: spreadsheet.Charts,
      MailApp: createMailApp(this.state, this.outbox, this.mailQuota, scopes),
      GmailApp: createGmailApp(this.state, this.outbox, this.mailQuota, scopes),
      ScriptApp: createScriptApp(this.state, this.triggerStore, scopes),
      LockService: createLockService(this.state, new LockTable(this.state)),
      PropertiesService: createPropertiesService(this.state, this.properties),
      CacheService: createCacheService(this.state, this.caches),
      Session: createSession(this.state),
      Utilities: createUtilities(this.state),
      Logger: createLogger(this.state, this.logs),
      console: createConsole(this.state, this.logs),
      HtmlService: createHtmlService(this.state, findHtml, compile),
      MimeType: MIME_TYPE,
    };
  }

  /** Services only, no bundle: for use-case tests that call src/ code directly (see installGlobals). */
  static create(options: RuntimeOptions = {}): LocalRuntime {
    return new LocalRuntime(options, undefined);
  }

  /** Services plus the built bundle, run in a fresh node:vm realm holding only Apps Script globals. */
  static load(options: RuntimeOptions = {}): LocalRuntime {
    const bundle = resolve(options.bundle ?? join(repoRoot(), 'dist', 'Code.js'));
    if (!existsSync(bundle)) throw new Error(`Emulator: no bundle at ${bundle}; run \`npm run build\` first`);
    const runtime = new LocalRuntime(options, bundle);
    runtime.loadBundle(bundle);
    return runtime;
  }

  /** The Apps Script globals of this runtime (host objects), by name. */
  globals(): Record<string, unknown> {
    return { ...this.services };
  }

  /** Puts the globals on `target` (default globalThis) for use-case tests; returns a function that undoes it. */
  installGlobals(target: object = globalThis): () => void {
    const host = target as Record<string, unknown>;
    const saved = GLOBAL_NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(host, name)] as const);
    for (const name of GLOBAL_NAMES) {
      Object.defineProperty(host, name, { value: this.services[name], writable: true, configurable: true, enumerable: false });
    }
    this.functionHost = target;
    return () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(host, name, descriptor);
        else delete host[name];
      }
      this.functionHost = globalThis;
    };
  }

  /** Runs host code as one execution (default: a menu click by the owner). */
  run<T>(body: () => T, as: RunAs = {}): T {
    return this.state.runExecution({ mode: as.mode ?? 'menu', user: as.user }, () => body());
  }

  /** Calls a script function as one execution; a missing one throws `Script function not found: fn`. */
  call(functionName: string, args: unknown[] = [], as: RunAs = {}): unknown {
    const fn = this.lookup(functionName);
    if (!fn) throw scriptError(`Script function not found: ${functionName}`);
    return this.state.runExecution({ mode: as.mode ?? 'menu', user: as.user }, () => this.invoke(fn, args));
  }

  /** Evaluates source text in the script's realm (outside any execution); for tests of the realm itself. */
  evaluate(source: string): unknown {
    if (!this.context) throw new Error('Emulator: evaluate() needs a loaded bundle (LocalRuntime.load)');
    return vm.runInContext(source, this.context);
  }

  /** The top-level functions the bundle declares (its entry points). */
  entryPoints(): string[] {
    if (!this.context) return [];
    const reserved = new Set<string>([...GLOBAL_NAMES, 'Date']);
    return Object.getOwnPropertyNames(this.context).filter(
      (name) => !reserved.has(name) && typeof (this.context as Record<string, unknown>)[name] === 'function',
    );
  }

  /** A person opens the spreadsheet: onOpen(e) as a simple trigger, then installable onOpen triggers. */
  open(user?: string): void {
    const fn = this.lookup('onOpen');
    if (fn) {
      this.fireRecorded('onOpen', { mode: 'simple-trigger', user }, () => ({
        authMode: AUTH_MODE.LIMITED, source: this.workbook.spreadsheet, user: this.currentUser(),
      }), fn);
    }
    this.fireInstallable('ON_OPEN', () => ({ source: this.workbook.spreadsheet }));
  }

  /** Clicks a custom menu item by caption ('Approve order' or 'Toko > Sub > Approve order'); its errors surface. */
  clickMenu(caption: string, user?: string): unknown {
    const functionName = this.findMenuItem(caption);
    return this.call(functionName, [], { mode: 'menu', user });
  }

  /** A person types into cells; fires onEdit(e) (simple trigger) and installable onEdit triggers. */
  edit(sheetName: string, a1: string, values: string | string[][], user?: string): void {
    const edit = this.workbook.userEdit(sheetName, a1, values, user);
    const eventFor = (authMode: unknown) => {
      const event: Record<string, unknown> = { authMode, source: this.workbook.spreadsheet, range: edit.range, user: this.currentUser() };
      if (edit.value !== undefined) event.value = edit.value;
      if (edit.oldValue !== undefined) event.oldValue = edit.oldValue;
      return event;
    };
    const fn = this.lookup('onEdit');
    if (fn) this.fireRecorded('onEdit', { mode: 'simple-trigger', user }, () => eventFor(AUTH_MODE.LIMITED), fn);
    this.fireInstallable('ON_EDIT', () => {
      const { authMode: _limited, ...rest } = eventFor(AUTH_MODE.FULL);
      return rest;
    });
  }

  /** Moves the clock to `ms`, firing each due clock trigger in time order; failures go to `failures`. */
  advanceTo(ms: number): void {
    for (;;) {
      const due = this.triggerStore.nextDue(ms);
      if (!due) break;
      const at = due.nextRunAt!;
      if (at > this.state.now()) this.state.setNow(at);
      this.triggerStore.markFired(due, at);
      this.fireClockTrigger(due, at);
    }
    if (ms > this.state.now()) this.state.setNow(ms);
  }

  /** Moves the clock forward by `ms`, firing due clock triggers. */
  advanceBy(ms: number): void {
    this.advanceTo(this.state.now() + ms);
  }

  /** Every installed trigger: handler, unique id and a readable schedule. */
  triggers(): Array<{ handler: string; uid: string; description: string }> {
    return this.triggerStore.all().map((record) => ({
      handler: record.handler, uid: record.uid, description: this.triggerStore.describe(record),
    }));
  }

  /** `google.script.run.<fn>(...args)` from a dialog of the owner, as a promise of what the success handler gets. */
  scriptRun(functionName: string, ...args: unknown[]): Promise<unknown> {
    return this.scriptRunAs(undefined, functionName, ...args);
  }

  /** scriptRun as `user` (undefined: the owner). */
  async scriptRunAs(user: string | undefined, functionName: string, ...args: unknown[]): Promise<unknown> {
    await macrotask();
    const fn = this.lookup(functionName);
    if (!fn || !isCallableFromClient(functionName, this.context ? this.entryPoints() : [functionName])) {
      throw new TypeError(`google.script.run.${functionName} is not a function`);
    }
    const copies = args.map((arg, i) => copyArgument(arg, String(i)));
    let result: unknown;
    try {
      result = this.state.runExecution({ mode: 'web', user }, () => this.invoke(fn, copies));
    } finally {
      await macrotask();
    }
    return copyResult(result);
  }

  /** A google.script.run object (withSuccessHandler, withFailureHandler, withUserObject) for dialog tests. */
  googleScriptRun(user?: string): Record<string, unknown> {
    return createClientRunner(
      (name, args) => this.scriptRunAs(user, name, ...args),
      () => (this.context ? this.entryPoints() : []),
      (functionName, error) => this.failures.push({ functionName, error: messageOf(error) }),
    );
  }

  /** Saves the workbook as .xlsx, so a person can open what the script did; says what became of its charts and protections. */
  async saveXlsx(path: string): Promise<XlsxExportNotes> {
    // Loaded on first use: exceljs is heavy and most tests never save.
    const { saveWorkbookXlsx } = await import('./xlsx');
    return saveWorkbookXlsx(this.workbook, path);
  }

  /** Writes every sent mail as an .eml file into `dir`; returns their paths. */
  writeOutbox(dir: string): string[] {
    mkdirSync(dir, { recursive: true });
    return this.outbox.map((mail, i) => {
      const slug = mail.subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'mail';
      const path = join(dir, `${String(i + 1).padStart(3, '0')}-${slug}.eml`);
      writeFileSync(path, renderEml(mail, i + 1));
      return path;
    });
  }

  /** Service calls counted so far, in total and per method, and the cells those calls read. */
  callCounts(): { total: number; byMethod: Record<string, number>; cellsRead: number } {
    return this.state.callCounts();
  }

  private loadBundle(path: string): void {
    const sandbox: Record<string, unknown> = {};
    const context = vm.createContext(sandbox, { name: 'Apps Script V8', codeGeneration: { strings: true, wasm: false } });
    const RealmError = vm.runInContext('Error', context) as ErrorConstructor;
    this.boundary = new RealmBoundary((message, name, hostStack) => {
      const error = new RealmError(message);
      error.name = name;
      if (hostStack) error.stack = `${name}: ${message}\n${hostStack.split('\n').slice(1).join('\n')}`;
      return error;
    });
    const install = vm.runInContext(CLOCK_DATE_SOURCE, context) as (now: () => number) => DateConstructor;
    this.state.realm.Date = install(() => this.state.now());
    for (const name of GLOBAL_NAMES) {
      const service = this.services[name];
      sandbox[name] = name === 'MimeType' ? service : this.boundary.proxy(service as object);
    }
    this.context = context;
    vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path });
    this.triggerStore.spreadsheetId = this.spreadsheetId();
  }

  private spreadsheetId(): string {
    const counts = this.state.callCounts();
    try {
      return this.workbook.spreadsheet.getId();
    } catch {
      return 'toko-spreadsheet';
    } finally {
      if (counts.total === 0) this.state.resetCallCounts();
    }
  }

  private lookup(functionName: string): ((...args: unknown[]) => unknown) | undefined {
    const host = (this.context ?? this.functionHost) as Record<string, unknown>;
    const fn = host[functionName];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  }

  private invoke(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
    const boundary = this.boundary;
    if (!boundary) return fn(...args);
    try {
      return boundary.toHost(fn(...args.map((arg) => (this.isEvent(arg) ? boundary.eventToScript(arg) : boundary.toScript(arg)))));
    } catch (error) {
      throw toHostError(error);
    }
  }

  private isEvent(value: unknown): value is object {
    return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      && 'authMode' in (value as object);
  }

  private currentUser(): FakeUser {
    return new FakeUser(this.state.execution?.user ?? '');
  }

  /** Runs a trigger function; a throw is recorded in `failures`, never rethrown. */
  private fireRecorded(functionName: string, as: RunAs, event: () => object, fn: ((...args: unknown[]) => unknown) | undefined): void {
    if (!fn) {
      this.failures.push({ functionName, error: `Script function not found: ${functionName}` });
      return;
    }
    try {
      this.state.runExecution({ mode: as.mode ?? 'menu', user: as.user }, () => this.invoke(fn, [event()]));
    } catch (error) {
      this.failures.push({ functionName, error: messageOf(error) });
    }
  }

  /** Installable spreadsheet triggers run with full authorization as the user who installed them. */
  private fireInstallable(eventType: 'ON_OPEN' | 'ON_EDIT', event: () => Record<string, unknown>): void {
    for (const record of this.triggerStore.spreadsheetTriggers(eventType)) {
      this.fireRecorded(record.handler, { mode: 'menu', user: record.owner }, () => ({
        ...event(), authMode: AUTH_MODE.FULL, triggerUid: record.uid, user: this.currentUser(),
      }), this.lookup(record.handler));
    }
  }

  private fireClockTrigger(record: TriggerRecord, at: number): void {
    // Installable triggers run under the authority of the user who installed them (ScriptApp reference).
    this.fireRecorded(record.handler, { mode: 'time-trigger', user: record.owner }, () => clockEvent(record, at), this.lookup(record.handler));
  }

  private findMenuItem(path: string): string {
    const parts = path.split('>').map((part) => part.trim());
    const caption = parts[parts.length - 1];
    const search = (menu: RecordedMenu, route: string[]): string | undefined => {
      for (const item of menu.items) {
        if ('submenu' in item) {
          const found = search(item.submenu, route.length > 0 && route[0] === item.submenu.title ? route.slice(1) : route);
          if (found) return found;
        } else if ('caption' in item && item.caption === caption && route.length === 0) {
          return item.functionName;
        }
      }
      return undefined;
    };
    for (const menu of this.workbook.menus) {
      if (parts.length > 1 && menu.title !== parts[0]) continue;
      const found = search(menu, parts.length > 1 ? parts.slice(1, -1) : []);
      if (found) return found;
    }
    const known = this.workbook.menus.map((menu) => menu.title).join(', ') || 'none';
    throw new Error(`Emulator: no menu item "${path}" (menus: ${known}); did onOpen run? Call rt.open() first.`);
  }
}
