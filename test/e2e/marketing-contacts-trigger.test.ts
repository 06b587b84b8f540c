/**
 * The daily contact refresh on the built bundle: installed with the report triggers (one, however often the
 * owner turns them on), it counts what was delivered since and moves every segment with the days.
 */
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { CONTACTS_SHEET, DONE_SHEET, LOG_SHEET } from '../../src/sheets/schema';
import { contactShop, delivered, typeContact } from './contacts-shop';
import { appendRecords, OWNER, recordsOf } from './pipeline-shop';

const SITI = '6281234567890';
const BUDI = '6281311112222';

describe('the daily contact refresh (built bundle)', () => {
  it('turned on twice is one daily trigger at 05.00 WIB; it counts new deliveries and turns a silent customer tidak aktif', () => {
    const rt = contactShop();
    typeContact(rt, BUDI, 'consent', 'tidak');
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    expect(rt.triggers().filter((t) => t.handler === 'contactsRefreshTrigger').map((t) => t.description)).toEqual(['contactsRefreshTrigger: every 1 day(s) at 05:00 (Asia/Jakarta)']);
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0050', '0812 3456 7890', 28)]);

    rt.advanceTo(jakartaInstant(2026, 11, 29, 5, 30));
    expect(recordsOf(rt, CONTACTS_SHEET).find((c) => c.phone === SITI)).toMatchObject({ orderCount: 4, segment: 'repeat' });

    rt.advanceTo(jakartaInstant(2027, 2, 10, 5, 30)); // Budi's only order was on 10 November

    expect(rt.failures).toEqual([]);
    expect(recordsOf(rt, CONTACTS_SHEET).find((c) => c.phone === BUDI)).toMatchObject({ segment: 'tidak aktif', consent: 'Tidak' });
    expect(recordsOf(rt, LOG_SHEET).filter((l) => l.action === 'Perbarui kontak (otomatis)').at(-1)?.details).toContain('0 pesanan baru dihitung');
  });

  it('a shop that has not run Setup since the update (no Marketing · Kontak) is left alone', () => {
    const rt = contactShop();
    rt.run(() => rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(CONTACTS_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet));
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);

    rt.advanceTo(jakartaInstant(2026, 11, 29, 5, 30));

    expect(rt.failures).toEqual([]);
    expect(rt.workbook.sheetNames()).not.toContain(CONTACTS_SHEET.name);
  });
});
