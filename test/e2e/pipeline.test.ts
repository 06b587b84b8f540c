/**
 * The order pipeline end to end on the built bundle, through the menu captions: one order from intake
 * to delivered, a rejected one, a cancelled one, and who may do what.
 */
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';
import {
  CS, FINANCE, headerColumns, columnLetter, OWNER, openShop, orderIds, recordsOf, selectRows, setTeam, tickChecked, typedOrder, typeRows, WAREHOUSE, WAREHOUSE_MAIL,
} from './pipeline-shop';
import { LocalRuntime } from '../../emulator/runtime';

const stockOf = (rt: LocalRuntime, sku: string) => {
  const row = recordsOf(rt, STOCK_SHEET).find((r) => r.sku === sku) as Record<string, unknown>;
  return { onHand: row.onHand, reserved: row.reserved, available: row.available };
};

/** A person sets one cell of an order row, found by header. */
function setCell(rt: LocalRuntime, sheet: typeof ORDERS_SHEET, row: number, key: string, value: string, user = OWNER): void {
  const column = headerColumns(rt, sheet).get(key) as number;
  rt.edit(sheet.name, `${columnLetter(column)}${row}`, [[value]], user);
}

const lastMessage = (rt: LocalRuntime): string => {
  const toasts = rt.workbook.toasts;
  return toasts.length ? toasts[toasts.length - 1].message : '';
};

describe('the order pipeline on the built bundle', () => {
  it('one transfer order goes from intake to delivered, with stock, ledger, e-mail and Log all right', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ courier: 'JNE', notes: 'Bungkus kado ya' })]);

    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');

    expect(orderIds(rt, ORDERS_SHEET)).toEqual([]);
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);
    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 20, reserved: 2, available: 18 });

    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Transfer belum lunas');
    expect(rt.outbox).toHaveLength(0);

    setCell(rt, APPROVAL_SHEET, 2, 'paymentStatus', 'Lunas');
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001']);
    expect(recordsOf(rt, SHIPPING_SHEET)[0]).toMatchObject({ fulfilment: 'Menunggu packing', approvedAt: NOW });
    expect(recordsOf(rt, LEDGER_SHEET)).toEqual([expect.objectContaining({ entryId: 'PJ-TK-2611-0001', type: 'Pemasukan', category: 'Penjualan', amount: 238000 })]);
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].to).toBe(WAREHOUSE_MAIL);
    expect(rt.outbox[0].htmlBody).toContain('Bungkus kado ya');
    expect(rt.outbox[0].body).toContain('Kaos Polos Hitam (L / Hitam)');

    tickChecked(rt, [2]);
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai dikemas (packing)');
    expect(recordsOf(rt, SHIPPING_SHEET)[0].fulfilment).toBe('Sudah dikemas');

    rt.workbook.answerNext({ button: 'OK', text: 'JP1234567890' });
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai dikirim (resi)');
    const shipped = recordsOf(rt, SHIPPING_SHEET)[0];
    expect(shipped).toMatchObject({ fulfilment: 'Sudah dikirim', courier: 'JNE', trackingNumber: 'JP1234567890', shippedAt: NOW });
    expect(shipped.trackingLink).toBe('https://www.jne.co.id/tracking-package?resi=JP1234567890');
    expect(String(shipped.waLink)).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Kak%20Siti/);
    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 18, reserved: 0, available: 18 });
    expect(stockOf(rt, 'TOPI-01')).toEqual({ onHand: 9, reserved: 0, available: 9 });
    // Issue 12: what the shop pays the courier (the order's Ongkir, nothing typed in Ongkir Kurir) is booked at shipping.
    expect(recordsOf(rt, LEDGER_SHEET).map((e) => [e.entryId, e.type, e.category, e.amount])).toEqual([
      ['PJ-TK-2611-0001', 'Pemasukan', 'Penjualan', 238000],
      ['KR-TK-2611-0001', 'Pengeluaran', 'Ongkir', 18000],
    ]);

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai diterima');

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual([]);
    expect(recordsOf(rt, DONE_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', fulfilment: 'Diterima', deliveredAt: NOW });
    expect(recordsOf(rt, LEDGER_SHEET)).toHaveLength(2);
    expect(recordsOf(rt, LOG_SHEET).map((l) => `${l.action}: ${l.from} → ${l.to}`)).toEqual([
      'Setup: undefined → undefined'.replace(/undefined/g, ''),
      'Konfirmasi pesanan: CS · Pesanan → Keuangan · Approval',
      'Approve order: Keuangan · Approval → Gudang · Pengiriman',
      'Tandai dikemas: Gudang · Pengiriman → Gudang · Pengiriman',
      'Tandai dikirim: Gudang · Pengiriman → Gudang · Pengiriman',
      'Tandai diterima: Gudang · Pengiriman → Gudang · Selesai',
    ]);
  });

  it('a COD order passes approval unpaid and its income is recorded at delivery', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD', courier: 'J&T', trackingNumber: 'JT0001122' })]);
    for (const [sheet, caption] of [[ORDERS_SHEET, 'Konfirmasi pesanan'], [APPROVAL_SHEET, 'Approve order'], [SHIPPING_SHEET, 'Tandai dikirim (resi)']] as const) {
      selectRows(rt, sheet, [sheet === ORDERS_SHEET ? row : 2]);
      rt.clickMenu(caption);
    }
    // No income before delivery; the courier cost is booked when the parcel leaves (issue 12).
    expect(recordsOf(rt, LEDGER_SHEET)).toEqual([expect.objectContaining({ entryId: 'KR-TK-2611-0001', type: 'Pengeluaran', amount: 18000 })]);

    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Tandai diterima');

    expect(recordsOf(rt, DONE_SHEET)[0]).toMatchObject({ paymentStatus: 'Lunas', fulfilment: 'Diterima' });
    expect(recordsOf(rt, LEDGER_SHEET)).toEqual([expect.objectContaining({ entryId: 'KR-TK-2611-0001' }), expect.objectContaining({ entryId: 'PJ-TK-2611-0001', amount: 238000 })]);
  });

  it('a rejected order goes back to CS with the reason and its stock is released', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');

    rt.workbook.answerNext({ button: 'OK', text: 'Bukti transfer tidak terbaca' });
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Tolak pesanan');

    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([]);
    expect(recordsOf(rt, ORDERS_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', fulfilment: 'Ditolak', rejectReason: 'Bukti transfer tidak terbaca' });
    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 20, reserved: 0, available: 20 });
    expect(lastMessage(rt)).toContain('1 pesanan ditolak');

    selectRows(rt, ORDERS_SHEET, [2]);
    rt.clickMenu('Konfirmasi pesanan');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);
    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 20, reserved: 2, available: 18 });
  });

  it('cancelling an approved order releases its stock and records the refund', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' })]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order');

    rt.workbook.answerNext({ button: 'OK', text: 'Pelanggan minta batal' });
    selectRows(rt, SHIPPING_SHEET, [2]);
    rt.clickMenu('Batalkan pesanan');

    expect(recordsOf(rt, DONE_SHEET)[0]).toMatchObject({ fulfilment: 'Dibatalkan', paymentStatus: 'Refund' });
    expect(stockOf(rt, 'KAOS-HTM-L')).toEqual({ onHand: 20, reserved: 0, available: 20 });
    expect(recordsOf(rt, LEDGER_SHEET).map((e) => `${e.entryId} ${e.type} ${e.amount}`)).toEqual(['PJ-TK-2611-0001 Pemasukan 238000', 'RF-TK-2611-0001 Pengeluaran 238000']);
  });

  it('with the selection elsewhere, Approve order asks for the order ID', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD' })]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan');

    rt.workbook.answerNext({ button: 'OK', text: 'tk-2611-0001' });
    rt.workbook.select(LOG_SHEET.name, 'A1');
    rt.clickMenu('Approve order');

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001']);
  });
});

