import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRuntime } from './runtime';

const JAKARTA_0900 = Date.UTC(2026, 10, 28, 2, 0, 0);

/** A stand-in for dist/Code.js: plain Apps Script, written the way the build emits it. */
const FIXTURE_BUNDLE = `
var calls = [];
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Toko').addItem('Approve order', 'approveOrder').addItem('Boom', 'boom').addToUi();
}
function onEdit(e) {
  calls.push({ value: e.value, oldValue: e.oldValue, hasValue: 'value' in e, authMode: String(e.authMode),
    a1: e.range.getA1Notation(), sourceName: e.source.getName(), user: e.user.getEmail() });
  if (e.value === 'kirim email') MailApp.sendEmail('gudang@toko.test', 'dari onEdit', 'x');
}
function lastEdit() { return calls[calls.length - 1]; }
function editCount() { return calls.length; }
function approveOrder() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(10000);
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('approved by ' + Session.getActiveUser().getEmail());
  MailApp.sendEmail('gudang@toko.test', 'Packing TK-0001', 'Kaos merah x2');
  return 'ok';
}
function boom() { throw new Error('Stok tidak cukup'); }
function catchServiceError() {
  try { MailApp.sendEmail('bukan-email', 's', 'b'); } catch (e) {
    return { isError: e instanceof Error, message: e.message, name: e.name };
  }
}
function clock() {
  return { now: Date.now(), constructed: new Date().getTime(), fixed: new Date(2024, 0, 1).getFullYear(),
    isDate: new Date() instanceof Date, asString: typeof Date(), ctor: new Date().constructor === Date };
}
function installMonthly() {
  ScriptApp.newTrigger('monthly').timeBased().onMonthDay(1).atHour(7).create();
  ScriptApp.newTrigger('failing').timeBased().everyDays(1).atHour(6).create();
}
var fired = [];
function monthly(e) { fired.push({ at: new Date().getTime(), event: e, auth: String(e.authMode), user: Session.getActiveUser().getEmail() }); }
function failing() { throw new Error('trigger gagal'); }
function firedLog() { return JSON.parse(JSON.stringify(fired)); }
function logSomething() { Logger.log('stok %s: %d', 'A', 3); console.log('halo', { a: 1 }); console.error('gagal'); }
function echo(x) { return x; }
function dateResult() { return { when: new Date() }; }
function arrayWithHoles() { return [1, undefined, 'x']; }
function private_() { return 'secret'; }
function include(name) { return HtmlService.createHtmlOutput('<i>' + name + '</i>').getContent(); }
function renderPage() {
  var t = HtmlService.createTemplate('<?!= include("css") ?><p><?= who ?></p>');
  t.who = '<Ani>';
  return t.evaluate().getContent();
}
function notEmulated() { return Utilities.parseCsv('a,b'); }
`;

function loadFixture(options: { manifestScopes?: string[] } = {}): LocalRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'toko-runtime-'));
  const bundle = join(dir, 'Code.js');
  writeFileSync(bundle, FIXTURE_BUNDLE);
  if (options.manifestScopes) writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ oauthScopes: options.manifestScopes }));
  return LocalRuntime.load({ bundle, now: JAKARTA_0900 });
}

describe('LocalRuntime.load: the bare Apps Script realm', () => {
  it('holds no Node or browser globals', () => {
    const rt = loadFixture();

    const types = rt.evaluate(`[typeof require, typeof process, typeof setTimeout, typeof setInterval, typeof Buffer,
      typeof URL, typeof fetch, typeof TextEncoder, typeof structuredClone, typeof queueMicrotask, typeof module]`);

    expect(types).toEqual(Array(11).fill('undefined'));
  });

  it('offers the Apps Script globals', () => {
    const rt = loadFixture();

    const types = rt.evaluate(`[typeof SpreadsheetApp, typeof MailApp, typeof GmailApp, typeof ScriptApp, typeof LockService,
      typeof PropertiesService, typeof CacheService, typeof Session, typeof Utilities, typeof Logger, typeof HtmlService, typeof console]`);

    expect(types).toEqual(Array(12).fill('object'));
  });

  it("reads the emulator's clock through Date, leaving other Date forms alone", () => {
    const rt = loadFixture();

    expect(rt.call('clock')).toEqual({ now: JAKARTA_0900, constructed: JAKARTA_0900, fixed: 2024, isDate: true, asString: 'string', ctor: true });
    expect(rt.evaluate('Date.UTC(2024, 0, 1)')).toBe(Date.UTC(2024, 0, 1));
  });

  it("makes state.date() values pass the script's instanceof Date", () => {
    const rt = loadFixture();
    (rt.evaluate('this') as Record<string, unknown>).hostDate = rt.state.date(JAKARTA_0900);

    expect(rt.evaluate('hostDate instanceof Date && hostDate.getTime()')).toBe(JAKARTA_0900);
  });

  it('hands service errors to the script as its own Errors with the message intact', () => {
    const rt = loadFixture();

    expect(rt.call('catchServiceError')).toEqual({ isError: true, message: 'Invalid email: bukan-email', name: 'Exception' });
  });

  it('fails loudly for a method the emulator does not model', () => {
    const rt = loadFixture();

    expect(() => rt.call('notEmulated')).toThrow('Emulator: Utilities.parseCsv is not implemented');
  });

  it('lists the top-level functions as entry points', () => {
    const rt = loadFixture();

    expect(rt.entryPoints()).toEqual(expect.arrayContaining(['onOpen', 'onEdit', 'approveOrder', 'monthly', 'private_']));
    expect(rt.entryPoints()).not.toContain('calls');
  });
});

