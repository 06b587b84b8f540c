/**
 * Toko → Daftar broadcast end to end on the built bundle: Marketing · Broadcast rebuilt from Marketing ·
 * Kontak with only the customers who said Ya, in the segments chosen in the sheet's top rows, each with a
 * wa.me link carrying the message; bad selections answered and nothing changed; customer text stays text.
 */
import { BROADCAST_SHEET_NAME, CONTACTS_SHEET, DONE_SHEET } from '../../src/sheets/schema';
import { broadcastLines, contactShop, delivered, typeContact, typeSelection } from './contacts-shop';
import { appendRecords, recordsOf } from './pipeline-shop';

const SITI = '6281234567890';
const BUDI = '6281311112222';
const CITRA = '6285712345678';
const DODI = '6285677778888';

describe('Toko → Daftar broadcast (built bundle)', () => {
  it('lists only the customers who said Ya — consent typed oddly is read — each with a wa.me link greeting them by name', () => {
    const rt = contactShop();
    typeContact(rt, SITI, 'consent', 'ya ');
    typeContact(rt, CITRA, 'consent', 'BOLEH');
    typeContact(rt, BUDI, 'consent', 'tdk');
    // Dodi was never asked: blank is no.

    rt.clickMenu('Daftar broadcast');

    const lines = broadcastLines(rt);
    expect(lines.map((l) => [l.name, l.phone, l.segment, l.city])).toEqual([
      ['Siti Aminah', SITI, 'repeat', 'Bandung'],
      ['Citra Dewi', CITRA, 'loyal', 'Surabaya'],
    ]);
    expect(lines[0].link.startsWith(`https://wa.me/${SITI}?text=`)).toBe(true);
    expect(decodeURIComponent(lines[0].link)).toContain('Halo Kak Siti Aminah');
    expect(rt.workbook.toasts.at(-1)?.message).toContain('2 kontak boleh dihubungi dari 4 di semua segmen (tidak dimasukkan: 1 menolak, 1 belum ditanya, 0 jawabannya tidak terbaca)');
  });

  it('the segments and the message typed in the top rows choose the list; a rerun rebuilds it in place, old rows cleared', () => {
    const rt = contactShop();
    for (const phone of [SITI, BUDI, CITRA, DODI]) typeContact(rt, phone, 'consent', 'Ya');
    rt.clickMenu('Daftar broadcast');
    expect(broadcastLines(rt)).toHaveLength(4);

    typeSelection(rt, 'Segmen', 'Loyal, tidak aktif');
    typeSelection(rt, 'Pesan', 'Kak {nama}, kami kangen! Ada diskon 15% di {toko} minggu ini.');
    rt.clickMenu('Daftar broadcast');
    rt.clickMenu('Daftar broadcast');

    const lines = broadcastLines(rt);
    expect(lines.map((l) => [l.name, l.segment])).toEqual([['Citra Dewi', 'loyal'], ['Dodi Kurniawan', 'tidak aktif']]);
    expect(decodeURIComponent(lines[1].link)).toBe(`https://wa.me/${DODI}?text=Kak Dodi Kurniawan, kami kangen! Ada diskon 15% di Toko Saya minggu ini.`);
    expect(rt.workbook.sheetNames().filter((n) => n === BROADCAST_SHEET_NAME)).toHaveLength(1);
  });

  it('a customer who asked to stop is never listed again, even after ordering again and a refresh', () => {
    const rt = contactShop();
    typeContact(rt, SITI, 'consent', 'Ya');
    rt.clickMenu('Daftar broadcast');
    expect(broadcastLines(rt).map((l) => l.phone)).toEqual([SITI]);

    typeContact(rt, SITI, 'consent', 'stop');
    typeContact(rt, SITI, 'consentSource', 'chat WA 28 Nov: minta berhenti');
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0099', '0812 3456 7890', 27)]);
    rt.clickMenu('Perbarui kontak');
    rt.clickMenu('Daftar broadcast');

    expect(recordsOf(rt, CONTACTS_SHEET).find((c) => c.phone === SITI)).toMatchObject({ consent: 'Tidak', orderCount: 4 });
    expect(broadcastLines(rt)).toEqual([]);
  });

  it('a segment that does not exist, or a message with a placeholder a broadcast cannot fill, is answered and nothing changes', () => {
    const rt = contactShop();
    typeContact(rt, SITI, 'consent', 'Ya');
    rt.clickMenu('Daftar broadcast');
    const before = rt.workbook.values(BROADCAST_SHEET_NAME);

    typeSelection(rt, 'Segmen', 'vip');
    rt.clickMenu('Daftar broadcast');
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Segmen "vip" tidak dikenal');
    typeSelection(rt, 'Segmen', 'repeat');
    typeSelection(rt, 'Pesan', 'Halo {nama}, resi Anda {resi}');
    rt.clickMenu('Daftar broadcast');

    expect(rt.workbook.alerts.at(-1)?.message).toContain('Pesan broadcast memakai {resi}');
    const after = rt.workbook.values(BROADCAST_SHEET_NAME);
    expect(after.slice(3)).toEqual(before.slice(3));
  });

  it('a customer name typed like a formula stays text in the list, and its link carries it as text', () => {
    const rt = contactShop();
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0200', '0811-2222-3333', 25, { customerName: '=HYPERLINK("http://phish.example","Klik")' })]);
    rt.clickMenu('Perbarui kontak');
    typeContact(rt, '6281122223333', 'consent', 'Ya');

    rt.clickMenu('Daftar broadcast');

    const formulas = rt.run(() => (rt.workbook.spreadsheet.getSheetByName(BROADCAST_SHEET_NAME) as GoogleAppsScript.Spreadsheet.Sheet).getDataRange().getFormulas());
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(broadcastLines(rt)[0].name).toBe('=HYPERLINK("http://phish.example","Klik")');
  });

  it('costs the same calls with 3 contacts as with 300: one read of Kontak, one write of the list', () => {
    const cost = (customers: number) => {
      const rt = contactShop();
      appendRecords(rt, DONE_SHEET, Array.from({ length: customers }, (_, i) => delivered(`TK-2611-${String(1000 + i)}`, `0819${String(10000000 + i)}`, 1 + (i % 27))));
      rt.clickMenu('Perbarui kontak');
      rt.clickMenu('Daftar broadcast');
      rt.state.resetCallCounts();
      rt.clickMenu('Daftar broadcast');
      return rt.callCounts();
    };

    const [small, large] = [cost(3), cost(300)];

    expect(large.byMethod).toEqual(small.byMethod);
    expect((large.byMethod['Range.getValues'] ?? 0) + (large.byMethod['Sheet.getSheetValues'] ?? 0)).toBe(3); // Pengaturan, the selection rows, Kontak
    expect(large.byMethod['Range.setValues']).toBe(2); // the list, and the Log's line
  });
});
