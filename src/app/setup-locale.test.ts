import { LocalRuntime } from '../../emulator/runtime';
import { NOW } from '../../test/e2e/pipeline-fixtures';
import { setSetting } from '../../test/e2e/pipeline-shop';
import { STOCK_SHEET } from '../sheets/schema';
import { setup } from './setup';

const OWNER = 'owner@toko.test';
let rt: LocalRuntime;
let restore: () => void;

beforeEach(() => {
  rt = LocalRuntime.create({ now: NOW, owner: OWNER, locale: 'en_US' });
  restore = rt.installGlobals();
});
afterEach(() => restore());

const runSetup = () => rt.run(() => setup(), { user: OWNER });

describe('Setup and the spreadsheet locale', () => {
  it('on a new spreadsheet in en_US, sets the locale to id_ID and the zone to Asia/Jakarta, so Rupiah shows Rp85.000', () => {
    rt.workbook.model.timeZone = 'America/New_York';

    runSetup();

    expect(rt.workbook.spreadsheet.getSpreadsheetLocale()).toBe('id_ID');
    expect(rt.workbook.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(rt.workbook.displayValues(STOCK_SHEET.name)[1]).toContain('Rp85.000');
    expect(rt.workbook.alerts.at(-1)?.message).not.toContain('Perhatian: lokal');
  });

  it('on an existing Toko spreadsheet in en_US, leaves the locale and warns in Indonesian why it matters', () => {
    runSetup();
    rt.workbook.model.localeCode = 'en_US';

    runSetup();

    expect(rt.workbook.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(rt.workbook.alerts.at(-1)?.message).toContain(
      'Perhatian: lokal spreadsheet ini en_US, bukan Indonesia (id_ID). Angka yang diketik dibaca menurut lokal itu (15.000 tidak menjadi lima belas ribu) dan Rupiah tampil seperti Rp1,250,000.',
    );
  });

  it('warns in English when Pengaturan says Bahasa: English', () => {
    runSetup();
    setSetting(rt, 'Bahasa', 'English');
    rt.workbook.model.localeCode = 'en_US';

    runSetup();

    expect(rt.workbook.alerts.at(-1)?.message).toContain("Warning: this spreadsheet's locale is en_US, not Indonesia (id_ID).");
  });

  it('says nothing about the locale when the spreadsheet is already id_ID', () => {
    runSetup();

    runSetup();

    expect(rt.workbook.alerts.at(-1)?.message).not.toContain('lokal');
  });
});
