import { parseAdChannel } from './ad-channels';
import { adReportLines, buildAdReport } from './ad-report';
import { jakartaInstant } from './jakarta-time';
import { LedgerEntry } from './ledger';

const MONTHS = ['2026-09', '2026-10', '2026-11'];
const iklan = (rowNumber: number, month: number, amount: number): LedgerEntry => ({
  rowNumber, entryId: '', date: jakartaInstant(2026, month, 15), type: 'Pengeluaran', category: 'Iklan', amount, reference: '', note: '', by: '',
});
const sales = (wa: [number, number], ig: [number, number], shopee: [number, number]) => ({
  WA: { orders: wa[0], revenue: wa[1] }, Instagram: { orders: ig[0], revenue: ig[1] }, Shopee: { orders: shopee[0], revenue: shopee[1] },
});

describe('ads per channel in the monthly report', () => {
  it('reads an ad channel however it is spelled, and nothing from a blank or unknown one', () => {
    const typed = ['Meta', 'FB Ads', 'iklan IG', 'Facebook', 'Tik Tok', 'tiktok ads', 'Google Ads', 'YouTube', 'iklan shopee', 'TopAds', 'Tokped', 'endorse', 'koran', ''];
    expect(typed.map(parseAdChannel)).toEqual(['Meta', 'Meta', 'Meta', 'Meta', 'TikTok', 'TikTok', 'Google', 'Google', 'Shopee', 'Tokopedia', 'Tokopedia', 'Lainnya', null, null]);
  });

  it('Meta counts the WA and Instagram orders, Shopee its own: spend, orders, revenue, cost per order rounded to the rupiah, ROAS, three months', () => {
    const entries = [iklan(2, 9, 1_000_000), iklan(3, 10, 1_500_000), iklan(4, 11, 1_000_000), iklan(5, 11, 1_000_000), iklan(6, 11, 700_000)];
    const channels = new Map<number, unknown>([[2, 'Meta'], [3, 'fb ads'], [4, 'Meta'], [5, 'IG'], [6, 'Shopee']]);
    const ads = buildAdReport(MONTHS, [...entries, { ...iklan(7, 11, 50_000), category: 'Gaji' }], channels, [
      sales([10, 1_000_000], [0, 0], [0, 0]),
      sales([20, 3_000_000], [5, 500_000], [0, 0]),
      sales([25, 5_000_000], [5, 1_000_000], [3, 1_400_000]),
    ]);

    expect(ads?.channels.map((c) => c.channel)).toEqual(['Meta', 'Shopee']);
    const meta = ads!.channels[0];
    expect(meta.spend).toEqual([1_000_000, 1_500_000, 2_000_000]);
    expect(meta.orders).toEqual([10, 25, 30]);
    expect(meta.revenue).toEqual([1_000_000, 3_500_000, 6_000_000]);
    expect(meta.costPerOrder).toEqual([100_000, 60_000, 66_667]);
    expect(meta.roas).toEqual([1, 3_500_000 / 1_500_000, 3]);
    expect(ads!.channels[1]).toMatchObject({ spend: [0, 0, 700_000], orders: [0, 0, 3], costPerOrder: [null, null, 233_333], roas: [null, null, 2] });
    expect(ads!.unassigned).toEqual([0, 0, 0]);
  });

  it('spend with a blank or unknown channel is its own line, each unknown spelling named with its row; no ad at all gives no section', () => {
    const ads = buildAdReport(MONTHS, [iklan(8, 11, 300_000), iklan(9, 11, 200_000)], new Map<number, unknown>([[9, 'koran']]), [{}, {}, {}]);
    expect(ads).toMatchObject({ channels: [], unassigned: [0, 0, 500_000], blankRows: 1 });
    expect(ads!.problems.map((p) => p.id)).toEqual(['Keuangan · Kas baris 9: Channel Iklan "koran" tidak dikenal — pilih Meta, TikTok, Google, Shopee, Tokopedia, Lainnya']);
    const lines = adReportLines(ads!, 'id', ['Sep 2026', 'Okt 2026', 'Nov 2026'], 'vs bulan lalu');
    expect(lines.some((l) => l.kind === 'note' && l.text.startsWith('1 baris Iklan tanpa Channel Iklan (Rp500.000 dalam 3 bulan)'))).toBe(true);

    expect(buildAdReport(MONTHS, [iklan(2, 6, 1_000)], new Map(), [{}, {}, {}])).toBeNull();
  });
});
