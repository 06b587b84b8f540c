import { jakartaInstant } from './jakarta-time';
import { applyPromo, formatPromoUses, normalizePromoCode, parsePromoUses, Promo, PromoOrder, promoCodeProblem, readPromo } from './promo';

const NOW = jakartaInstant(2026, 11, 28, 9);
const DEC_1 = jakartaInstant(2026, 12, 1);
const NOV_1 = jakartaInstant(2026, 11, 1);
const NOV_30 = jakartaInstant(2026, 11, 30);

const promoRow = (changes: Record<string, string | number> = {}) => ({
  code: 'GAJIAN10', name: 'Promo gajian', kind: 'Persen', value: 10, sku: '', buy: '', free: '', minPurchase: 100000,
  start: NOV_1, end: NOV_30, channels: '', quota: 3, budget: '', status: 'Aktif', usedBy: '', ...changes,
});
const promo = (changes: Record<string, string | number> = {}): Promo => {
  const read = readPromo(promoRow(changes), 2);
  if (!read.ok) throw new Error(read.problem.en);
  return read.promo;
};
const order = (changes: Partial<PromoOrder> = {}): PromoOrder => ({
  orderId: 'TK-2611-0009', channel: 'WA', items: [{ sku: 'KAOS-HTM-L', quantity: 2 }, { sku: 'TOPI-01', quantity: 1 }],
  subtotal: 220000, shippingCost: 18000, when: { from: NOW, to: NOW }, priceOf: (sku) => (sku === 'TOPI-01' ? 50000 : 85000), ...changes,
});
const reason = (result: ReturnType<typeof applyPromo>) => (result.ok ? `discount ${result.discount}` : result.reason.id);

describe('promo codes as CS types them', () => {
  it('a code typed in lower case with spaces is the same code', () => {
    expect(normalizePromoCode(' gajian 10 ')).toBe('GAJIAN10');
  });

  it('a code with a percent sign or a slash is refused as not a code', () => {
    expect(promoCodeProblem('GAJIAN10%')?.id).toBe('kode promo "GAJIAN10%" tidak valid — hanya huruf, angka, - dan _ (mis. GAJIAN10)');
    expect(promoCodeProblem('GAJIAN-10')).toBeNull();
  });

  it('the used-by trail reads back what it wrote, order IDs in upper case', () => {
    expect(parsePromoUses('tk-2611-0001:22000  TK-2611-0002:5000 rubbish')).toEqual([{ orderId: 'TK-2611-0001', discount: 22000 }, { orderId: 'TK-2611-0002', discount: 5000 }]);
    expect(formatPromoUses([{ orderId: 'TK-2611-0001', discount: 22000 }])).toBe('TK-2611-0001:22000');
  });
});

describe('reading a promo row', () => {
  it('a negative budget is refused, naming the promo and its row', () => {
    const read = readPromo(promoRow({ budget: -50000 }), 4);

    expect(!read.ok && read.problem.id).toBe('promo GAJIAN10 di Marketing · Promo baris 4 belum benar: Anggaran tidak boleh negatif');
  });

  it('an unknown type, a percent over 100 and an end before the start are each named', () => {
    expect(!readPromo(promoRow({ kind: 'Diskon besar' }), 2).ok).toBe(true);
    const read = readPromo(promoRow({ value: 150, start: NOV_30, end: NOV_1 }), 2);

    expect(!read.ok && read.problem.id).toContain('Nilai persen harus 1–100 (sekarang 150)');
    expect(!read.ok && read.problem.id).toContain('Selesai lebih awal dari Mulai');
  });

  it('an end typed as a date alone lasts to the end of that day (WIB)', () => {
    expect(promo().end).toBe(DEC_1 - 1);
  });

  it('an unknown channel in the list is refused; Semua means every channel', () => {
    expect(readPromo(promoRow({ channels: 'WA, Friendster' }), 2).ok).toBe(false);
    expect(promo({ channels: 'Semua' }).channels).toEqual([]);
    expect(promo({ channels: 'wa, instagram' }).channels).toEqual(['WA', 'Instagram']);
  });
});

