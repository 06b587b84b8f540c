import { contentDigest, contentDigestMail, weekStartOf } from './content-digest';
import { jakartaInstant } from './jakarta-time';

/** Monday 30 Nov 2026, 08.00 WIB: the digest's moment. */
const MONDAY = jakartaInstant(2026, 11, 30, 8);
const day = (d: number, month = 11) => jakartaInstant(2026, month, d);
const post = (rowNumber: number, date: number, status: string, more: Record<string, string | number> = {}) => ({
  rowNumber, record: { date, platform: 'Instagram', contentType: 'Reels', topic: 'Batik tulis', owner: 'Maya', status, ...more },
});

describe('the weekly content digest', () => {
  it('a week runs Monday to Sunday in Jakarta, whatever the hour', () => {
    expect(weekStartOf(jakartaInstant(2026, 12, 6, 23, 59))).toBe(day(30));
    expect(weekStartOf(MONDAY)).toBe(day(30));
  });

  it('lists what is due this week, what is late, and what went live last week with its numbers', () => {
    const rows = [
      post(2, day(2, 12), 'Dijadwalkan'),
      post(3, day(25), 'Draft'),
      post(4, day(27), 'Tayang', { reach: 1200, clicks: 85, orders: 4, link: 'https://instagram.com/p/x' }),
      post(5, day(20), 'Tayang'),
      post(6, day(10, 12), 'Ide'),
    ];

    const digest = contentDigest(rows, MONDAY);

    expect(digest.due.map((i) => i.rowNumber)).toEqual([2]);
    expect(digest.late.map((i) => i.rowNumber)).toEqual([3]);
    expect(digest.liveLastWeek.map((i) => i.rowNumber)).toEqual([4]);
    const mail = contentDigestMail(digest, ['maya@toko.test'], 'Toko Batik Sari');
    expect(mail?.id).toBe('konten-2026-11-30');
    expect(mail?.subject).toBe('Konten Toko Batik Sari minggu 30 Nov 2026: 1 jatuh tempo, 1 terlambat, 1 tayang');
    expect(mail?.body).toContain('- 27 Nov 2026 · Instagram · Reels · Batik tulis · Maya [Tayang] — jangkauan 1200, klik 85, pesanan 4 · https://instagram.com/p/x');
  });

  it('a week with nothing due, late or live last week mails nothing', () => {
    const digest = contentDigest([post(2, day(20), 'Tayang'), post(3, day(10, 12), 'Ide')], MONDAY);

    expect(contentDigestMail(digest, ['maya@toko.test'], 'Toko')).toBeNull();
  });

  it('a topic with HTML in it is escaped in the mail', () => {
    const mail = contentDigestMail(contentDigest([post(2, day(1, 12), 'Draft', { topic: '<b>Diskon</b>' })], MONDAY), ['m@toko.test'], 'Toko');

    expect(mail?.htmlBody).toContain('&lt;b&gt;Diskon&lt;/b&gt;');
  });
});
