/**
 * The bundle sees exactly the members @types/google-apps-script declares for each class (the Apps
 * Script reference, e.g. https://developers.google.com/apps-script/reference/spreadsheet/range and
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder), nothing more.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMembers, deriveMemberTable, memberTable } from './api-surface';
import { LocalRuntime } from './runtime';

const BUNDLE = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function probeRange() {
  var range = sheet().getRange('A1:B2');
  var failure = '';
  try { range.fill(1); } catch (e) { failure = e.name + ': ' + e.message; }
  return { fill: typeof range.fill, areaIn: 'area' in range, area: typeof range.area, keys: Object.keys(range),
    getValues: typeof range.getValues, failure: failure };
}
function genericBuilderTitle() { return typeof sheet().newChart().setTitle; }
function columnChartWithTitle() {
  var s = sheet();
  var chart = s.newChart().asColumnChart().addRange(s.getRange('A1:B3')).setTitle('Laba bulanan').setPosition(5, 5, 0, 0).build();
  return chart.getOptions().get('title');
}
function notEmulatedButReal() {
  try { sheet().getRange('A1').getBandings(); } catch (e) { return e.message; }
}
function templateVariable() {
  var t = HtmlService.createTemplate('<p><?= shop ?></p>');
  t.shop = 'Toko Bunga';
  return { readBack: t.shop, html: t.evaluate().getContent() };
}
function sessionHelpers() { return { state: typeof Session.state, effective: typeof Session.getEffectiveUser }; }
`;

function load(): LocalRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'toko-api-surface-'));
  const bundle = join(dir, 'Code.js');
  writeFileSync(bundle, BUNDLE);
  return LocalRuntime.load({ bundle });
}

describe('the member list comes from @types/google-apps-script', () => {
  it('Range has getValues and no fill; a generic EmbeddedChartBuilder has no setTitle; the column chart builder has', () => {
    expect(apiMembers('Range').has('getValues')).toBe(true);
    expect(apiMembers('Range').has('fill')).toBe(false);
    expect(apiMembers('EmbeddedChartBuilder').has('setTitle')).toBe(false);
    expect(apiMembers('EmbeddedColumnChartBuilder').has('setTitle')).toBe(true);
    expect(apiMembers('EmbeddedTableChartBuilder').has('setTitle')).toBe(false);
  });

  it('the cached table is the one the .d.ts files give today', () => {
    expect(memberTable()).toEqual(deriveMemberTable());
  });

  it('a class @types does not know fails loudly instead of being let through', () => {
    expect(() => apiMembers('FakeRange')).toThrow('Emulator: @types/google-apps-script has no class FakeRange');
  });
});

describe('inside the bundle realm', () => {
  it("the emulator's helpers and fields are invisible on a Range: range.fill is undefined and calling it is a TypeError", () => {
    const rt = load();

    expect(rt.call('probeRange')).toEqual({
      fill: 'undefined', areaIn: false, area: 'undefined', keys: [], getValues: 'function',
      failure: 'TypeError: range.fill is not a function',
    });
  });

  it('a generic EmbeddedChartBuilder has no setTitle; asColumnChart() gives the builder that has it', () => {
    const rt = load();

    expect(rt.call('genericBuilderTitle')).toBe('undefined');
    expect(rt.call('columnChartWithTitle')).toBe('Laba bulanan');
  });

  it('a method Google has but the emulator does not model still fails loudly with the emulator text', () => {
    expect(load().call('notEmulatedButReal')).toBe('Emulator: Range.getBandings is not implemented');
  });

  it('template variables the script sets on an HtmlTemplate stay readable and reach the template', () => {
    expect(load().call('templateVariable')).toEqual({ readBack: 'Toko Bunga', html: '<p>Toko Bunga</p>' });
  });

  it("a service's private fields are invisible: Session.state is undefined", () => {
    expect(load().call('sessionHelpers')).toEqual({ state: 'undefined', effective: 'function' });
  });
});
