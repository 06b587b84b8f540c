import { formatTimeOfDay, parsePercent, parseTimeOfDay, parseTypedRupiah } from './typed-figures';

describe('figures typed the way people say them', () => {
  it('reads an amount with juta, jt, ribu, rb or miliar, and a plain one as before', () => {
    const typed = ['75 juta', '75jt', 'Rp 1,5 miliar', '500 ribu', '500rb', '2.5 juta', '75.000.000', 'Rp75.000.000', 75_000_000, '75 kuda', 'banyak', '-5 juta', -100];
    expect(typed.map(parseTypedRupiah)).toEqual([75_000_000, 75_000_000, 1_500_000_000, 500_000, 500_000, 2_500_000, 75_000_000, 75_000_000, 75_000_000, null, null, null, null]);
  });

  it('reads a percent as points when typed, and a sheet number of at most 1 as already a fraction', () => {
    const typed = ['35%', '35', '2,5', '0,5 persen', 0.35, 35, '150%', 'tinggi', ''];
    expect(typed.map(parsePercent)).toEqual([0.35, 0.35, 0.025, 0.005, 0.35, 0.35, null, null, null]);
  });

  it('reads an hour as the team types it: 20.00, 20:30, jam 8 malam, 3 sore, 7 pagi, 8 pm, 12 malam', () => {
    const typed = ['20.00', '20:30', '20', 'pukul 20.00 WIB', 'jam 8 malam', '8 malam', '3 sore', '7 pagi', '8 pm', '8PM', '12 siang', '12 malam', '2 malam'];
    expect(typed.map((t) => formatTimeOfDay(parseTimeOfDay(t) ?? { hour: -1, minute: 0 }))).toEqual([
      '20.00', '20.30', '20.00', '20.00', '20.00', '20.00', '15.00', '07.00', '20.00', '20.00', '12.00', '00.00', '02.00',
    ]);
  });

  it('gives null for an hour it cannot read: 25.00, 20.75, 20 pagi, nanti malam', () => {
    expect(['25.00', '20.75', '20 pagi', 'nanti malam', ''].map((t) => parseTimeOfDay(t))).toEqual([null, null, null, null, null]);
  });
});
