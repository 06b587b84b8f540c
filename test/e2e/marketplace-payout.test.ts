/**
 * Issue 12, shipping and marketplaces, end to end on the built bundle through the menu: the courier cost
 * booked at Tandai dikirim, a marketplace order booked as income only when its payout arrives (Toko → Catat
 * pencairan), its difference from the expected payout, and the monthly report's lines for both.
 */
import { LEDGER_SHEET, LOG_SHEET, PAYOUT_SHEET, SHIPPING_SHEET } from '../../src/sheets/schema';
import { columnLetter, FINANCE, headerColumns, recordsOf, WAREHOUSE } from './pipeline-shop';
import { approvedShop, clickOrders, deliveredShop, doneOrder, recordPayout, RUDI, RUDI_EXPECTED, setMarketplace, SITI, typePayouts } from './marketplace-fixtures';

const ledgerOf = (rt: ReturnType<typeof approvedShop>) => recordsOf(rt, LEDGER_SHEET).map((e) => [e.entryId, e.type, e.category, e.amount]);
const lastAlert = (rt: ReturnType<typeof approvedShop>) => rt.workbook.alerts.filter((a) => a.kind === 'alert').at(-1)?.message ?? '';
const everything = (rt: ReturnType<typeof approvedShop>) => Object.fromEntries(rt.workbook.sheetNames().filter((n) => n !== LOG_SHEET.name).map((n) => [n, rt.workbook.values(n)]));

