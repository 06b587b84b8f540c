/** The order use cases on the local runtime's services (no bundle): selection, prompts, writes, call counts. */
import { LocalRuntime } from '../../emulator/runtime';
import { NOW } from '../../test/e2e/pipeline-fixtures';
import {
  appendRecords, fillShop, orderIds, OWNER, recordsOf, selectRows, setSetting, sheetOrder, typedOrder, typeRows, WAREHOUSE_MAIL,
} from '../../test/e2e/pipeline-shop';
import { APPROVAL_SHEET, DONE_SHEET, LEDGER_SHEET, LOG_SHEET, ORDERS_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../sheets/schema';
import { approveOrders } from './approve-orders';
import { confirmOrders } from './confirm-orders';
import { rejectOrders } from './reject-orders';
import { setup } from './setup';
import { shipOrders } from './ship-orders';

let rt: LocalRuntime;
let restore: () => void;

beforeEach(() => {
  rt = LocalRuntime.create({ now: NOW, owner: OWNER });
  restore = rt.installGlobals();
  rt.run(() => setup());
  setSetting(rt, 'Email gudang', WAREHOUSE_MAIL);
});
afterEach(() => restore());

const act = (action: () => void, user = OWNER) => rt.run(action, { user });
const lastAlert = () => rt.workbook.alerts.at(-1)?.message ?? '';

describe('Konfirmasi pesanan', () => {
  it('confirms only the selected rows and writes the new ID back before moving', () => {
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ customerName: 'A' }), typedOrder({ customerName: 'B' }), typedOrder({ customerName: 'C' })]);
    selectRows(rt, ORDERS_SHEET, [rows[0], rows[2]]);

    act(confirmOrders);

    expect(recordsOf(rt, APPROVAL_SHEET).map((r) => `${r.orderId} ${r.customerName}`)).toEqual(['TK-2611-0001 A', 'TK-2611-0002 C']);
    expect(recordsOf(rt, ORDERS_SHEET).map((r) => r.customerName)).toEqual(['B']);
  });

  it('running it again on the emptied selection says there is nothing there and changes nothing', () => {
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    selectRows(rt, ORDERS_SHEET, rows);
    act(confirmOrders);
    const stock = rt.workbook.values(STOCK_SHEET.name);

    act(confirmOrders);

    expect(lastAlert()).toBe('Tidak ada pesanan di baris yang dipilih. Pilih baris pesanan di sheet CS · Pesanan, lalu coba lagi.');
    expect(rt.workbook.values(STOCK_SHEET.name)).toEqual(stock);
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);
  });
});

describe('Approve order', () => {
  it('cancelling the order-ID prompt changes nothing', () => {
    appendRecords(rt, APPROVAL_SHEET, [sheetOrder('TK-1', { fulfilment: 'Menunggu approval' })]);
    rt.workbook.select(LOG_SHEET.name, 'A1');
    rt.workbook.answerNext({ button: 'CANCEL' });

    act(approveOrders);

    expect(lastAlert()).toBe('Approve order dibatalkan. Tidak ada yang diubah.');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-1']);
  });

  it('an order ID that is not in Approval is named', () => {
    rt.workbook.select(LOG_SHEET.name, 'A1');
    rt.workbook.answerNext({ button: 'OK', text: 'TK-404' });

    act(approveOrders);

    expect(lastAlert()).toBe('Pesanan TK-404 tidak ditemukan di Keuangan · Approval. Tidak ada yang diubah.');
  });

  it('takes the same number of service calls with 10 and with 500 rows in every sheet', () => {
    const callsWith = (rows: number): number => {
      restore();
      rt = LocalRuntime.create({ now: NOW, owner: OWNER });
      restore = rt.installGlobals();
      rt.run(() => setup());
      fillShop(rt, rows, { orders: [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET], ledger: LEDGER_SHEET, stock: STOCK_SHEET, log: LOG_SHEET });
      const first = appendRecords(rt, APPROVAL_SHEET, [sheetOrder('NEW-1', { fulfilment: 'Menunggu approval' }), sheetOrder('NEW-2', { fulfilment: 'Menunggu approval' })]);
      selectRows(rt, APPROVAL_SHEET, [first, first + 1]);
      rt.state.resetCallCounts();
      act(approveOrders);
      expect(orderIds(rt, SHIPPING_SHEET).slice(-2)).toEqual(['NEW-1', 'NEW-2']);
      return rt.callCounts().total;
    };

    expect(callsWith(10)).toBe(callsWith(500));
  });
});

describe('Tolak pesanan', () => {
  it('needs a reason: an empty one changes nothing', () => {
    const rows = typeRows(rt, ORDERS_SHEET, [typedOrder()]);
    selectRows(rt, ORDERS_SHEET, rows);
    act(confirmOrders);
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.workbook.answerNext({ button: 'OK', text: '   ' });

    act(rejectOrders);

    expect(lastAlert()).toBe('Tolak pesanan perlu alasan. Tidak ada yang diubah.');
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0001']);
  });
});

describe('Tandai dikirim (resi)', () => {
  it('asks courier and resi for one order whose row lacks them', () => {
    const first = appendRecords(rt, SHIPPING_SHEET, [sheetOrder('TK-7', { fulfilment: 'Sudah dikemas' })]);
    selectRows(rt, SHIPPING_SHEET, [first]);
    rt.workbook.answerNext({ button: 'OK', text: 'sicepat' });
    rt.workbook.answerNext({ button: 'OK', text: '000123456789' });

    act(shipOrders);

    expect(recordsOf(rt, SHIPPING_SHEET)[0]).toMatchObject({ courier: 'SiCepat', trackingNumber: '000123456789', fulfilment: 'Sudah dikirim', trackingLink: 'https://www.sicepat.com/checkAwb?awb=000123456789' });
    expect(rt.workbook.alerts.filter((a) => a.kind === 'prompt').map((a) => a.message)).toEqual([
      'Kurir untuk TK-7 (JNE, J&T, SiCepat, AnterAja, Pos Indonesia, GoSend):',
      'No. resi untuk TK-7:',
    ]);
  });

  it('orders selected together need courier and resi in their rows; those without stay and say so', () => {
    const first = appendRecords(rt, SHIPPING_SHEET, [
      sheetOrder('TK-8', { fulfilment: 'Sudah dikemas', courier: 'JNE', trackingNumber: 'JP555666777' }),
      sheetOrder('TK-9', { fulfilment: 'Sudah dikemas' }),
    ]);
    selectRows(rt, SHIPPING_SHEET, [first, first + 1]);

    act(shipOrders);

    expect(recordsOf(rt, SHIPPING_SHEET).map((r) => `${r.orderId} ${r.fulfilment}`)).toEqual(['TK-8 Sudah dikirim', 'TK-9 Sudah dikemas']);
    expect(lastAlert()).toContain('Baris 3 (TK-9): isi kolom Kurir dan Resi dulu');
  });
});
