import { describeFee, expectedPayout, feeOf, formatPercentBp, isMarketplaceChannel, marketplaceFee, parseMarketplaceFees, parsePercentBp } from './marketplace';

const FEES = parseMarketplaceFees([
  { marketplace: 'Shopee', marketplaceFeePercent: '6,5', marketplaceFixedFee: 1250 },
  { marketplace: 'Tokopedia', marketplaceFeePercent: '4.75%', marketplaceFixedFee: '' },
  { marketplace: 'Lazada', marketplaceFeePercent: '120', marketplaceFixedFee: '' },
  { marketplace: 'Blibli', marketplaceFeePercent: '5', marketplaceFixedFee: '-1000' },
]);

describe('marketplace fees from Pengaturan', () => {
  it('reads a percent as people type it, in hundredths of a percent', () => {
    expect(['6,5', '6.5', '6,5%', '10', ' 4,75 % ', '', '0', '100'].map(parsePercentBp)).toEqual([650, 650, 650, 1000, 475, 0, 0, 10000]);
  });

  it('refuses a fee over 100%, a negative one, three decimals or words', () => {
    expect(['100,01', '120', '-5', '6,555', 'enam'].map(parsePercentBp)).toEqual([null, null, null, null, null]);
  });

  it('shows a percent the Indonesian way', () => {
    expect([650, 1000, 475, 5].map(formatPercentBp)).toEqual(['6,5%', '10%', '4,75%', '0,05%']);
    expect(describeFee({ percentBp: 650, fixed: 1250 })).toBe('6,5% + Rp1.250');
  });

  it('a Shopee order of Rp100.000 pays out Rp92.250 after 6,5% and Rp1.250', () => {
    const shopee = feeOf(FEES, 'shopee');
    if (!shopee.ok) throw new Error('Shopee is listed');
    expect(marketplaceFee(100000, shopee.fee)).toBe(7750);
    expect(expectedPayout(100000, shopee.fee)).toBe(92250);
  });

  it('rounds a percent fee to the rupiah, half up', () => {
    expect(marketplaceFee(12345, { percentBp: 650, fixed: 0 })).toBe(802); // 802,425
    expect(marketplaceFee(10010, { percentBp: 500, fixed: 0 })).toBe(501); // 500,5
    expect(marketplaceFee(10030, { percentBp: 475, fixed: 0 })).toBe(476); // 476,425
    expect(expectedPayout(87500, { percentBp: 475, fixed: 0 })).toBe(83344); // fee 4156,25
  });

  it('a marketplace not listed, a fee over 100% or a negative fixed fee is a problem naming the fix', () => {
    const missing = feeOf(FEES, 'Bukalapak');
    const tooHigh = feeOf(FEES, 'Lazada');
    const negative = feeOf(FEES, 'Blibli');
    expect(missing.ok || missing.problem.id).toBe('marketplace "Bukalapak" belum ada di Pengaturan (blok MARKETPLACE ▸: Shopee, Tokopedia, Lazada, Blibli) — tambahkan dengan biayanya, lalu coba lagi');
    expect(tooHigh.ok || tooHigh.problem.id).toContain('"120" bukan persen 0–100');
    expect(negative.ok || negative.problem.id).toContain('"-1000" bukan jumlah Rupiah 0 atau lebih');
  });

  it('Shopee, Tokopedia and TikTok Shop are marketplaces even when not listed; others when listed', () => {
    expect(['Shopee', 'tiktok shop', 'Lazada', 'WA', '', 'Instagram'].map((c) => isMarketplaceChannel(c, FEES))).toEqual([true, true, true, false, false, false]);
    expect(isMarketplaceChannel('TikTok Shop', [])).toBe(true);
  });
});
