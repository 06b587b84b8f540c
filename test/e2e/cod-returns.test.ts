/**
 * COD returns and the COD risk flag end to end on the built bundle, through the menu: a COD parcel shipped
 * and sent back (Tandai retur: stock back, damaged units apart, return shipping booked, no income), then
 * the same customer's next COD order flagged at Konfirmasi pesanan and held at Approve order until finance
 * writes Cek COD = Ya; and a city whose COD parcels keep coming back.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, COD_TALLY_SHEET, CONTACTS_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET } from '../../src/sheets/schema';
import { columnLetter, headerColumns, OWNER, openShop, orderIds, recordsOf, selectRows, setSetting, typedOrder, typeRows } from './pipeline-shop';

/** A person sets one cell of a row, found by header. */
function setCell(rt: LocalRuntime, sheet: SheetSpec, row: number, key: string, value: string, user = OWNER): void {
  const column = headerColumns(rt, sheet).get(key) as number;
  rt.edit(sheet.name, `${columnLetter(column)}${row}`, [[value]], user);
}

const stockOf = (rt: LocalRuntime, sku: string) => {
  const row = recordsOf(rt, STOCK_SHEET).find((r) => r.sku === sku) as Record<string, unknown>;
  return { onHand: row.onHand, reserved: row.reserved, damaged: row.damaged };
};

const lastAlert = (rt: LocalRuntime): string => rt.workbook.alerts.at(-1)?.message ?? '';
const lastToast = (rt: LocalRuntime): string => rt.workbook.toasts.at(-1)?.message ?? '';

/** Types COD orders, confirms, approves, packs and ships them (resi typed in the rows); returns the shop. */
export function shipCodOrders(rt: LocalRuntime, orders: ReadonlyArray<Record<string, string>>): void {
  const rows = typeRows(rt, ORDERS_SHEET, orders.map((changes) => typedOrder({ paymentMethod: 'COD', courier: 'JNE', ...changes })));
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan');
  const approval = recordsOf(rt, APPROVAL_SHEET).map((_, i) => i + 2);
  selectRows(rt, APPROVAL_SHEET, approval);
  rt.clickMenu('Approve order');
  const shipping = recordsOf(rt, SHIPPING_SHEET).map((_, i) => i + 2);
  for (const row of shipping) setCell(rt, SHIPPING_SHEET, row, 'trackingNumber', `JNE00${row}123`);
  selectRows(rt, SHIPPING_SHEET, shipping);
  rt.clickMenu('Tandai dikirim (resi)');
}

