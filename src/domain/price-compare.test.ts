import { jakartaInstant } from './jakarta-time';
import { comparePrices } from './price-compare';
import { priceHeadline } from './price-render';

const STOCK = [
  { sku: 'KMJ-PRG-L', name: 'Kemeja Parang · L', sellingPrice: 250_000 },
  { sku: 'SLD-SKJ', name: 'Selendang Sekar Jagad', sellingPrice: 90_000 },
  { sku: 'TAS-01', name: 'Tas Batik', sellingPrice: null },
];
const row = (rowNumber: number, record: Record<string, unknown>) => ({ rowNumber, record });

describe('our price against competitors per SKU', () => {
  it('takes each competitor’s latest price, compares ours with the cheapest, and flags a SKU more than 10% dearer, the dearest first', () => {
    const c = comparePrices([
      row(2, { date: jakartaInstant(2026, 11, 1), subject: 'Batik Laris', ourSku: 'KMJ-PRG-L', theirPrice: 180_000 }),
      row(3, { date: jakartaInstant(2026, 11, 20), subject: 'batik laris', ourSku: 'kmj-prg-l', theirPrice: '210rb', channel: 'Shopee' }),
      row(4, { date: '25/11/2026', subject: 'Griya Batik', ourSku: 'KMJ-PRG-L', theirPrice: 'Rp220.000' }),
      row(5, { date: jakartaInstant(2026, 11, 5), subject: 'Griya Batik', ourSku: 'SLD-SKJ', theirPrice: 85_000 }),
      row(6, { subject: 'Pasar Beringharjo', finding: 'ramai menjelang lebaran' }),
    ], STOCK, 0.1);

    expect(c.rows.map((r) => [r.sku, r.cheapest.competitor, r.cheapest.price, r.difference, r.dearer, r.competitors])).toEqual([
      ['KMJ-PRG-L', 'batik laris', 210_000, 40_000, true, 2],
      ['SLD-SKJ', 'Griya Batik', 85_000, 5_000, false, 1],
    ]);
    expect(c.rows[0].percent).toBeCloseTo(40_000 / 210_000, 10);
    expect(c.problems).toEqual([]);
    expect(priceHeadline(c).id).toBe('Marketing · Harga diperbarui: 2 SKU dibandingkan. 1 lebih mahal > 10,0% dari pesaing termurah: KMJ-PRG-L (+19,0%, Rp40.000).');
  });

  it('just under the gap is not flagged; a price typed as words, a missing or unknown SKU and a SKU without a selling price are named with their row', () => {
    const c = comparePrices([
      row(2, { subject: 'A', ourSku: 'SLD-SKJ', theirPrice: 'delapan puluh ribu' }),
      row(3, { subject: 'A', theirPrice: 80_000 }),
      row(4, { subject: 'A', ourSku: 'KAIN-99', theirPrice: 80_000 }),
      row(5, { subject: 'A', ourSku: 'TAS-01', theirPrice: 80_000 }),
      row(6, { subject: 'B', ourSku: 'SLD-SKJ', theirPrice: '' }),
      row(7, { subject: 'C', ourSku: 'SLD-SKJ', theirPrice: 81_819 }),
    ], STOCK, 0.1);

    expect(c.rows.map((r) => [r.sku, r.dearer])).toEqual([['SLD-SKJ', false]]);
    expect(c.problems.map((p) => p.id)).toEqual([
      'Marketing · Riset baris 2: Harga Pesaing "delapan puluh ribu" bukan angka Rupiah — ketik mis. 85000 atau 85rb',
      'Marketing · Riset baris 3: Harga Pesaing tanpa SKU Kita — isi SKU kita yang setara (seperti di Gudang · Stok)',
      'Marketing · Riset baris 4: SKU Kita "KAIN-99" tidak ada di Gudang · Stok',
      'Marketing · Riset baris 6: SKU Kita SLD-SKJ tanpa Harga Pesaing — isi harganya, mis. 85000',
      'Gudang · Stok: TAS-01 belum punya Harga Jual, jadi tidak dibandingkan',
    ]);
  });
});
