import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { createUtilities } from './utilities';
import { formatDate } from './format-date';

const MARCH_5_2024_130405_UTC = new Date(Date.UTC(2024, 2, 5, 13, 4, 5));

function setup() {
  const state = new EmulatorState({ now: Date.UTC(2026, 10, 28, 2) });
  return { state, utilities: createUtilities(state) };
}

describe('Utilities.formatDate', () => {
  const { utilities } = setup();
  const format = (pattern: string, zone = 'GMT', date = MARCH_5_2024_130405_UTC) => utilities.formatDate(date, zone, pattern);

  it("formats an ISO timestamp with quoted text: yyyy-MM-dd'T'HH:mm:ss'Z'", () => {
    expect(format("yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2024-03-05T13:04:05Z');
  });

  it("spells day and month names: 'EEEE, MMMM d' gives 'Tuesday, March 5'", () => {
    expect(format('EEEE, MMMM d')).toBe('Tuesday, March 5');
  });

  it("formats 12-hour time: 'h:mm a' gives '1:04 PM'", () => {
    expect(format('h:mm a')).toBe('1:04 PM');
  });

  it('formats the shop date in Jakarta time, with the WIB zone name', () => {
    expect(format('d MMM yyyy HH.mm z', 'Asia/Jakarta')).toBe('5 Mar 2024 20.04 WIB');
  });

  it('writes a report sheet name for the month', () => {
    expect(format("'Laporan' yyyy-MM", 'Asia/Jakarta')).toBe('Laporan 2024-03');
  });

  it("escapes a quote with '' inside and outside quoted text", () => {
    expect(format("h 'o''clock' ''")).toBe("1 o'clock '");
  });

  it('covers the remaining letters', () => {
    expect(format('G yy Y L w W D F E u k K H S SSS')).toBe('AD 24 2024 3 10 2 65 1 Tue 2 13 1 13 0 000');
    expect(format('Z X XX XXX', 'Asia/Jakarta')).toBe('+0700 +07 +0700 +07:00');
    expect(format('X zzzz')).toBe('Z Greenwich Mean Time');
  });

  it('counts Java en-US week-years: 31 Dec 2024 is week 1 of 2025', () => {
    expect(format('Y-w', 'GMT', new Date(Date.UTC(2024, 11, 31, 12)))).toBe('2025-1');
  });

  it('k is 24 at midnight and h is 12', () => {
    expect(format('k h a', 'GMT', new Date(Date.UTC(2024, 0, 1, 0, 30)))).toBe('24 12 AM');
  });

  it("a custom zone id like 'GMT+7' names itself as Java normalises it: 'GMT+07:00'", () => {
    expect(format('HH:mm z', 'GMT+7')).toBe('20:04 GMT+07:00');
    expect(format('zzzz Z XXX', 'GMT+7')).toBe('GMT+07:00 +0700 +07:00');
    expect(format('HH:mm z', 'GMT+07:00')).toBe('20:04 GMT+07:00');
  });

  it('custom ids with minutes keep them, in every form Java reads', () => {
    expect(format('HH:mm z', 'GMT-3:30')).toBe('09:34 GMT-03:30');
    expect(format('HH:mm z Z', 'GMT+0530')).toBe('18:34 GMT+05:30 +0530');
  });

  it('a custom id Java cannot read (hours over 23) formats as GMT', () => {
    expect(format('HH:mm z', 'GMT+24')).toBe('13:04 GMT');
  });

  it('an unknown zone formats as GMT, as Java does', () => {
    expect(format('HH:mm', 'Nowhere/Zone')).toBe('13:04');
  });

  it('an unknown pattern letter throws', () => {
    expectException(() => format('yyyy-qq'), "Illegal pattern character 'q'");
  });

  it('is fast enough to format a 100,000-row report column', () => {
    const started = Date.now();
    for (let i = 0; i < 100000; i++) formatDate(Date.UTC(2024, 0, 1) + i * 60000, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('Utilities, the rest', () => {
  it('sleep moves the simulated clock', () => {
    const { state, utilities } = setup();
    const before = state.now();

    utilities.sleep(1500);

    expect(state.now() - before).toBe(1500);
  });

  it('getUuid gives distinct v4-shaped ids', () => {
    const { utilities } = setup();

    const a = utilities.getUuid();
    const b = utilities.getUuid();

    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('newBlob keeps data, type and name; getBytes gives Java signed bytes', () => {
    const { utilities } = setup();

    const blob = utilities.newBlob('é', 'text/plain', 'a.txt');

    expect(blob.getDataAsString()).toBe('é');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('a.txt');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.setName('b.txt').getName()).toBe('b.txt');
  });

  it('base64 round-trips text and signed bytes', () => {
    const { utilities } = setup();

    expect(utilities.base64Encode('Toko é')).toBe('VG9rbyDDqQ==');
    expect(utilities.base64Decode('VG9rbyDDqQ==')).toEqual(utilities.newBlob('Toko é').getBytes());
    expect(utilities.base64Encode([-61, -87])).toBe('w6k=');
  });

  it('computeDigest gives SHA-256 as signed bytes', () => {
    const { utilities } = setup();

    const digest = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc');

    expect(Buffer.from(digest.map((b) => b & 0xff)).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('formatString fills %s, %d and %.2f', () => {
    expect(setup().utilities.formatString('%s: %d item, %.2f kg', 'TK-1', 3, 1.5)).toBe('TK-1: 3 item, 1.50 kg');
  });

  it('unmodelled methods fail loudly', () => {
    expect(() => setup().utilities.parseCsv('a,b')).toThrow('Emulator: Utilities.parseCsv is not implemented');
  });
});
