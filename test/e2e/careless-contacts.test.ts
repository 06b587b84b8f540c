/**
 * A careless team and the contact list, on the built bundle: Kontak sorted by hand, a contact row deleted,
 * a phone typed into Kontak another way, Selesai sorted, buttons clicked twice, a broadcast built by someone
 * who is not marketing, and a threshold typed wrongly — each ends right, or is answered with nothing changed.
 */
import { BROADCAST_SHEET_NAME, CONTACTS_SHEET, DONE_SHEET } from '../../src/sheets/schema';
import { broadcastLines, contactRow, contactShop, delivered, MARKETING, typeContact } from './contacts-shop';
import { appendRecords, CS, recordsOf, setSetting, setTeam } from './pipeline-shop';
import { LocalRuntime } from '../../emulator/runtime';

const SITI = '6281234567890';
const CITRA = '6285712345678';

/** A person sorts a sheet's data rows by the column of a header, as Data → Sort range does (values move; the header stays). */
function sortByHand(rt: LocalRuntime, sheetName: string, headerText: string, descending: boolean): void {
  const [header, ...rows] = rt.workbook.values(sheetName);
  const at = header.indexOf(headerText);
  const key = (row: unknown[]) => (row[at] instanceof Date ? (row[at] as Date).getTime() : row[at]) as string | number;
  const sorted = [...rows.filter((row) => row.some((c) => c !== ''))].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (descending ? -1 : 1));
  rt.run(() => {
    const sheet = rt.workbook.spreadsheet.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange(2, 1, sorted.length, header.length).setValues(sorted as unknown[][]);
  });
}

const byPhone = (rt: LocalRuntime) => Object.fromEntries(recordsOf(rt, CONTACTS_SHEET).map((c) => [c.phone, [c.orderCount, c.totalSpent, c.segment, c.consent]]));

describe('a careless team and the contact list (built bundle)', () => {
  it('Kontak sorted by total spent and Selesai sorted by customer: the next refresh counts only the new order, each once', () => {
    const rt = contactShop();
    typeContact(rt, CITRA, 'consent', 'Ya');
    const before = byPhone(rt);
    sortByHand(rt, CONTACTS_SHEET.name, 'Total Belanja', true);
    sortByHand(rt, DONE_SHEET.name, 'Nama Pelanggan', false);
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0300', '0857 1234 5678', 27, { customerName: 'Citra Dewi' })]);

    rt.clickMenu('Perbarui kontak');
    rt.clickMenu('Perbarui kontak');

    expect(byPhone(rt)).toEqual({ ...before, [CITRA]: [6, 1320000, 'loyal', 'Ya'] });
  });

  it('a phone typed into Kontak by hand another way is the same customer: written as Toko keys it, counted on that row', () => {
    const rt = contactShop();
    typeContact(rt, SITI, 'phone', '+62 812-3456-7890');
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0301', '0812 3456 7890', 27)]);

    rt.clickMenu('Perbarui kontak');

    expect(recordsOf(rt, CONTACTS_SHEET).filter((c) => String(c.phone).replace(/\D/g, '').endsWith('81234567890'))).toEqual([expect.objectContaining({ phone: SITI, orderCount: 4 })]);
  });

  it('a contact who said stop, deleted by hand, comes back from a new order as not asked — still not listed', () => {
    const rt = contactShop();
    typeContact(rt, SITI, 'consent', 'stop');
    rt.clickMenu('Perbarui kontak');
    rt.run(() => (rt.workbook.spreadsheet.getSheetByName(CONTACTS_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet).deleteRow(contactRow(rt, SITI)));
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0302', '0812-3456-7890', 27)]);

    rt.clickMenu('Perbarui kontak');
    rt.clickMenu('Daftar broadcast');

    expect(recordsOf(rt, CONTACTS_SHEET).find((c) => c.phone === SITI)).toMatchObject({ orderCount: 1, consent: '' });
    expect(broadcastLines(rt).map((l) => l.phone)).not.toContain(SITI);
  });

  it('CS clicking Daftar broadcast is refused and no list is made; marketing may', () => {
    const rt = contactShop();
    setTeam(rt, [{ email: CS, name: 'Dewi', division: 'CS' }, { email: MARKETING, name: 'Maya', division: 'Marketing' }]);

    rt.clickMenu('Daftar broadcast', CS);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Daftar broadcast');
    expect(rt.workbook.sheetNames()).not.toContain(BROADCAST_SHEET_NAME);

    rt.clickMenu('Daftar broadcast', MARKETING);
    expect(rt.workbook.sheetNames()).toContain(BROADCAST_SHEET_NAME);
  });

  it('a segment threshold typed wrongly in Pengaturan is named, and the default is used', () => {
    const rt = contactShop();
    setSetting(rt, 'Segmen loyal (min. pesanan)', 'lima');

    rt.clickMenu('Perbarui kontak');

    expect(rt.workbook.alerts.at(-1)?.message).toContain('Pengaturan "Segmen loyal (min. pesanan)" berisi "lima": harus angka bulat 3–1000; dipakai 5.');
    expect(byPhone(rt)[CITRA][2]).toBe('loyal');
  });
});
