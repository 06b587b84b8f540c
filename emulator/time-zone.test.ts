import {
  daysInMonth, fromSerial, isJavaTimeZoneId, isKnownTimeZone, toSerial, zonedParts, zonedToUtc, zoneOffsetMs,
} from './time-zone';

const HOUR = 3_600_000;

describe('time zones shared by the services and the spreadsheet', () => {
  it('a half-hour daylight-saving change is exact even after the same hour was read before the change', () => {
    // St John's springs forward at 02:00 NST (-3:30) = 05:30 UTC on 2020-03-08.
    const beforeChange = Date.UTC(2020, 2, 8, 5, 0);
    const afterChange = Date.UTC(2020, 2, 8, 5, 45);
    zoneOffsetMs(beforeChange, 'America/St_Johns');

    const offset = zoneOffsetMs(afterChange, 'America/St_Johns');

    expect(offset).toBe(-2.5 * HOUR);
    expect(zonedParts(afterChange, 'America/St_Johns')).toMatchObject({ hour: 3, minute: 15, offsetMinutes: -150 });
  });

  it("Java's GMT+7 id reads the Jakarta wall clock but is not a zone the spreadsheet accepts", () => {
    const paidAt = Date.UTC(2026, 4, 20, 3, 4, 5, 678);

    const javaParts = zonedParts(paidAt, 'GMT+7');

    expect(javaParts).toEqual(zonedParts(paidAt, 'Asia/Jakarta'));
    expect(javaParts).toMatchObject({ year: 2026, month: 5, day: 20, hour: 10, minute: 4, second: 5, millisecond: 678, weekday: 3, offsetMinutes: 420 });
    expect(zonedParts(paidAt, 'GMT+07:00')).toEqual(javaParts);
    expect(isJavaTimeZoneId('GMT+7')).toBe(true);
    expect(isKnownTimeZone('GMT+7')).toBe(false);
    expect(isKnownTimeZone('Asia/Jakarta')).toBe(true);
    expect(isJavaTimeZoneId('Not/AZone')).toBe(false);
    expect(() => zonedParts(paidAt, 'Not/AZone')).toThrow(RangeError);
  });

  it('a BC instant keeps its astronomical year and its serial number round-trips', () => {
    const bc = new Date('-000100-06-01T00:00:00Z').getTime();

    const serial = toSerial(bc, 'Asia/Jakarta');

    expect(zonedParts(bc, 'UTC').year).toBe(-100);
    expect(fromSerial(serial, 'Asia/Jakarta')).toBe(bc);
  });

  it('a calendar moment on the shop clock is the instant of its serial number, overflowing months roll over', () => {
    const newYear = zonedToUtc('Asia/Jakarta', 2024, 13, 1);

    expect(newYear).toBe(Date.UTC(2024, 11, 31, 17));
    expect(toSerial(newYear, 'Asia/Jakarta')).toBe(45658);
    expect(fromSerial(45658, 'Asia/Jakarta')).toBe(newYear);
  });

  it('years before 100 are taken as written, not as 19xx', () => {
    expect(zonedToUtc('UTC', 50, 1, 1)).toBe(new Date('0050-01-01T00:00:00Z').getTime());
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
  });
});
