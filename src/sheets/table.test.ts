import { indexColumns, numberFormatFor } from './table';
import { LOG_SHEET } from './schema';

describe('indexColumns', () => {
  it('finds columns by header text wherever people moved them, in either language', () => {
    const header = ['Detail', 'my own column', 'Time', 'Pengguna', 'AKSI ', 'ID Pesanan', 'Dari', 'Ke'];

    const { positions, missing } = indexColumns(header, LOG_SHEET.columns);

    expect(missing).toEqual([]);
    expect(positions.get('details')).toBe(0);
    expect(positions.get('at')).toBe(2);
    expect(positions.get('action')).toBe(4);
  });

  it('names the headers that are missing', () => {
    const { missing } = indexColumns(['Waktu', 'Pengguna'], LOG_SHEET.columns);

    expect(missing.map((c) => c.header)).toEqual(['Aksi', 'ID Pesanan', 'Dari', 'Ke', 'Detail']);
  });
});

describe('numberFormatFor', () => {
  it('keeps text columns as plain text so phone numbers keep their leading zero', () => {
    expect(numberFormatFor('text')).toBe('@');
    expect(numberFormatFor('rupiah')).toBe('"Rp"#,##0');
  });
});
