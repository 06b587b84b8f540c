import { jakartaInstant } from './jakarta-time';
import { onLeave, parseLeave } from './leave';

const at = (year: number, month: number, day: number, hour = 9) => jakartaInstant(year, month, day, hour);

describe('Cuti (leave) in the team table', () => {
  it.each([
    ['24/12/2026 - 02/01/2027', 20261224, 20270102],
    ['2026-12-24 s/d 2027-01-02', 20261224, 20270102],
    ['24 Des 2026 – 2 Jan 2027', 20261224, 20270102],
    ['24-12-2026 sampai 2-1-2027', 20261224, 20270102],
    ['24.12.26', 20261224, 20261224],
    ['24 Dec 2026', 20261224, 20261224],
  ])('reads "%s" as the days it says', (text, from, to) => {
    expect(parseLeave(text)).toEqual({ ok: true, from, to });
  });

  it('a blank cell is no leave', () => {
    expect(parseLeave('')).toEqual({ ok: true, none: true });
    expect(onLeave(parseLeave(''), at(2026, 12, 25))).toBe(false);
  });

  it('a date cell is that one day in Jakarta', () => {
    expect(parseLeave(at(2026, 12, 24, 0))).toEqual({ ok: true, from: 20261224, to: 20261224 });
  });

  it('words, impossible dates and a range that ends before it starts are refused with how to write it', () => {
    expect(parseLeave('minggu depan')).toMatchObject({ ok: false, problem: { id: 'Cuti "minggu depan" tidak terbaca — tulis tanggalnya, mis. 24/12/2026 - 02/01/2027 (atau satu tanggal untuk satu hari)' } });
    expect(parseLeave('31/02/2026').ok).toBe(false);
    expect(parseLeave('24/12/2026 - 02/01/2027 - 05/01/2027').ok).toBe(false);
    expect(parseLeave('02/01/2027 - 24/12/2026')).toMatchObject({ ok: false, problem: { id: 'Cuti "02/01/2027 - 24/12/2026" berakhir sebelum mulai' } });
  });

  it('covers both ends, counted in Jakarta: 00.30 WIB on the first day is already on leave', () => {
    const leave = parseLeave('24/12/2026 - 26/12/2026');
    expect(onLeave(leave, jakartaInstant(2026, 12, 23, 23, 59))).toBe(false);
    expect(onLeave(leave, jakartaInstant(2026, 12, 24, 0, 30))).toBe(true);
    expect(onLeave(leave, at(2026, 12, 26, 23))).toBe(true);
    expect(onLeave(leave, at(2026, 12, 27, 0))).toBe(false);
  });
});
