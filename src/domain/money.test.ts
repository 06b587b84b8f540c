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

describe('money guards', () => {
  it.each([
    [1234567, 'Rp1.234.567'],
    [100, 'Rp100'],
    [100000, 'Rp100.000'],
    [1249.6, 'Rp1.250'],
    [-1234567, '-Rp1.234.567'],
    [-0.4, 'Rp0'],
  ])('writes %p as %p', (amount, text) => {
    expect(formatRupiah(amount)).toBe(text);
  });

  it.each([
    ['RP 5.000', 5000],
    ['Rp. 150.000', 150000],
    [' 150000 ', 150000],
    ['-5.000', -5000],
    ['-5000', -5000],
    [-5000, -5000],
    ['1.234.567', 1234567],
  ])('reads %p as %p', (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each([['1.50.000'], ['1.0000'], ['x150000'], ['150000x'], ['12.345x'], ['x12.345'], ['Rp'], [Infinity], ['150.000,00'], ['Rp-']])('refuses %p', (input) => {
    expect(parseRupiah(input)).toBeNull();
  });
});
