import { parseSettings } from './settings';

describe('parseSettings', () => {
  it('reads the side-by-side blocks of Pengaturan', () => {
    const settings = parseSettings([
      { settingKey: 'Nama toko', settingValue: 'Toko Batik Sari', teamEmail: 'Sari@Toko.test', teamName: 'Sari', teamDivision: 'CS', courier: 'JNE', trackingUrl: 'https://x/{resi}', ledgerCategory: 'Penjualan' },
      { settingKey: 'Email gudang', settingValue: 'gudang@toko.test; budi@toko.test', teamEmail: 'dina@toko.test', teamName: 'Dina', teamDivision: 'keuangan', courier: '', trackingUrl: '', ledgerCategory: 'Iklan' },
      { settingKey: 'Bahasa', settingValue: 'English', teamEmail: 'x@toko.test', teamName: 'X', teamDivision: 'Sales', courier: '', trackingUrl: '', ledgerCategory: '' },
    ]);

    expect(settings.shopName).toBe('Toko Batik Sari');
    expect(settings.warehouseEmails).toEqual(['gudang@toko.test', 'budi@toko.test']);
    expect(settings.language).toBe('en');
    expect(settings.team).toEqual([
      { email: 'sari@toko.test', name: 'Sari', division: 'CS' },
      { email: 'dina@toko.test', name: 'Dina', division: 'Keuangan' },
    ]);
    expect(settings.couriers).toEqual([{ name: 'JNE', trackingUrl: 'https://x/{resi}' }]);
    expect(settings.ledgerCategories).toEqual(['Penjualan', 'Iklan', 'Penyesuaian Stok']);
  });

  it('gives a new shop the defaults', () => {
    const settings = parseSettings([]);

    expect(settings.language).toBe('id');
    expect(settings.orderIdPrefix).toBe('TK');
    expect(settings.team).toEqual([]);
    expect(settings.ledgerCategories).toContain('Pembelian stok');
  });
});