describe('applying a promo to an order', () => {
  it('ten percent off the goods of a Rp220.000 order is Rp22.000', () => {
    expect(reason(applyPromo(promo(), order()))).toBe('discount 22000');
  });

  it('an expired promo says when it ended', () => {
    expect(reason(applyPromo(promo({ end: jakartaInstant(2026, 11, 27) }), order()))).toBe('promo GAJIAN10: sudah berakhir (27 Nov 2026 23.59 WIB)');
  });

  it('a promo that has not started says when it starts', () => {
    expect(reason(applyPromo(promo({ start: DEC_1, end: '' }), order()))).toBe('promo GAJIAN10: belum mulai (mulai 1 Des 2026 00.00 WIB)');
  });

  it('an order dated a day the promo ran still gets it after the promo ended', () => {
    const day = { from: jakartaInstant(2026, 11, 27), to: jakartaInstant(2026, 11, 28) - 1 };

    expect(reason(applyPromo(promo({ end: jakartaInstant(2026, 11, 27) }), order({ when: day })))).toBe('discount 22000');
  });

  it('a promo for Instagram refuses a WhatsApp order', () => {
    expect(reason(applyPromo(promo({ channels: 'Instagram' }), order()))).toBe('promo GAJIAN10: hanya untuk channel Instagram, bukan WA');
  });

  it('an order under the minimum purchase is refused with both amounts', () => {
    expect(reason(applyPromo(promo({ minPurchase: 250000 }), order()))).toBe('promo GAJIAN10: belanja Rp220.000 di bawah minimum Rp250.000');
  });

  it('a quota used up by other orders refuses the next one', () => {
    const used = promo({ quota: 2, usedBy: 'TK-2611-0001:1000 TK-2611-0002:1000' });

    expect(reason(applyPromo(used, order()))).toBe('promo GAJIAN10: kuota 2 kali sudah habis');
  });

  it('an order already counted in the quota is not refused by its own use (a rerun)', () => {
    const used = promo({ quota: 1, usedBy: 'TK-2611-0009:22000', end: jakartaInstant(2026, 11, 1) });

    expect(reason(applyPromo(used, order()))).toBe('discount 22000');
  });

  it('a budget that cannot cover the discount refuses it and says what is left', () => {
    const spent = promo({ budget: 50000, usedBy: 'TK-2611-0001:40000' });

    expect(reason(applyPromo(spent, order()))).toBe('promo GAJIAN10: anggaran Rp50.000 tidak cukup (sisa Rp10.000, diskon ini Rp22.000)');
  });

  it('a Nonaktif promo is refused', () => {
    expect(reason(applyPromo(promo({ status: 'Nonaktif' }), order()))).toBe('promo GAJIAN10: sedang Nonaktif di Marketing · Promo');
  });

  it('Rupiah off takes the amount, never more than the goods', () => {
    expect(reason(applyPromo(promo({ kind: 'Potongan Rp', value: 'Rp25.000' }), order()))).toBe('discount 25000');
    expect(reason(applyPromo(promo({ kind: 'Potongan Rp', value: 500000, minPurchase: 0 }), order()))).toBe('discount 220000');
  });

  it('free shipping pays the shipping up to its amount', () => {
    expect(reason(applyPromo(promo({ kind: 'Gratis ongkir', value: 15000 }), order()))).toBe('discount 15000');
    expect(reason(applyPromo(promo({ kind: 'Gratis ongkir', value: '' }), order()))).toBe('discount 18000');
  });

  it('buy two get one free on a SKU makes every third one free', () => {
    const bxgy = promo({ kind: 'Beli X gratis Y', value: '', sku: 'kaos-htm-l', buy: 2, free: 1, minPurchase: 0 });

    expect(reason(applyPromo(bxgy, order({ items: [{ sku: 'KAOS-HTM-L', quantity: 6 }] })))).toBe('discount 170000');
    expect(reason(applyPromo(bxgy, order()))).toBe('promo GAJIAN10: beli 2 gratis 1 KAOS-HTM-L butuh 3 KAOS-HTM-L di Item (ada 2)');
  });
});
