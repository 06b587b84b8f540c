/**
 * Promos that reach the order, end to end on the built bundle through the menu: marketing types a promo in
 * Marketing · Promo, CS types its code on an order, Konfirmasi pesanan applies it (discount in Diskon, one use
 * counted), Tolak and Batalkan pesanan give the use back, and every bad code or promo is refused on its row
 * with nothing changed.
 */
import { APPROVAL_SHEET, DONE_SHEET, ORDERS_SHEET, PROMO_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { LocalRuntime } from '../../emulator/runtime';
import { openShop, recordsOf, selectRows, typedOrder, typeRows } from './pipeline-shop';

/** Marketing types a promo as people type: text in every cell (28 Nov 2026 is the tests' today). */
const typedPromo = (changes: Record<string, string> = {}): Record<string, string> => ({
  code: 'GAJIAN10', name: 'Promo gajian', kind: 'Persen', value: '10', minPurchase: '100000', start: '1/11/2026', end: '30/11/2026',
  channels: 'WA, Instagram', quota: '2', budget: '500000', status: 'Aktif', ...changes,
});

const promoRow = (rt: LocalRuntime, code = 'GAJIAN10') => recordsOf(rt, PROMO_SHEET).find((r) => r.code === code) as Record<string, unknown>;
const lastAlert = (rt: LocalRuntime): string => rt.workbook.alerts.at(-1)?.message ?? '';

function confirm(rt: LocalRuntime, rows: number[]): void {
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan');
}

describe('promos that reach the order (built bundle)', () => {
  it('Setup makes Marketing · Promo, and a code typed in lower case with a space gives its discount in Diskon and counts one use', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo()]);
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ promoCode: ' gajian 10' })]);

    confirm(rt, [row]);

    expect(recordsOf(rt, APPROVAL_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', promoCode: 'GAJIAN10', discount: 22000, subtotal: 220000, total: 216000 });
    expect(promoRow(rt)).toMatchObject({ uses: 1, discountGiven: 22000, usedBy: 'TK-2611-0001:22000' });
  });

  it('rejecting the order gives the use back; confirming it again counts it once; cancelling gives it back again', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo()]);
    confirm(rt, typeRows(rt, ORDERS_SHEET, [typedOrder({ promoCode: 'GAJIAN10' })]));

    rt.workbook.answerNext({ button: 'OK', text: 'Bukti transfer palsu' });
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Tolak pesanan');
    expect(promoRow(rt)).toMatchObject({ uses: 0, discountGiven: 0 });

    confirm(rt, [2]);
    expect(recordsOf(rt, APPROVAL_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', discount: 22000, total: 216000 });
    expect(promoRow(rt)).toMatchObject({ uses: 1, discountGiven: 22000 });

    rt.workbook.answerNext({ button: 'OK', text: 'Pelanggan batal' });
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Batalkan pesanan');
    expect(recordsOf(rt, DONE_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', fulfilment: 'Dibatalkan', promoCode: 'GAJIAN10' });
    expect(promoRow(rt)).toMatchObject({ uses: 0, discountGiven: 0 });
  });

  it('an unknown code, a code in a wrong format, a wrong channel, an order under the minimum and an expired promo each stay on their row with the reason, and nothing changes', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo(), typedPromo({ code: 'OKTOBER', start: '1/10/2026', end: '31/10/2026' })]);
    const rows = typeRows(rt, ORDERS_SHEET, [
      typedOrder({ promoCode: 'GAJIAN11' }),
      typedOrder({ promoCode: 'GAJIAN 10%' }),
      typedOrder({ promoCode: 'GAJIAN10', channel: 'Shopee' }),
      typedOrder({ promoCode: 'GAJIAN10', items: 'TOPI-01 x1' }),
      typedOrder({ promoCode: 'oktober' }),
    ]);
    const before = { orders: rt.workbook.values(ORDERS_SHEET.name), stock: rt.workbook.values(STOCK_SHEET.name), promo: rt.workbook.values(PROMO_SHEET.name) };

    confirm(rt, rows);

    const message = lastAlert(rt);
    expect(message).toContain('Baris 2: kode promo GAJIAN11 tidak ada di Marketing · Promo');
    expect(message).toContain('Baris 3: kode promo "GAJIAN10%" tidak valid');
    expect(message).toContain('Baris 4: promo GAJIAN10: hanya untuk channel WA, Instagram, bukan Shopee');
    expect(message).toContain('Baris 5: promo GAJIAN10: belanja Rp50.000 di bawah minimum Rp100.000');
    expect(message).toContain('Baris 6: promo OKTOBER: sudah berakhir (31 Okt 2026 23.59 WIB)');
    expect(rt.workbook.values(ORDERS_SHEET.name)).toEqual(before.orders);
    expect(rt.workbook.values(STOCK_SHEET.name)).toEqual(before.stock);
    expect(rt.workbook.values(PROMO_SHEET.name)).toEqual(before.promo);
    expect(recordsOf(rt, APPROVAL_SHEET)).toEqual([]);
  });

  it('a quota of two: the third order in one batch is refused because the quota is used up, the first two are counted', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo()]);
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ promoCode: 'GAJIAN10' }), typedOrder({ promoCode: 'GAJIAN10', customerName: 'Budi' }), typedOrder({ promoCode: 'GAJIAN10', customerName: 'Rudi' })]);

    confirm(rt, rows);

    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => r.customerName)).toEqual(['Siti Aminah', 'Budi']);
    expect(lastAlert(rt)).toContain('Baris 4: promo GAJIAN10: kuota 2 kali sudah habis');
    expect(promoRow(rt)).toMatchObject({ uses: 2, discountGiven: 44000 });
  });

  it('a negative budget on the promo row is named with its row, and the order stays', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo({ budget: '-50000' })]);

    confirm(rt, typeRows(rt, ORDERS_SHEET, [typedOrder({ promoCode: 'GAJIAN10' })]));

    expect(lastAlert(rt)).toContain('promo GAJIAN10 di Marketing · Promo baris 2 belum benar: Anggaran tidak boleh negatif');
    expect(recordsOf(rt, APPROVAL_SHEET)).toEqual([]);
  });

  it('a promo row deleted while an order carries it: the order is still cancelled, with a note that the use was not given back', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo()]);
    confirm(rt, typeRows(rt, ORDERS_SHEET, [typedOrder({ promoCode: 'GAJIAN10' })]));
    rt.run(() => (rt.workbook.spreadsheet.getSheetByName(PROMO_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet).deleteRow(2));

    rt.workbook.answerNext({ button: 'OK', text: 'Pelanggan batal' });
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Batalkan pesanan');

    expect(recordsOf(rt, DONE_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', fulfilment: 'Dibatalkan' });
    expect(lastAlert(rt)).toContain('TK-2611-0001: promo GAJIAN10 tidak ada (lagi) di Marketing · Promo, jadi pemakaiannya tidak dikembalikan');
  });
});

describe('promo results in the monthly report (built bundle)', () => {
  it('an approved order with GAJIAN10 shows in November\'s report: one use, its discount, revenue and gross profit, and what the promo gave against its budget', () => {
    const rt = openShop();
    typeRows(rt, PROMO_SHEET, [typedPromo()]);
    confirm(rt, typeRows(rt, ORDERS_SHEET, [typedOrder({ promoCode: 'GAJIAN10', paymentStatus: 'Lunas' })]));
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');

    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Buat laporan bulanan sekarang');

    const rows = rt.workbook.values('Laporan 2026-11').map((row) => row.map((cell) => String(cell)));
    const heading = rows.findIndex((row) => row[0].startsWith('Promo 2026-11'));
    expect(heading).toBeGreaterThan(0);
    expect(rows[heading + 1].slice(0, 5)).toEqual(['GAJIAN10 · Promo gajian (1×)', '22000', '198000', '98000', 'Rp22.000 / Rp500.000']);
  });
});
