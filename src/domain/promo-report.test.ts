import { promoResults } from './promo-report';

describe('promo results of a month', () => {
  it('two orders with GAJIAN10 give its uses, discount, revenue and gross profit beside its budget', () => {
    const sales = [
      { promoCode: 'GAJIAN10', discount: 22000, revenue: 198000, costOfGoods: 100000 },
      { promoCode: 'gajian10', discount: 10000, revenue: 90000, costOfGoods: 40000 },
      { promoCode: 'ONGKIR', discount: 5000, revenue: 50000, costOfGoods: 20000 },
    ];

    const results = promoResults(sales, [{ code: 'GAJIAN10', name: 'Promo gajian', budget: 500000, discountGiven: 52000 }]);

    expect(results).toEqual([
      { code: 'GAJIAN10', name: 'Promo gajian', uses: 2, discount: 32000, revenue: 288000, grossProfit: 148000, budget: 500000, discountGivenInAll: 52000 },
      { code: 'ONGKIR', name: '', uses: 1, discount: 5000, revenue: 50000, grossProfit: 30000, budget: null, discountGivenInAll: null },
    ]);
  });
});
