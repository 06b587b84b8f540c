/**
 * The content calendar's weekly digest and the contact list built from orders, end to end on the built
 * bundle: the digest through the trigger installed with the report triggers (Monday 08.00 WIB, one trigger,
 * one mail per week), and Toko → Perbarui kontak through the menu, reading only what was delivered since.
 */
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { CONTACTS_SHEET, CONTENT_SHEET, DONE_SHEET, OUTBOX_SHEET } from '../../src/sheets/schema';
import { LocalRuntime } from '../../emulator/runtime';
import { appendRecords, columnLetter, headerColumns, OWNER, openShop, recordsOf, sheetOrder, typeRows } from './pipeline-shop';

/** Monday 30 November 2026, 08.00 WIB. */
const MONDAY_8 = jakartaInstant(2026, 11, 30, 8);

const digests = (rt: LocalRuntime) => rt.outbox.filter((mail) => mail.subject.startsWith('Konten '));

describe('the weekly content digest (built bundle)', () => {
  it('installed twice is one weekly trigger; on Monday 08.00 WIB marketing gets what is due, late and live last week, once', () => {
    const rt = openShop();
    typeRows(rt, CONTENT_SHEET, [
      { date: '2/12/2026', platform: 'Instagram', contentType: 'Reels', topic: 'Batik tulis Pekalongan', owner: 'Maya', status: 'Dijadwalkan' },
      { date: '25/11/2026', platform: 'TikTok', contentType: 'Video', topic: 'Cara merawat batik', owner: 'Maya', status: 'Draft' },
      { date: '27/11/2026', platform: 'Instagram', contentType: 'Feed', topic: 'Promo gajian', owner: 'Maya', status: 'Tayang', link: 'https://instagram.com/p/abc', reach: '1200', clicks: '85', orders: '4' },
    ]);

    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
    expect(rt.triggers().filter((t) => t.handler === 'contentDigestTrigger')).toHaveLength(1);

    rt.advanceTo(MONDAY_8 - 60000);
    expect(digests(rt)).toHaveLength(0);
    rt.advanceTo(MONDAY_8);
    rt.call('contentDigestTrigger', [], { mode: 'time-trigger' }); // a second run of the same week

    expect(rt.failures).toEqual([]);
    expect(digests(rt)).toHaveLength(1);
    const [mail] = digests(rt);
    expect(mail.to).toBe(OWNER);
    expect(mail.subject).toContain('1 jatuh tempo, 1 terlambat, 1 tayang');
    expect(mail.body).toContain('- 27 Nov 2026 · Instagram · Feed · Promo gajian · Maya [Tayang] — jangkauan 1200, klik 85, pesanan 4 · https://instagram.com/p/abc');
    expect(recordsOf(rt, OUTBOX_SHEET).filter((r) => r.mailId === 'konten-2026-11-30')).toHaveLength(1);
  });

  it('a week with nothing due, late or live last week mails nothing', () => {
    const rt = openShop();
    typeRows(rt, CONTENT_SHEET, [{ date: '20/12/2026', platform: 'Blog', topic: 'Ide tahun baru', status: 'Ide' }]);
    rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);

    rt.advanceTo(MONDAY_8 + 60000);

    expect(rt.failures).toEqual([]);
    expect(digests(rt)).toHaveLength(0);
  });
});

describe('Toko → Perbarui kontak (built bundle)', () => {
  const delivered = (orderId: string, phone: string, day: number, more: Record<string, string | number> = {}) =>
    sheetOrder(orderId, { phone, customerName: 'Siti Aminah', address: 'Jl. Melati 5, Bandung', orderDate: jakartaInstant(2026, 11, day), total: 238000, shippingCost: 18000, ...more });

  it('a customer whose phone was typed three ways is one contact; a second click counts nothing twice; new deliveries are added from where it stopped', () => {
    const rt = openShop();
    appendRecords(rt, DONE_SHEET, [
      delivered('TK-2611-0001', '0812-3456-7890', 2),
      delivered('TK-2611-0002', '+62 812 3456 7890', 9),
      delivered('TK-2611-0003', '6281311112222', 10, { customerName: 'Budi Santoso', address: 'Jl. Kenari 2, Depok' }),
      delivered('TK-2611-0004', '6281311112222', 11, { fulfilment: 'Dibatalkan' }),
    ]);

    rt.clickMenu('Perbarui kontak');
    rt.clickMenu('Perbarui kontak');

    expect(recordsOf(rt, CONTACTS_SHEET).map((c) => [c.phone, c.name, c.city, c.orderCount, c.totalSpent])).toEqual([
      ['6281234567890', 'Siti Aminah', 'Bandung', 2, 440000],
      ['6281311112222', 'Budi Santoso', 'Depok', 1, 220000],
    ]);
    expect(rt.workbook.toasts.at(-1)?.message).toContain('0 pesanan baru dihitung');

    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0020', '0812 3456 7890', 20)]);
    rt.clickMenu('Perbarui kontak');

    expect(recordsOf(rt, CONTACTS_SHEET)[0]).toMatchObject({ phone: '6281234567890', orderCount: 3, totalSpent: 660000, lastOrder: jakartaInstant(2026, 11, 20) });
  });

  it('one new delivery costs the same calls after 3 delivered orders as after 300, and the cells read grow only by Kontak\'s rows (Selesai\'s history is not read again)', () => {
    const costAfter = (history: number) => {
      const rt = openShop();
      appendRecords(rt, DONE_SHEET, Array.from({ length: history }, (_, i) => delivered(`TK-2610-${String(i + 1).padStart(4, '0')}`, `0813${String(10000000 + i)}`, 1 + (i % 28))));
      rt.clickMenu('Perbarui kontak');
      appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0020', '0812 3456 7890', 20)]);
      rt.state.resetCallCounts();
      rt.clickMenu('Perbarui kontak');
      const counts = rt.callCounts();
      return { calls: counts.total, cells: counts.cellsRead, contacts: recordsOf(rt, CONTACTS_SHEET).length };
    };

    const [small, large] = [costAfter(3), costAfter(300)];

    expect(large.calls).toBe(small.calls);
    expect(large.cells - small.cells).toBe((large.contacts - small.contacts) * CONTACTS_SHEET.columns.length);
  });

  it('consent typed oddly becomes Ya with today\'s date; an unreadable one is named and left', () => {
    const rt = openShop();
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0001', '0812-3456-7890', 2)]);
    rt.clickMenu('Perbarui kontak');
    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0002', '0812-3456-7890', 3)]);
    const consent = (value: string) => rt.edit(CONTACTS_SHEET.name, `${columnLetter(headerColumns(rt, CONTACTS_SHEET).get('consent') as number)}2`, [[value]]);

    consent(' YES ');
    rt.clickMenu('Perbarui kontak');
    expect(recordsOf(rt, CONTACTS_SHEET)[0]).toMatchObject({ consent: 'Ya', orderCount: 2 });
    expect(typeof recordsOf(rt, CONTACTS_SHEET)[0].consentDate).toBe('number');

    appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0003', '0812-3456-7890', 4)]);
    consent('mungkin');
    rt.clickMenu('Perbarui kontak');
    expect(rt.workbook.alerts.at(-1)?.message).toContain('6281234567890: Boleh Dihubungi "mungkin" tidak dikenal — isi Ya atau Tidak (dianggap Tidak)');
  });
});
