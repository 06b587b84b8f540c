import { formatJakartaDate, formatJakartaDateTime, jakartaInstant, jakartaMonth, monthBounds, previousMonth } from './jakarta-time';

describe('Jakarta time', () => {
  it('counts an order at 30 Nov 23:30 WIB in November and one at 1 Dec 00:10 WIB in December', () => {
    const lateNovember = Date.UTC(2026, 10, 30, 16, 30); // 23.30 WIB
    const earlyDecember = Date.UTC(2026, 10, 30, 17, 10); // 00.10 WIB, still 30 Nov in UTC

    expect(jakartaMonth(lateNovember)).toBe('2026-11');
    expect(jakartaMonth(earlyDecember)).toBe('2026-12');
  });

  it('finds the month before, across a year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-03', 2)).toBe('2026-01');
  });

  it('bounds a month at Jakarta midnight', () => {
    const { start, end } = monthBounds('2026-12');

    expect(start).toBe(Date.UTC(2026, 10, 30, 17, 0));
    expect(end).toBe(Date.UTC(2026, 11, 31, 17, 0));
  });

  it('writes dates the way the shop does', () => {
    const at = jakartaInstant(2026, 11, 28, 7, 0);

    expect(formatJakartaDate(at)).toBe('28 Nov 2026');
    expect(formatJakartaDateTime(at)).toBe('28 Nov 2026 07.00 WIB');
  });
});