describe('courier costs and marketplace payouts (built bundle, through the menu)', () => {
  it('approving a paid Shopee order books no income; Tandai dikirim books the WA order’s courier cost once and nothing for Shopee’s', () => {
    const rt = approvedShop();
    expect(ledgerOf(rt)).toEqual([['PJ-TK-2611-0001', 'Pemasukan', 'Penjualan', 238000]]);

    clickOrders(rt, SHIPPING_SHEET, [SITI, RUDI], 'Tandai dikirim (resi)', WAREHOUSE);
    clickOrders(rt, SHIPPING_SHEET, [SITI, RUDI], 'Tandai dikirim (resi)', WAREHOUSE);

    expect(ledgerOf(rt)).toEqual([['PJ-TK-2611-0001', 'Pemasukan', 'Penjualan', 238000], ['KR-TK-2611-0001', 'Pengeluaran', 'Ongkir', 18000]]);
    expect(recordsOf(rt, SHIPPING_SHEET).map((r) => [r.orderId, r.courierCost])).toEqual([[SITI, 18000], [RUDI, 0]]);
  });

  it('a free-shipping order whose real courier cost the warehouse typed books that cost', () => {
    const rt = approvedShop();
    const row = recordsOf(rt, SHIPPING_SHEET).findIndex((r) => r.orderId === SITI) + 2;
    rt.edit(SHIPPING_SHEET.name, `${columnLetter(headerColumns(rt, SHIPPING_SHEET).get('courierCost') as number)}${row}`, [['Rp21.000']], WAREHOUSE);

    clickOrders(rt, SHIPPING_SHEET, [SITI], 'Tandai dikirim (resi)', WAREHOUSE);

    expect(recordsOf(rt, LEDGER_SHEET).find((e) => e.entryId === 'KR-TK-2611-0001')).toMatchObject({ amount: 21000, note: 'Ongkir kurir JNE JP1000000001; ditanggung toko Rp3.000 (pelanggan bayar Rp18.000)' });
  });

  it('Catat pencairan books a Shopee payout once, marks the order paid out and shows the Rp1.000 it fell short', () => {
    const rt = deliveredShop();
    const rows = typePayouts(rt, [{ date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED - 1000), orders: RUDI, reference: 'SPX-88121' }]);

    recordPayout(rt, rows);
    recordPayout(rt, rows);

    const payout = recordsOf(rt, PAYOUT_SHEET)[0];
    expect(payout).toMatchObject({ expected: RUDI_EXPECTED, difference: -1000, status: 'Dicatat', by: FINANCE });
    expect(String(payout.details)).toContain(`${RUDI}: Rp220.000 − biaya Rp15.550 = Rp204.450`);
    expect(String(payout.details)).toContain('Selisih -Rp1.000 belum terjelaskan');
    const entries = recordsOf(rt, LEDGER_SHEET).filter((e) => String(e.entryId).startsWith('PC-'));
    expect(entries.map((e) => [e.entryId, e.type, e.category, e.amount, e.reference])).toEqual([[payout.payoutId, 'Pemasukan', 'Penjualan', 203450, 'Shopee SPX-88121']]);
    expect(doneOrder(rt, RUDI).payoutId).toBe(payout.payoutId);
    expect(rt.workbook.alerts.filter((a) => a.kind === 'alert').slice(-2).map((a) => a.message.split('\n')[0])).toEqual([
      'Pencairan Shopee 30 Nov 2026 Rp203.450 dicatat di Keuangan · Kas untuk 1 pesanan; diharapkan Rp204.450, selisih -Rp1.000 — lihat kolom Rincian.',
      'Baris 2 sudah dicatat sebelumnya — tidak diubah.',
    ]);
  });

  it('the monthly report shows shipping income against courier cost, the marketplace fee, the payout’s difference and what Shopee still owes', () => {
    const rt = deliveredShop();
    typePayouts(rt, [{ date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED - 1000), orders: RUDI }]);
    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Buat laporan bulanan sekarang', FINANCE);
    const nov = (label: string) => rt.workbook.values('Laporan 2026-11').find((r) => r[0] === label)?.[3];

    // The payout row was typed but not recorded yet: Shopee still owes the expected payout.
    expect(nov('Ongkir dibayar pelanggan')).toBe(18000);
    expect(nov('dikurangi biaya kurir (ongkir dibayar toko)')).toBe(18000);
    expect(nov('dikurangi biaya marketplace (dan selisih pencairan)')).toBe(15550);
    expect(nov('Piutang marketplace: jumlah diharapkan (akhir bulan)')).toBe(RUDI_EXPECTED);
  });

  it('after the payout is recorded the report counts its shortfall and nothing is owed any more', () => {
    const rt = deliveredShop();
    recordPayout(rt, typePayouts(rt, [{ date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED - 1000), orders: RUDI }]));
    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Buat laporan bulanan sekarang', FINANCE);
    const values = rt.workbook.values('Laporan 2026-11');
    const nov = (label: string) => values.find((r) => r[0] === label)?.[3];

    expect(nov('Pencairan diterima')).toBe(203450);
    expect(nov('Selisih pencairan vs perkiraan')).toBe(-1000);
    expect(nov('dikurangi biaya marketplace (dan selisih pencairan)')).toBe(16550);
    expect(nov('Piutang marketplace: jumlah diharapkan (akhir bulan)')).toBe(0);
    expect(values.some((r) => String(r[0]).startsWith('PC-SHOPEE-20261130-') && r[3] === -1000)).toBe(true);
    // The tax helper's turnover comes from the cash book, where the payout is net of Shopee's fee: it says so.
    expect(values.some((r) => String(r[0]).includes('Pencairan marketplace masuk ke angka ini sebesar uang yang cair'))).toBe(true);
  });

  it('the report says so plainly when customers paid far more shipping than the couriers were paid', () => {
    const rt = deliveredShop();
    const kr = recordsOf(rt, LEDGER_SHEET).findIndex((e) => e.entryId === 'KR-TK-2611-0001') + 2;
    rt.run(() => rt.workbook.spreadsheet.getSheetByName(LEDGER_SHEET.name)?.deleteRow(kr));
    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Buat laporan bulanan sekarang', FINANCE);

    expect(rt.workbook.values('Laporan 2026-11').map((r) => String(r[0])).find((t) => t.startsWith('PERHATIAN'))).toBe(
      'PERHATIAN: pelanggan membayar ongkir Rp18.000, tetapi biaya kurir yang tercatat hanya Rp0 (selisih Rp18.000, lebih dari 10%). Laba bersih di atas menghitung selisih itu sebagai untung; kalau ongkir kurir belum dicatat semua (Tandai dikirim mencatatnya, atau ketik di Keuangan · Kas sebagai Pengeluaran · Ongkir), laba bersih sebenarnya lebih kecil. (Batas ini diatur di Pengaturan: Batas selisih ongkir (%).)',
    );
  });

  describe('bad payouts are refused with the reason, and nothing changes', () => {
    const refused = (arrange: (rt: ReturnType<typeof deliveredShop>) => void, row: Record<string, string>, reason: string) => () => {
      const rt = deliveredShop();
      arrange(rt);
      const rows = typePayouts(rt, [row]);
      const before = everything(rt);

      recordPayout(rt, rows);

      expect(lastAlert(rt)).toContain(reason);
      expect(everything(rt)).toEqual(before);
    };
    const good = { date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED), orders: RUDI };
    it('an unknown order', refused(() => undefined, { ...good, orders: 'TK-2611-0099' }, 'Baris 2: pesanan TK-2611-0099 tidak ditemukan'));
    it('a negative amount', refused(() => undefined, { ...good, amount: '-204450' }, 'Jumlah Cair -Rp204.450 harus lebih dari 0'));
    it('a marketplace not in Pengaturan', refused(() => undefined, { ...good, marketplace: 'Bukalapak' }, 'marketplace "Bukalapak" belum ada di Pengaturan'));
    it('a fee over 100% in Pengaturan', refused((rt) => setMarketplace(rt, 'Shopee', 'marketplaceFeePercent', '150'), good, 'biaya Shopee di Pengaturan "150" bukan persen 0–100'));
    it('an order already paid out', refused((rt) => recordPayout(rt, typePayouts(rt, [good])), { ...good, date: '1/12/2026' }, `pesanan ${RUDI} sudah dicairkan (PC-SHOPEE-20261130-`));
    it('a WA order in a Shopee payout', refused(() => undefined, { ...good, orders: SITI }, `pesanan ${SITI} dari channel WA, bukan Shopee`));
  });
});
