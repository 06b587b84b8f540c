import { priceOrder } from './pricing';

const prices: Record<string, { sellingPrice: number; costPrice: number }> = {
  'KAOS-HTM-L': { sellingPrice: 85000, costPrice: 40000 },
  'TOPI-01': { sellingPrice: 50000, costPrice: 20000 },
  GRATIS: { sellingPrice: 0, costPrice: 0 },
};
const priceOf = (sku: string) => prices[sku];

describe('priceOrder', () => {
  it('total is subtotal minus discount plus shipping, in whole Rupiah', () => {
    const result = priceOrder([{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }], priceOf, 18000, 20000);

    expect(result).toEqual({ ok: true, price: { subtotal: 220000, total: 218000, costOfGoods: 100000 } });
  });

  it('refuses a discount larger than the subtotal', () => {
    const result = priceOrder([{ sku: 'TOPI-01', quantity: 1 }], priceOf, 10000, 60000);

    expect(!result.ok && result.problems[0].id).toBe('diskon Rp60.000 lebih besar dari subtotal Rp50.000');
  });

  it('refuses a SKU without a selling price', () => {
    const result = priceOrder([{ sku: 'GRATIS', quantity: 1 }], priceOf, 0, 0);

    expect(!result.ok && result.problems[0].en).toContain('GRATIS has no selling price');
  });
});