describe('roles', () => {
  const team = [
    { email: CS, name: 'Dewi', division: 'CS' },
    { email: FINANCE, name: 'Rina', division: 'Keuangan' },
    { email: WAREHOUSE, name: 'Agus', division: 'Gudang' },
  ];

  it('someone outside Finance cannot approve; Finance can', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD' })]);
    setTeam(rt, team);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan', CS);

    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order', WAREHOUSE);
    expect(rt.workbook.alerts.at(-1)?.message).toBe('Approve order hanya untuk divisi Keuangan. agus@toko.test terdaftar di divisi Gudang.');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);

    rt.clickMenu('Approve order', FINANCE);
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001']);
  });

  it('a blank or unknown user is refused once a team is listed', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    setTeam(rt, team);
    selectRows(rt, ORDERS_SHEET, [row]);

    rt.clickMenu('Konfirmasi pesanan', '');
    expect(rt.workbook.alerts.at(-1)?.message).toContain('tidak bisa membaca e-mail Anda');
    rt.clickMenu('Konfirmasi pesanan', 'tamu@gmail.com');
    expect(rt.workbook.alerts.at(-1)?.message).toContain('tamu@gmail.com tidak terdaftar');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([]);
  });

  it('with nobody listed the owner does every step alone', () => {
    const rt = openShop();
    const [row] = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentMethod: 'COD' })]);
    selectRows(rt, ORDERS_SHEET, [row]);
    rt.clickMenu('Konfirmasi pesanan', OWNER);
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Approve order', OWNER);

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001']);
  });
});
