/**
 * Ads per channel and targets in the monthly report, and Toko → Bandingkan harga, end to end on the built
 * bundle: what each rupiah of Meta and Shopee ads brought back against the two months before, the month
 * against its Rencana targets, and our prices against competitors' from Marketing · Riset.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { DONE_SHEET, LEDGER_SHEET, PLAN_SHEET, RESEARCH_SHEET } from '../../src/sheets/schema';
import { appendRecords, CS, OWNER, openShop, setSetting, setTeam, sheetOrder, typeRows } from './pipeline-shop';

const MARKETING = 'mira@toko.test';
const PRICES = 'Marketing · Harga';
const DAY = 24 * 60 * 60 * 1000;

const reportRow = (rt: LocalRuntime, label: string) => rt.workbook.values('Laporan 2026-11').find((r) => r[0] === label);

/** A shop with delivered orders from WA, Instagram and Shopee in October and November, and ads booked in the cash book. */
function shopWithAds(): LocalRuntime {
  const rt = openShop();
  const delivered = (id: string, channel: string, day: number, month: number) => {
    const at = jakartaInstant(2026, month, day, 10);
    return sheetOrder(id, { channel, orderDate: at, approvedAt: at, shippedAt: at + DAY, deliveredAt: at + 2 * DAY });
  };
  appendRecords(rt, DONE_SHEET, [
    delivered('TK-10-1', 'WA', 5, 10), delivered('TK-10-2', 'Instagram', 6, 10),
    delivered('TK-11-1', 'WA', 3, 11), delivered('TK-11-2', 'WA', 4, 11), delivered('TK-11-3', 'Instagram', 5, 11), delivered('TK-11-4', 'Shopee', 6, 11),
  ]);
  typeRows(rt, LEDGER_SHEET, [
    { date: '01/10/2026', type: 'Pengeluaran', category: 'Iklan', amount: '100000', note: 'Boost IG', adChannel: 'Meta' },
    { date: '02/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '150000', note: 'CTWA', adChannel: 'fb ads' },
    { date: '03/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '95000', note: 'Iklan toko', adChannel: 'Shopee' },
    { date: '04/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '20000', note: 'endorse', adChannel: 'koran' },
  ]);
  typeRows(rt, PLAN_SHEET, [{ targetMonth: 'Nov 2026', targetOrders: '10', targetRevenue: '1 juta', targetMargin: '50%', targetAdSpend: '200rb', targetComplaintRate: '2%' }]);
  rt.state.resetCallCounts();
  return rt;
}

describe('the monthly report: ads per channel and the month against its targets (built bundle)', () => {
  it('Meta counts the WA and Instagram orders, Shopee its own: spend, orders, revenue, cost per order and ROAS beside October; an unknown channel is named with its row', () => {
    const rt = shopWithAds();

    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Toko > Buat laporan bulanan sekarang', OWNER);

    expect(rt.failures).toEqual([]);
    expect(reportRow(rt, 'Meta · biaya iklan')?.slice(1, 4)).toEqual([0, 100_000, 150_000]);
    expect(reportRow(rt, 'Meta · pesanan (Instagram, WA)')?.slice(1, 4)).toEqual([0, 2, 3]);
    expect(reportRow(rt, 'Meta · omzet (Instagram, WA)')?.slice(1, 4)).toEqual([0, 170_000, 255_000]);
    expect(reportRow(rt, 'Meta · biaya per pesanan')?.slice(1, 4)).toEqual(['', 50_000, 50_000]);
    expect(reportRow(rt, 'Meta · ROAS (omzet ÷ biaya)')?.slice(1, 4)).toEqual(['', 1.7, 1.7]);
    expect(reportRow(rt, 'Shopee · ROAS (omzet ÷ biaya)')?.[3]).toBeCloseTo(85_000 / 95_000, 10);
    expect(reportRow(rt, 'Tanpa Channel Iklan · biaya iklan')?.slice(1, 4)).toEqual([0, 0, 20_000]);
    const cells = rt.workbook.values('Laporan 2026-11').flat().map(String);
    expect(cells.some((c) => c.includes('Channel Iklan "koran" tidak dikenal'))).toBe(true);
    expect(rt.outbox.at(-1)?.body).toContain('Meta · ROAS (omzet ÷ biaya): – | 1,70× | 1,70×');
  });

  it('shows the month against every target set in Manajemen · Rencana, "1 juta" and "200rb" read as typed', () => {
    const rt = shopWithAds();

    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Toko > Buat laporan bulanan sekarang', OWNER);

    expect(reportRow(rt, 'Pesanan terjual')?.slice(1, 5)).toEqual([4, 10, '40,0%', 'belum tercapai']);
    expect(reportRow(rt, 'Omzet')?.slice(1, 5)).toEqual([340_000, 1_000_000, '34,0%', 'belum tercapai']);
    expect(reportRow(rt, 'Biaya iklan (anggaran)')?.slice(1, 5)).toEqual([265_000, 200_000, '132,5%', 'MELEWATI BATAS']);
    expect(reportRow(rt, 'Rasio komplain (batas)')?.slice(1, 5)).toEqual(['0,0%', '2,0%', '0,0%', 'dalam batas']);
    expect(rt.workbook.values('Laporan 2026-11').some((r) => r[0] === 'Target 2026-11 (Manajemen · Rencana)')).toBe(true);
  });

  it('the dashboard shows this month’s ad spend and margin against their targets', () => {
    const rt = shopWithAds();

    rt.clickMenu('Toko > Perbarui dashboard', OWNER);

    const row = (label: string) => rt.workbook.values('Manajemen · Dashboard').find((r) => r[0] === label);
    expect(row('Biaya iklan')?.slice(5, 8)).toEqual([265_000, 200_000, 1.325]);
    expect(row('Margin kotor')?.[6]).toBe(0.5);
    expect(row('Rasio komplain')?.[6]).toBe(0.02);
  });
});

/** A shop whose marketing person logged competitor prices in Marketing · Riset. */
function shopWithResearch(): LocalRuntime {
  const rt = openShop();
  setTeam(rt, [{ email: MARKETING, name: 'Mira', division: 'Marketing' }, { email: CS, name: 'Dewi', division: 'CS' }]);
  typeRows(rt, RESEARCH_SHEET, [
    { date: '01/11/2026', kind: 'Kompetitor', subject: 'Kaos Murah ID', product: 'Kaos hitam L', theirPrice: '70000', ourSku: 'KAOS-HTM-L', channel: 'Shopee' },
    { date: '20/11/2026', kind: 'Kompetitor', subject: 'kaos murah id', product: 'Kaos hitam L', theirPrice: '72rb', ourSku: 'kaos-htm-l', channel: 'Shopee' },
    { date: '21/11/2026', kind: 'Kompetitor', subject: 'Topi Keren', product: 'Topi navy', theirPrice: '49.000', ourSku: 'TOPI-01', channel: 'Instagram' },
    { date: '22/11/2026', kind: 'Pasar', subject: 'Tren', finding: 'warna pastel naik' },
    { date: '23/11/2026', kind: 'Kompetitor', subject: 'Toko X', theirPrice: 'murah', ourSku: 'TOPI-01' },
  ], MARKETING);
  rt.state.resetCallCounts();
  return rt;
}

describe('Toko → Bandingkan harga (built bundle)', () => {
  it('writes our price against each SKU’s cheapest competitor, flags the T-shirt 18% dearer, names the row it cannot read, and says so', () => {
    const rt = shopWithResearch();

    rt.clickMenu('Toko > Bandingkan harga', MARKETING);

    expect(rt.failures).toEqual([]);
    const rows = rt.workbook.values(PRICES);
    const kaos = rows.find((r) => r[0] === 'KAOS-HTM-L') as unknown[];
    expect(kaos.slice(2, 8)).toEqual([85_000, 72_000, 'kaos murah id · Kaos hitam L (Shopee)', 13_000, 13_000 / 72_000, 'LEBIH MAHAL 18,1%']);
    expect(rows.find((r) => r[0] === 'TOPI-01')?.slice(5, 8)).toEqual([1_000, 1_000 / 49_000, 'lebih mahal, masih wajar']);
    expect(rows.flat().map(String)).toContain('⚠ Marketing · Riset baris 6: Harga Pesaing "murah" bukan angka Rupiah — ketik mis. 85000 atau 85rb');
    expect(rt.workbook.alerts.at(-1)?.message).toBe('Marketing · Harga diperbarui: 2 SKU dibandingkan. 1 lebih mahal > 10,0% dari pesaing termurah: KAOS-HTM-L (+18,1%, Rp13.000). 1 baris Riset belum bisa dibandingkan (lihat sheetnya).');
  });

  it('with Batas selisih harga set to "20%" nothing is flagged; run twice it is one sheet with one chart', () => {
    const rt = shopWithResearch();
    setSetting(rt, 'Batas selisih harga (%)', '20%');

    rt.clickMenu('Toko > Bandingkan harga', MARKETING);
    rt.clickMenu('Toko > Bandingkan harga', MARKETING);

    expect(rt.workbook.values(PRICES).find((r) => r[0] === 'KAOS-HTM-L')?.[7]).toBe('lebih mahal, masih wajar');
    expect(rt.workbook.sheetNames().filter((n) => n === PRICES)).toHaveLength(1);
    expect(rt.run(() => rt.workbook.spreadsheet.getSheetByName(PRICES)!.getCharts().length)).toBe(1);
  });

  it('refuses a CS person and changes nothing', () => {
    const rt = shopWithResearch();
    rt.clickMenu('Toko > Bandingkan harga', CS);
    expect(rt.workbook.sheetNames()).not.toContain(PRICES);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Bandingkan harga');
  });

  it('costs the same service calls with 20 or 400 research rows', () => {
    const calls = (extra: number) => {
      const rt = shopWithResearch();
      appendRecords(rt, RESEARCH_SHEET, Array.from({ length: extra }, (_, i) => ({ date: jakartaInstant(2026, 10, 1 + (i % 28)), kind: 'Kompetitor', subject: `Toko ${i % 7}`, theirPrice: 80_000 + i, ourSku: 'KAOS-HTM-L' })));
      rt.state.resetCallCounts();
      rt.clickMenu('Toko > Bandingkan harga', MARKETING);
      expect(rt.failures).toEqual([]);
      return rt.callCounts().total;
    };
    expect(calls(400)).toBe(calls(20));
  });
});

