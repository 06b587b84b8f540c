import { courierCostOf, shippingWarning } from './shipping-report';
import { parseSettings } from './settings';

const month = (shippingCollected: number, courier: number) => ({ shippingCollected, expensesByCategory: { Iklan: 50000, ongkir: courier } });

describe('the report’s shipping income against courier cost', () => {
  it('courier cost is the month’s Pengeluaran · Ongkir, the category in any case', () => {
    expect(courierCostOf(month(100000, 91000))).toBe(91000);
  });

  it('says nothing while the gap is within the margin (Rp10.000 of Rp100.000 at 10%)', () => {
    expect(shippingWarning(month(100000, 90000), 1000)).toBeNull();
  });

  it('says so plainly one rupiah past the margin', () => {
    expect(shippingWarning(month(100000, 89999), 1000)?.id).toMatch(/^PERHATIAN: pelanggan membayar ongkir Rp100\.000, tetapi biaya kurir yang tercatat hanya Rp89\.999 \(selisih Rp10\.001, lebih dari 10%\)/);
  });

  it('says nothing without shipping income, whatever the courier cost', () => {
    expect(shippingWarning(month(0, 0), 1000)).toBeNull();
    expect(shippingWarning(month(0, 25000), 0)).toBeNull();
  });

  it('reads the margin from Pengaturan’s optional row, 10% when it is absent or unreadable', () => {
    expect(parseSettings([]).shippingMarginBp).toBe(1000);
    expect(parseSettings([{ settingKey: 'Batas selisih ongkir (%)', settingValue: '2,5' }]).shippingMarginBp).toBe(250);
    expect(parseSettings([{ settingKey: 'Batas selisih ongkir (%)', settingValue: 'banyak' }]).shippingMarginBp).toBe(1000);
  });
});
