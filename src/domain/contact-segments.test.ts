import { DEFAULT_SEGMENT_THRESHOLDS, parseSegmentChoice, parseSegmentThresholds, segmentOf } from './contact-segments';
import { jakartaInstant } from './jakarta-time';

const NOW = jakartaInstant(2026, 12, 3, 9);
const daysAgo = (days: number) => NOW - days * 24 * 60 * 60 * 1000;

describe('a contact\'s segment', () => {
  it('one order is baru, two are repeat, five are loyal (the defaults)', () => {
    expect([1, 2, 4, 5, 12].map((orders) => segmentOf(orders, daysAgo(10), NOW))).toEqual(['baru', 'repeat', 'repeat', 'loyal', 'loyal']);
  });

  it('a customer whose last order is more than 90 days old is tidak aktif, however loyal; exactly 90 days is still active', () => {
    expect(segmentOf(8, daysAgo(91), NOW)).toBe('tidak aktif');
    expect(segmentOf(1, daysAgo(90), NOW)).toBe('baru');
  });

  it('a contact typed by hand with no order and no date is baru; a count typed as text is read', () => {
    expect(segmentOf('', '', NOW)).toBe('baru');
    expect(segmentOf('3', '', NOW)).toBe('repeat');
  });

  it('thresholds from Pengaturan decide: repeat from 3, loyal from 10, inactive after 30 days', () => {
    const { thresholds, problems } = parseSegmentThresholds({ repeatOrders: '3', loyalOrders: '10', inactiveDays: '30' });

    expect(problems).toEqual([]);
    expect([segmentOf(2, daysAgo(5), NOW, thresholds), segmentOf(3, daysAgo(5), NOW, thresholds), segmentOf(10, daysAgo(5), NOW, thresholds), segmentOf(10, daysAgo(31), NOW, thresholds)])
      .toEqual(['baru', 'repeat', 'loyal', 'tidak aktif']);
  });

  it('a threshold typed wrongly is named and its default used; loyal not above repeat is raised', () => {
    const { thresholds, problems } = parseSegmentThresholds({ repeatOrders: 'dua', loyalOrders: '2', inactiveDays: '-5' });

    expect(thresholds).toEqual({ repeatOrders: 2, loyalOrders: 5, inactiveDays: 90 });
    expect(problems.map((p) => p.id)).toEqual([
      'Pengaturan "Segmen repeat (min. pesanan)" berisi "dua": harus angka bulat 2–1000; dipakai 2.',
      'Pengaturan "Segmen loyal (min. pesanan)" berisi "2": harus angka bulat 3–1000; dipakai 5.',
      'Pengaturan "Segmen tidak aktif (hari)" berisi "-5": harus angka bulat 1–3650; dipakai 90.',
    ]);
    const raised = parseSegmentThresholds({ repeatOrders: '6', loyalOrders: '4', inactiveDays: '' });
    expect(raised.thresholds.loyalOrders).toBe(7);
    expect(raised.problems[0].id).toBe('Pengaturan "Segmen loyal (min. pesanan)" (4) harus lebih besar dari "Segmen repeat (min. pesanan)" (6); dipakai 7.');
  });

  it('blank thresholds are the defaults 2, 5 and 90', () => {
    expect(parseSegmentThresholds({ repeatOrders: '', loyalOrders: '', inactiveDays: '' })).toEqual({ thresholds: DEFAULT_SEGMENT_THRESHOLDS, problems: [] });
    expect(DEFAULT_SEGMENT_THRESHOLDS).toEqual({ repeatOrders: 2, loyalOrders: 5, inactiveDays: 90 });
  });
});

describe('segments chosen for a broadcast', () => {
  it('reads a list typed any way, in the segments\' own order', () => {
    expect(parseSegmentChoice('Loyal, repeat')).toEqual({ ok: true, segments: ['repeat', 'loyal'] });
    expect(parseSegmentChoice(' tidak  aktif ')).toEqual({ ok: true, segments: ['tidak aktif'] });
    expect(parseSegmentChoice('baru dan loyal')).toEqual({ ok: true, segments: ['baru', 'loyal'] });
  });

  it('blank or "semua" is every segment', () => {
    expect(parseSegmentChoice('')).toEqual({ ok: true, segments: ['baru', 'repeat', 'loyal', 'tidak aktif'] });
    expect(parseSegmentChoice('Semua')).toEqual({ ok: true, segments: ['baru', 'repeat', 'loyal', 'tidak aktif'] });
  });

  it('a word that is no segment is named, with the ones that are', () => {
    const choice = parseSegmentChoice('loyal, vip');

    expect(choice.ok).toBe(false);
    if (!choice.ok) expect(choice.problem.id).toBe('Segmen "vip" tidak dikenal. Tulis satu atau beberapa dari: baru, repeat, loyal, tidak aktif (pisahkan dengan koma), atau "semua". Tidak ada yang diubah.');
  });
});
