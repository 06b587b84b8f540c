/**
 * The shared state of one local Apps Script runtime: the clock, who is running what, the
 * service-call counter and its hooks. Every emulated service takes this object and reports each
 * public method call through `recordCall`, so benchmarks count calls and tests can inject
 * failures or a second execution at any call.
 */

/** How an execution was started; decides whether there is a UI, an active user and mail rights. */
export type ExecutionMode =
  | 'menu' // a user clicked a custom menu item: UI, active user, full authorization
  | 'editor' // run from the script editor's Run button: active user, full auth, no spreadsheet UI
  | 'simple-trigger' // onOpen / onEdit: UI for onOpen, LIMITED auth, no mail, no user email for others
  | 'time-trigger' // installable clock trigger: no UI, FULL auth, runs as the user who installed it
  | 'web'; // google.script.run from a dialog or sidebar: active user, no getUi() for menus

/** One simulated execution of the script. */
export interface Execution {
  readonly id: number;
  readonly mode: ExecutionMode;
  /** The active user's e-mail as Session.getActiveUser reveals it; '' where Apps Script would not reveal it. */
  readonly user: string;
  /**
   * The account under whose authority it runs (Session.getEffectiveUser): the person who clicked or
   * typed, or, for an installable trigger, the user who installed it. Mail leaves from this account
   * and spends its quota; protections are checked against it.
   */
  readonly effectiveUser: string;
  /** Whether SpreadsheetApp.getUi() is allowed in this execution. */
  readonly hasUi: boolean;
  /** 'FULL' or 'LIMITED', as ScriptApp.AuthMode names them. */
  readonly authMode: 'FULL' | 'LIMITED' | 'NONE';
}

/** Called on every counted service call; may throw to inject a failure, or run another execution. */
export type CallHook = (method: string, callNumber: number, execution: Execution | undefined) => void;

/** The constructors of the realm the script runs in, so values handed to it pass `instanceof`. */
export interface Realm {
  Date: DateConstructor;
}

/** Options for a new runtime state; all have defaults. */
export interface EmulatorOptions {
  /** Start of the simulated clock, epoch ms. Default 2026-11-28T02:00:00Z (09.00 WIB). */
  now?: number;
  /** The script's time zone (appsscript.json). Default 'Asia/Jakarta'. */
  timeZone?: string;
  /** The owner of the spreadsheet and script. Default 'owner@toko.test'. */
  owner?: string;
  /** Daily e-mail recipient quota. Default 100 (consumer account). */
  mailQuota?: number;
}

/** The clock, the executions, the call counter and the hooks of one runtime; see the file comment. */
export class EmulatorState {
  readonly timeZone: string;
  readonly owner: string;
  readonly mailQuotaPerDay: number;
  realm: Realm = { Date };
  private nowMs: number;
  private readonly stack: Execution[] = [];
  private nextExecutionId = 1;
  private readonly counts = new Map<string, number>();
  private totalCalls = 0;
  private cells = 0;
  private readonly hooks: CallHook[] = [];
  private readonly endListeners: Array<(execution: Execution) => void> = [];

  constructor(options: EmulatorOptions = {}) {
    this.nowMs = options.now ?? Date.UTC(2026, 10, 28, 2, 0, 0);
    this.timeZone = options.timeZone ?? 'Asia/Jakarta';
    this.owner = options.owner ?? 'owner@toko.test';
    this.mailQuotaPerDay = options.mailQuota ?? 100;
  }

  /** The simulated current time, epoch ms. */
  now(): number {
    return this.nowMs;
  }

  /** Moves the simulated clock; it never goes backwards. */
  setNow(ms: number): void {
    if (ms < this.nowMs) throw new Error(`The clock cannot go back (${new Date(ms).toISOString()})`);
    this.nowMs = ms;
  }

  /** Advances the simulated clock by `ms` milliseconds (locks waiting, sleeps). */
  advance(ms: number): void {
    this.nowMs += Math.max(0, ms);
  }

  /** A Date of the script's realm for the epoch ms given. */
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** The execution running now (the innermost), or undefined outside any execution. */
  get execution(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** All executions running now, outermost first (a nested one simulates a concurrent user). */
  get executions(): readonly Execution[] {
    return this.stack;
  }

  /** The account the running execution acts as (see Execution.effectiveUser); the owner outside any execution. */
  effectiveUser(): string {
    return this.execution?.effectiveUser ?? this.owner;
  }

  /**
   * Runs `body` as a new execution; nested calls simulate a second, concurrent execution. `user` is
   * the person (or, for a time trigger, the installer); default the owner.
   * `onEnd` listeners (locks) are released when it ends, whether it threw or not.
   */
  runExecution<T>(spec: { mode: ExecutionMode; user?: string }, body: (execution: Execution) => T): T {
    const execution = this.describeExecution(spec.mode, spec.user);
    this.stack.push(execution);
    try {
      return body(execution);
    } finally {
      this.stack.pop();
      for (const listener of this.endListeners) listener(execution);
    }
  }

  /** Registers a listener called when any execution ends (the lock service releases its locks). */
  onExecutionEnd(listener: (execution: Execution) => void): void {
    this.endListeners.push(listener);
  }

  private describeExecution(mode: ExecutionMode, user: string | undefined): Execution {
    const id = this.nextExecutionId++;
    const who = user ?? this.owner;
    // Session reference: the active user's e-mail is hidden where the script runs without that user's
    // authorization (simple triggers) — "these restrictions generally do not apply if the developer
    // runs the script themselves", so the owner's own runs reveal it. A time trigger runs under the
    // installer's authority; its active user is revealed only when the installer is the owner.
    const revealed = who === this.owner ? who : '';
    switch (mode) {
      case 'menu':
        return { id, mode, user: who, effectiveUser: who, hasUi: true, authMode: 'FULL' };
      case 'editor':
        return { id, mode, user: who, effectiveUser: who, hasUi: false, authMode: 'FULL' };
      case 'simple-trigger':
        return { id, mode, user: revealed, effectiveUser: who, hasUi: true, authMode: 'LIMITED' };
      case 'time-trigger':
        return { id, mode, user: revealed, effectiveUser: who, hasUi: false, authMode: 'FULL' };
      case 'web':
        return { id, mode, user: who, effectiveUser: who, hasUi: false, authMode: 'FULL' };
    }
  }

  /** Counts one call of a service method (e.g. 'Range.getValues') and runs the hooks, which may throw. */
  recordCall(method: string): void {
    this.totalCalls++;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    const callNumber = this.totalCalls;
    for (const hook of [...this.hooks]) hook(method, callNumber, this.execution);
  }

  /** Adds a hook run on every counted call; returns a function that removes it. */
  addCallHook(hook: CallHook): () => void {
    this.hooks.push(hook);
    return () => {
      const at = this.hooks.indexOf(hook);
      if (at >= 0) this.hooks.splice(at, 1);
    };
  }

  /**
   * Counts cells handed to the script by a read (getValues, getDisplayValues, getFormulas, …): what
   * Google charges time for on every read, besides the round trip of the call itself.
   */
  recordCellsRead(count: number): void {
    this.cells += count;
  }

  /** Calls counted since the last reset: the total, per method, and the cells read. */
  callCounts(): { total: number; byMethod: Record<string, number>; cellsRead: number } {
    return { total: this.totalCalls, byMethod: Object.fromEntries([...this.counts].sort()), cellsRead: this.cells };
  }

  /** Zeroes the call and cell counters (hooks stay). */
  resetCallCounts(): void {
    this.totalCalls = 0;
    this.cells = 0;
    this.counts.clear();
  }
}
