/**
 * A careless team around issue 12's shipping and marketplace actions, on the built bundle: odd spellings,
 * a sorted or retyped payout sheet, clicking twice, the wrong person, a courier cost in words.
 */
import { LEDGER_SHEET, LOG_SHEET, PAYOUT_SHEET, SHIPPING_SHEET } from '../../src/sheets/schema';
import { columnLetter, headerColumns, recordsOf, WAREHOUSE } from './pipeline-shop';
import { approvedShop, clickOrders, deliveredShop, doneOrder, recordPayout, RUDI, RUDI_EXPECTED, SITI, typePayouts } from './marketplace-fixtures';

type Shop = ReturnType<typeof approvedShop>;
const everything = (rt: Shop) => Object.fromEntries(rt.workbook.sheetNames().filter((n) => n !== LOG_SHEET.name).map((n) => [n, rt.workbook.values(n)]));
const lastAlert = (rt: Shop) => rt.workbook.alerts.filter((a) => a.kind === 'alert').at(-1)?.message ?? '';
const payoutEntries = (rt: Shop) => recordsOf(rt, LEDGER_SHEET).filter((e) => String(e.entryId).startsWith('PC-'));

describe('a careless team with payouts and courier costs', () => {
  it('a payout typed the way people type — lower-case marketplace, lower-case IDs on separate lines, Rp with dots, a date in words — is booked', () => {
    const rt = deliveredShop();

    recordPayout(rt, typePayouts(rt, [{ date: '30 Nov 2026', marketplace: 'shopee ', amount: `Rp${RUDI_EXPECTED.toLocaleString('de-DE')}`, orders: `${RUDI.toLowerCase()}\n` }]));

    expect(payoutEntries(rt).map((e) => e.amount)).toEqual([RUDI_EXPECTED]);
    expect(recordsOf(rt, PAYOUT_SHEET)[0]).toMatchObject({ difference: 0, status: 'Dicatat' });
  });

  it('finance deletes a recorded payout row and types it again: the order is already paid out, nothing is booked twice', () => {
    const rt = deliveredShop();
    const row = { date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED), orders: RUDI };
    recordPayout(rt, typePayouts(rt, [row]));
    rt.run(() => rt.workbook.spreadsheet.getSheetByName(PAYOUT_SHEET.name)?.deleteRow(2));

    recordPayout(rt, typePayouts(rt, [row]));

    expect(lastAlert(rt)).toContain(`pesanan ${RUDI} sudah dicairkan (PC-SHOPEE-20261130-`);
    expect(payoutEntries(rt)).toHaveLength(1);
  });

  it('the payout sheet sorted by date after recording: clicking the recorded row again changes nothing', () => {
    const rt = deliveredShop();
    typePayouts(rt, [{ date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED), orders: RUDI }]);
    recordPayout(rt, [2]);
    typePayouts(rt, [{ date: '1/11/2026', marketplace: 'Shopee', amount: '1', orders: '' }]);
    // Sorted by date (oldest first), as Data → Sort range does: the two rows change places.
    rt.run(() => {
      const range = rt.workbook.spreadsheet.getSheetByName(PAYOUT_SHEET.name)?.getRange(2, 1, 2, PAYOUT_SHEET.columns.length);
      range?.setValues([...range.getValues()].reverse());
    });
    const recorded = recordsOf(rt, PAYOUT_SHEET).findIndex((r) => r.status === 'Dicatat') + 2;
    const before = everything(rt);

    recordPayout(rt, [recorded]);

    expect(lastAlert(rt)).toBe(`Baris ${recorded} sudah dicatat sebelumnya — tidak diubah.`);
    expect(everything(rt)).toEqual(before);
  });

  it('the warehouse clicks Catat pencairan: refused, nothing changes', () => {
    const rt = deliveredShop();
    const rows = typePayouts(rt, [{ date: '30/11/2026', marketplace: 'Shopee', amount: String(RUDI_EXPECTED), orders: RUDI }]);
    const before = everything(rt);

    recordPayout(rt, rows, WAREHOUSE);

    expect(lastAlert(rt)).toMatch(/Catat pencairan/);
    expect(everything(rt)).toEqual(before);
    expect(doneOrder(rt, RUDI).payoutId).toBe('');
  });

  it('a courier cost typed in words keeps that order in Pengiriman with the reason; the other ships and its cost is booked once however often they click', () => {
    const rt = approvedShop();
    const column = columnLetter(headerColumns(rt, SHIPPING_SHEET).get('courierCost') as number);
    const sitiRow = recordsOf(rt, SHIPPING_SHEET).findIndex((r) => r.orderId === SITI) + 2;
    rt.edit(SHIPPING_SHEET.name, `${column}${sitiRow}`, [['dua puluh ribu']], WAREHOUSE);

    clickOrders(rt, SHIPPING_SHEET, [SITI, RUDI], 'Tandai dikirim (resi)', WAREHOUSE);
    clickOrders(rt, SHIPPING_SHEET, [SITI, RUDI], 'Tandai dikirim (resi)', WAREHOUSE);

    expect(lastAlert(rt)).toContain(`${SITI}): Ongkir Kurir "dua puluh ribu" bukan jumlah Rupiah`);
    expect(recordsOf(rt, SHIPPING_SHEET).map((r) => [r.orderId, r.fulfilment])).toEqual([[SITI, 'Menunggu packing'], [RUDI, 'Sudah dikirim']]);

    rt.edit(SHIPPING_SHEET.name, `${column}${sitiRow}`, [['20.000']], WAREHOUSE);
    clickOrders(rt, SHIPPING_SHEET, [SITI], 'Tandai dikirim (resi)', WAREHOUSE);
    clickOrders(rt, SHIPPING_SHEET, [SITI], 'Tandai dikirim (resi)', WAREHOUSE);

    expect(recordsOf(rt, LEDGER_SHEET).filter((e) => String(e.entryId).startsWith('KR-')).map((e) => [e.entryId, e.amount])).toEqual([['KR-TK-2611-0001', 20000]]);
  });
});
