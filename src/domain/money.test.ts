import { formatRupiah, parseRupiah } from './money';

describe('formatRupiah', () => {
  it('writes whole Rupiah with dots for thousands and no decimals', () => {
    expect(formatRupiah(1250000)).toBe('Rp1.250.000');
    expect(formatRupiah(0)).toBe('Rp0');
    expect(formatRupiah(999)).toBe('Rp999');
    expect(formatRupiah(1000)).toBe('Rp1.000');
  });

  it('puts the minus sign before Rp for a loss', () => {
    expect(formatRupiah(-5000)).toBe('-Rp5.000');
  });
});

describe('parseRupiah', () => {
  it.each([
    [150000, 150000],
    ['150000', 150000],
    ['150.000', 150000],
    ['Rp150.000', 150000],
    ['Rp 1.250.000', 1250000],
    ['rp.20000', 20000],
  ])('reads %p as %p', (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each([[''], ['dua ribu'], ['1.5'], [1.5], ['15.00'], [NaN], [null], [true]])('refuses %p', (input) => {
    expect(parseRupiah(input)).toBeNull();
  });
});