describe('LocalRuntime: people using the sheet', () => {
  it('opening the sheet adds the Toko menu, and clicking Approve order runs it as the clicking user', () => {
    const rt = loadFixture();
    rt.open();

    const result = rt.clickMenu('Toko > Approve order', 'cs@toko.test');

    expect(rt.workbook.menus.map((menu) => menu.title)).toEqual(['Toko']);
    expect(result).toBe('ok');
    expect(rt.workbook.values(rt.workbook.sheetNames()[0])[0][0]).toBe('approved by cs@toko.test');
    expect(rt.outbox[0]).toMatchObject({ subject: 'Packing TK-0001', sender: 'cs@toko.test' });
  });

  it('a menu function that throws surfaces to the test', () => {
    const rt = loadFixture();
    rt.open();

    expect(() => rt.clickMenu('Boom')).toThrow('Stok tidak cukup');
  });

  it('a missing function raises "Script function not found: fn"', () => {
    const rt = loadFixture();

    expect(() => rt.call('nope')).toThrow(new Error('Script function not found: nope'));
  });

  it("a single-cell edit gives onEdit string value and oldValue, LIMITED auth, the source and the range", () => {
    const rt = loadFixture();
    const sheet = rt.workbook.sheetNames()[0];
    rt.edit(sheet, 'B2', 'Kaos');

    rt.edit(sheet, 'B2', '12');

    expect(rt.call('lastEdit')).toEqual({
      value: '12', oldValue: 'Kaos', hasValue: true, authMode: 'LIMITED', a1: 'B2', sourceName: 'Toko', user: 'owner@toko.test',
    });
  });

  it('oldValue is undefined when the cell was empty, and a multi-cell edit has neither', () => {
    const rt = loadFixture();
    const sheet = rt.workbook.sheetNames()[0];

    rt.edit(sheet, 'C3', 'baru');
    const single = rt.call('lastEdit') as Record<string, unknown>;
    rt.edit(sheet, 'A1:B1', [['x', 'y']]);
    const multi = rt.call('lastEdit') as Record<string, unknown>;

    expect(single).toMatchObject({ value: 'baru', oldValue: undefined });
    expect(multi).toMatchObject({ value: undefined, oldValue: undefined, hasValue: false, a1: 'A1:B1' });
  });

  it('script writes do not fire onEdit', () => {
    const rt = loadFixture();
    rt.open();

    rt.clickMenu('Approve order');

    expect(rt.call('editCount')).toBe(0);
  });

  it('an onEdit that sends mail fails with the simple-trigger permission text, recorded in failures', () => {
    const rt = loadFixture();

    rt.edit(rt.workbook.sheetNames()[0], 'A1', 'kirim email');

    expect(rt.failures).toEqual([{
      functionName: 'onEdit',
      error: 'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    }]);
    expect(rt.outbox).toEqual([]);
  });
});

describe('LocalRuntime: clock triggers', () => {
  it('fires the monthly report on the 1st at 07:00 Jakarta time with the documented event, in time order', () => {
    const rt = loadFixture();
    rt.call('installMonthly');

    rt.advanceTo(Date.UTC(2026, 11, 2, 0, 0, 0));

    const fired = rt.call('firedLog') as Array<{ at: number; event: Record<string, unknown>; auth: string; user: string }>;
    expect(fired).toHaveLength(1);
    expect(fired[0].at).toBe(Date.UTC(2026, 11, 1, 0, 0, 0));
    expect(fired[0].auth).toBe('FULL');
    expect(fired[0].user).toBe('owner@toko.test'); // installed by the owner, who runs their own script
    expect(fired[0].event).toMatchObject({
      'day-of-month': 1, 'day-of-week': 2, hour: 0, minute: 0, month: 12, second: 0, timezone: 'UTC',
      triggerUid: rt.triggers()[0].uid, 'week-of-year': 49, year: 2026,
    });
  });

  it('a failing trigger is recorded and does not stop later triggers', () => {
    const rt = loadFixture();
    rt.call('installMonthly');

    rt.advanceTo(Date.UTC(2026, 11, 2, 0, 0, 0));

    // The daily 06:00 WIB trigger ran on 29, 30 Nov, 1 and 2 Dec (23:00 UTC the evening before), failing each time.
    expect(rt.failures).toEqual(Array(4).fill({ functionName: 'failing', error: 'trigger gagal' }));
    expect(rt.call('firedLog')).toHaveLength(1);
    expect(rt.state.now()).toBe(Date.UTC(2026, 11, 2, 0, 0, 0));
  });

  it('lists triggers with a readable schedule', () => {
    const rt = loadFixture();
    rt.call('installMonthly');

    expect(rt.triggers().map((t) => t.description)).toEqual([
      'monthly: every month on day 1 at 07:00 (Asia/Jakarta)',
      'failing: every 1 day(s) at 06:00 (Asia/Jakarta)',
    ]);
  });
});

describe('LocalRuntime: two people at once', () => {
  it('a second Approve order while the first holds the lock times out with the Apps Script text', () => {
    const rt = loadFixture();
    rt.open();
    let second: unknown;
    const stop = rt.state.addCallHook((method) => {
      if (method !== 'MailApp.sendEmail' || second !== undefined) return;
      try {
        rt.clickMenu('Approve order', 'cs2@toko.test');
        second = 'ran';
      } catch (error) {
        second = (error as Error).message;
      }
    });

    rt.clickMenu('Approve order', 'cs1@toko.test');
    stop();

    expect(second).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(rt.outbox).toHaveLength(1);
  });
});

describe('LocalRuntime.scriptRun (google.script.run)', () => {
  it('returns a deep copy of the result, asynchronously', async () => {
    const rt = loadFixture();
    const argument = { items: [{ sku: 'A', qty: 2 }] };

    const result = await rt.scriptRun('echo', argument);

    expect(result).toEqual(argument);
    expect(result).not.toBe(argument);
  });

  it('a private function (name ending in _) is not callable', async () => {
    await expect(loadFixture().scriptRun('private_')).rejects.toThrow(new Error('google.script.run.private_ is not a function'));
  });

  it('a Date argument fails the call', async () => {
    await expect(loadFixture().scriptRun('echo', new Date())).rejects.toThrow(new Error('Failed due to illegal value in property: 0'));
  });

  it('a returned Date makes the result null', async () => {
    await expect(loadFixture().scriptRun('dateResult')).resolves.toBeNull();
  });

  it('undefined in a returned array becomes null', async () => {
    await expect(loadFixture().scriptRun('arrayWithHoles')).resolves.toEqual([1, null, 'x']);
  });

  it('the runner calls handlers with (value, userObject)', async () => {
    const rt = loadFixture();
    const run = rt.googleScriptRun() as any;

    // Waits for the handler itself, however many turns of the event loop it takes (no clock).
    const seen = await new Promise<unknown[]>((done) => {
      run.withSuccessHandler((value: unknown, user: unknown) => done([value, user])).withUserObject('u1').echo('halo');
    });

    expect(seen).toEqual(['halo', 'u1']);
  });
});

describe('LocalRuntime: logs, templates, mail files, counts', () => {
  it('Logger.log and console record into logs', () => {
    const rt = loadFixture();

    rt.call('logSomething');

    expect(rt.logs).toEqual(['stok A: 3', 'halo {"a":1}', 'ERROR: gagal']);
  });

  it('templates run in the script realm and can call its include() helper', () => {
    expect(loadFixture().call('renderPage')).toBe('<i>css</i><p>&lt;Ani&gt;</p>');
  });

  it('writes the outbox as .eml files a person can open', () => {
    const rt = loadFixture();
    rt.open();
    rt.clickMenu('Approve order');
    const dir = mkdtempSync(join(tmpdir(), 'toko-outbox-'));

    const [path] = rt.writeOutbox(dir);

    expect(path).toMatch(/001-packing-tk-0001\.eml$/);
    expect(readFileSync(path, 'utf8')).toContain('Subject: Packing TK-0001');
  });

  it('counts service calls per method', () => {
    const rt = loadFixture();
    rt.open();
    rt.state.resetCallCounts();

    rt.clickMenu('Approve order');

    expect(rt.callCounts().byMethod).toMatchObject({ 'LockService.getDocumentLock': 1, 'Lock.waitLock': 1, 'MailApp.sendEmail': 1 });
  });

  it('enforces the manifest scopes next to the bundle', () => {
    const rt = loadFixture({ manifestScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'] });
    rt.open();

    expect(() => rt.clickMenu('Approve order')).toThrow('You do not have permission to call MailApp.sendEmail');
  });
});

describe('LocalRuntime.create: services for use-case tests', () => {
  it('installs the globals on a target and undoes it', () => {
    const rt = LocalRuntime.create({ now: JAKARTA_0900 });
    const target: Record<string, unknown> = {};

    const undo = rt.installGlobals(target);
    const installed = typeof target.MailApp;
    undo();

    expect(installed).toBe('object');
    expect(target.MailApp).toBeUndefined();
  });

  it('runs host code as an execution of a given user', () => {
    const rt = LocalRuntime.create({ now: JAKARTA_0900 });
    const Session = rt.globals().Session as GoogleAppsScript.Base.Session;

    const email = rt.run(() => Session.getActiveUser().getEmail(), { user: 'cs@toko.test' });

    expect(email).toBe('cs@toko.test');
  });
});
