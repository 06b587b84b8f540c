/**
 * Who an installable clock trigger runs as, in the script realm. References:
 * https://developers.google.com/apps-script/guides/triggers/installable ("Installable triggers always
 * run under the account of the person who created them"),
 * https://developers.google.com/apps-script/reference/base/session#getEffectiveUser() and
 * https://developers.google.com/apps-script/guides/services/quotas (quotas are per user).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRuntime } from './runtime';

const JAKARTA_0900 = Date.UTC(2026, 10, 28, 2, 0, 0);
const HOUR = 3600 * 1000;
const OWNER = 'owner@toko.test';
const FINANCE = 'keuangan@toko.test';
const CS = 'cs@toko.test';

const BUNDLE = `
var seen = [];
function installHourly() { ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create(); }
function hourly() {
  seen.push({ effective: Session.getEffectiveUser().getEmail(), active: Session.getActiveUser().getEmail() });
  MailApp.sendEmail('owner@toko.test', 'Rekap', 'isi');
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('ditulis');
}
function protectFirstSheetForFinance() {
  var protection = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].protect();
  protection.removeEditors(protection.getEditors().map(function (u) { return u.getEmail(); }));
  protection.addEditor('keuangan@toko.test');
}
function seenLog() { return JSON.parse(JSON.stringify(seen)); }
function remainingQuota() { return MailApp.getRemainingDailyQuota(); }
`;

function load(): LocalRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'toko-trigger-identity-'));
  const bundle = join(dir, 'Code.js');
  writeFileSync(bundle, BUNDLE);
  return LocalRuntime.load({ bundle, now: JAKARTA_0900, owner: OWNER, mailQuota: 10 });
}

describe('an installable clock trigger runs as the user who installed it', () => {
  it('Session.getEffectiveUser is the installer; the active user stays hidden when the installer is not the owner', () => {
    const rt = load();
    rt.call('installHourly', [], { user: FINANCE });

    rt.advanceBy(HOUR);

    expect(rt.failures).toEqual([]);
    expect(rt.call('seenLog')).toEqual([{ effective: FINANCE, active: '' }]);
  });

  it('its mail leaves from the installer and spends the installer\'s quota, not the owner\'s', () => {
    const rt = load();
    rt.call('installHourly', [], { user: FINANCE });

    rt.advanceBy(HOUR);

    expect(rt.outbox.map((mail) => mail.sender)).toEqual([FINANCE]);
    expect(rt.call('remainingQuota', [], { user: FINANCE })).toBe(9);
    expect(rt.call('remainingQuota', [], { user: OWNER })).toBe(10);
  });

  it('protections apply to the installer: an editor\'s trigger may write, another user\'s trigger is refused', () => {
    const rt = load();
    rt.call('protectFirstSheetForFinance');
    rt.call('installHourly', [], { user: FINANCE });
    rt.call('installHourly', [], { user: CS });

    rt.advanceBy(HOUR);

    expect(rt.failures).toEqual([{
      functionName: 'hourly',
      error: 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    }]);
    expect(rt.workbook.values(rt.workbook.sheetNames()[0])[0][0]).toBe('ditulis');
  });

  it('ScriptApp remembers who created each trigger: each user lists only their own', () => {
    const rt = load();
    rt.call('installHourly', [], { user: FINANCE });
    rt.call('installHourly', [], { user: CS });

    rt.evaluate('function countMine() { return ScriptApp.getProjectTriggers().length; }');
    const count = (user: string) => rt.call('countMine', [], { user });

    expect([count(FINANCE), count(CS), count(OWNER)]).toEqual([1, 1, 0]);
    expect(rt.triggerStore.all().map((t) => t.owner)).toEqual([FINANCE, CS]);
  });
});

describe('a menu action runs as the person who clicked it', () => {
  it('the effective user is the clicker, not the owner', () => {
    const rt = load();
    rt.evaluate('function whoRuns() { return Session.getEffectiveUser().getEmail(); }');

    expect(rt.call('whoRuns', [], { mode: 'menu', user: CS })).toBe(CS);
  });
});
