import { newSpreadsheet } from './test-kit';

function shown(value: unknown, format: string, locale?: string): string {
  const { sheet } = newSpreadsheet({ locale });
  const cell = sheet.getRange('A1').setNumberFormat(format).setValue(value);
  return cell.getDisplayValue();
}

const ORDER_TIME = new Date(Date.UTC(2026, 10, 28, 2, 5, 9)); // 09.05.09 WIB

describe('display values under number formats (id_ID)', () => {
  it.each([
    [1250000, '#,##0', '1.250.000'],
    [1250000, '"Rp"#,##0', 'Rp1.250.000'],
    [1250000, '[$Rp-421]#,##0', 'Rp1.250.000'],
    [-1250000, '"Rp"#,##0', '-Rp1.250.000'],
    [1234.5, '0', '1235'],
    [1234.5, '0.00', '1234,50'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12,5%'],
    [-5, '0;(0)', '(5)'],
  ])('%p under %s shows %s', (value, format, expected) => {
    expect(shown(value, format)).toBe(expected);
  });

  it('uses the locale: en_US groups with commas', () => {
    expect(shown(1250000.5, '#,##0.00', 'en_US')).toBe('1,250,000.50');
  });

  // https://support.google.com/docs/answer/58515 (locale decides number formatting): the format's
  // "," and "." are placeholders for the locale's grouping and decimal separators.
  it("Toko's Rupiah format \"Rp\"#,##0 shows Rp1.250.000 only in id_ID; the same format shows Rp1,250,000 in en_US", () => {
    expect(shown(1250000, '"Rp"#,##0', 'id_ID')).toBe('Rp1.250.000');
    expect(shown(1250000, '"Rp"#,##0', 'en_US')).toBe('Rp1,250,000');
  });

  it.each([
    ['dd MMM yyyy', '28 Nov 2026'],
    ['yyyy-MM-dd', '2026-11-28'],
    ['dd/MM/yyyy HH:mm', '28/11/2026 09:05'],
    ['HH:mm', '09:05'],
    ['d mmmm yyyy', '28 November 2026'],
    ['dddd', 'Sabtu'],
    ['h:mm AM/PM', '9:05 AM'],
  ])('a date under %s shows %s in Asia/Jakarta', (format, expected) => {
    expect(shown(ORDER_TIME, format)).toBe(expected);
  });

  it('Indonesian month names differ from English ones', () => {
    expect(shown(new Date(Date.UTC(2026, 4, 1)), 'dd MMM yyyy')).toBe('01 Mei 2026');
    expect(shown(new Date(Date.UTC(2026, 4, 1)), 'dd MMM yyyy', 'en_US')).toBe('01 May 2026');
  });

  it('plain text @ shows the string as stored', () => {
    expect(shown('081234567890', '@')).toBe('081234567890');
  });

  it('without a format: numbers with the locale decimal, dates day-first, midnight without a time', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:C1').setValues([[1.5, '2026-11-28', ORDER_TIME]]);

    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,5', '28/11/2026', '28/11/2026 09:05:09']]);
  });

  it('a date-formatted number reads back as a Date; a number-formatted date as its serial number', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1').setNumberFormat('yyyy-MM-dd').setValue(46354);
    sheet.getRange('B1').setNumberFormat('0').setValue(new Date(Date.UTC(2026, 10, 27, 17)));

    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-11-28');
    expect(sheet.getRange('B1').getValue()).toBe(46354);
  });
});