describe('COD returns and risk on the built bundle', () => {
  it('a COD parcel that comes back goes to Selesai as Retur: good goods back on hand, the damaged one apart, the return shipping booked, no income', () => {
    const rt = openShop();
    shipCodOrders(rt, [{ items: 'KAOS-HTM-L x2, TOPI-01 x1' }]);
    expect(stockOf(rt, 'KAOS-HTM-L')).toMatchObject({ onHand: 18, reserved: 0 });
    setCell(rt, SHIPPING_SHEET, 2, 'damagedItems', 'topi-01 x1');

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai retur');

    expect(lastToast(rt)).toContain('1 paket COD diretur');
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([]);
    expect(recordsOf(rt, DONE_SHEET)).toEqual([expect.objectContaining({ orderId: 'TK-2611-0001', fulfilment: 'Retur', paymentStatus: 'Belum bayar', returnCost: 18000, damagedItems: 'topi-01 x1' })]);
    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 20, reserved: 0, damaged: 0 });
    expect(stockOf(rt, 'TOPI-01')).toEqual({ onHand: 9, reserved: 0, damaged: 1 });
    // The courier's fee out (booked at Tandai dikirim) and the fee back (Tandai retur); no income.
    expect(recordsOf(rt, LEDGER_SHEET)).toEqual([
      expect.objectContaining({ entryId: 'KR-TK-2611-0001', type: 'Pengeluaran', category: 'Ongkir', amount: 18000 }),
      expect.objectContaining({ entryId: 'RT-TK-2611-0001', type: 'Pengeluaran', category: 'Ongkir', amount: 18000, reference: 'TK-2611-0001' }),
    ]);
    expect(recordsOf(rt, LOG_SHEET).filter((l) => l.action === 'Tandai retur')).toEqual([
      expect.objectContaining({ orderId: 'TK-2611-0001', details: expect.stringContaining('rusak: TOPI-01 x1') }),
    ]);
    expect(rt.workbook.spreadsheet.getSheetByName(COD_TALLY_SHEET.name)?.isSheetHidden()).toBe(true);
  });

  it('the same customer’s next COD order is flagged at Konfirmasi and held at Approve until finance writes Cek COD = Ya', () => {
    const rt = openShop();
    shipCodOrders(rt, [{}]);
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai retur');

    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ phone: '+62 812 3456 7890', paymentMethod: 'COD', items: 'TOPI-01 x1' })]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');
    expect(lastAlert(rt)).toContain('TK-2611-0002: COD berisiko — pelanggan pernah retur COD 1x');
    expect(recordsOf(rt, APPROVAL_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0002', codRisk: 'pelanggan pernah retur COD 1x' });

    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0002']);
    expect(lastAlert(rt)).toContain('COD berisiko (pelanggan pernah retur COD 1x)');

    setCell(rt, APPROVAL_SHEET, 2, 'codChecked', 'Ya');
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([]);
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0002']);
  });

  it('a flagged order paid by transfer instead needs no COD check', () => {
    const rt = openShop();
    shipCodOrders(rt, [{}]);
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai retur');
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD', items: 'TOPI-01 x1' })]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');

    setCell(rt, APPROVAL_SHEET, 2, 'paymentMethod', 'Transfer');
    setCell(rt, APPROVAL_SHEET, 2, 'paymentStatus', 'Lunas');
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0002']);
  });

  it('a city whose COD parcels keep coming back flags a new customer there, once enough COD orders were counted', () => {
    const rt = openShop();
    setSetting(rt, 'Min. pesanan COD kota', '4');
    setSetting(rt, 'Batas retur COD kota (%)', '40');
    const people = ['0811-1111-1111', '0811-2222-2222', '0811-3333-3333', '0811-4444-4444'];
    shipCodOrders(rt, people.map((phone) => ({ phone, items: 'TOPI-01 x1', address: 'Jl. Mawar 2, Kota Medan 20111' })));
    selectRows(rt, SHIPPING_SHEET, [2, 3]);
    rt.clickMenu('Tandai diterima');
    selectRows(rt, SHIPPING_SHEET, [2, 3]);
    rt.clickMenu('Tandai retur');
    expect(recordsOf(rt, DONE_SHEET).map((r) => r.fulfilment)).toEqual(['Diterima', 'Diterima', 'Retur', 'Retur']);

    const rows = typeRows(rt, ORDERS_SHEET, [
      typedOrder({ phone: '0811-5555-5555', paymentMethod: 'COD', items: 'TOPI-01 x1', address: 'Jl. Baru 9, Medan' }),
      typedOrder({ phone: '0811-6666-6666', paymentMethod: 'COD', items: 'TOPI-01 x1', address: 'Jl. Baru 9, Bandung' }),
    ]);
    selectRows(rt, ORDERS_SHEET, rows);
    rt.clickMenu('Konfirmasi pesanan');

    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => [r.orderId, r.codRisk])).toEqual([
      ['TK-2611-0005', 'retur COD Medan 50% dalam 90 hari (2 dari 4; batas 40%)'],
      ['TK-2611-0006', ''],
    ]);
  });

  it('Perbarui kontak counts the return on the customer’s contact, and the sidebar’s summary shows it', async () => {
    const rt = openShop();
    shipCodOrders(rt, [{}]);
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai retur');

    rt.clickMenu('Perbarui kontak');

    expect(recordsOf(rt, CONTACTS_SHEET)).toEqual([expect.objectContaining({ phone: '6281234567890', orderCount: 0, codReturns: 1 })]);
    const found = (await rt.scriptRun('searchCustomer', '0812 3456 7890')) as { ok: boolean; value: { sections: Array<{ id: string; items: Array<{ text: string }> }> } };
    const summary = found.value.sections.find((s) => s.id === 'ringkasan');
    expect(summary?.items.map((i) => i.text)).toContain('Retur COD: 1 (TK-2611-0001)');
  });
});
