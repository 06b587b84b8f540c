/**
 * While a person types an answer (a reject reason), Toko holds no lock: the rest of the team keeps
 * working, and the action then runs on what the sheets hold after the answer.
 */
import { APPROVAL_SHEET, ORDERS_SHEET, SHIPPING_SHEET } from '../../src/sheets/schema';
import { FINANCE, openShop, orderIds, recordsOf, selectRows, setTeam, typedOrder, typeRows } from './pipeline-shop';

const SECOND_FINANCE = 'budi@toko.test';

function shopWithTwoPaidOrdersInApproval() {
  const rt = openShop();
  setTeam(rt, [
    { email: 'dewi@toko.test', name: 'Dewi', division: 'CS' },
    { email: FINANCE, name: 'Rina', division: 'Keuangan' },
    { email: SECOND_FINANCE, name: 'Budi', division: 'Keuangan' },
  ]);
  const rows = typeRows(rt, ORDERS_SHEET, [typedOrder({ paymentStatus: 'Lunas' }), typedOrder({ paymentStatus: 'Lunas', customerName: 'Budi Santoso' })]);
  selectRows(rt, ORDERS_SHEET, rows);
  rt.clickMenu('Konfirmasi pesanan', 'dewi@toko.test');
  return rt;
}

/** Runs `meanwhile` when the prompt opens, as another person, then restores the first person's selection. */
function whileThePromptIsOpen(rt: ReturnType<typeof openShop>, meanwhile: () => void): void {
  let done = false;
  rt.state.addCallHook((method) => {
    if (done || method !== 'Ui.prompt') return;
    done = true;
    meanwhile();
    selectRows(rt, APPROVAL_SHEET, [2]);
  });
}

describe('asking a question holds no lock', () => {
  it('another finance person approves an order while Rina types a reject reason', () => {
    const rt = shopWithTwoPaidOrdersInApproval();
    whileThePromptIsOpen(rt, () => {
      selectRows(rt, APPROVAL_SHEET, [3]);
      rt.clickMenu('Approve order', SECOND_FINANCE);
    });

    rt.workbook.answerNext({ button: 'OK', text: 'Nominal tidak sesuai' });
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Tolak pesanan', FINANCE);

    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0002']);
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual([]);
    expect(recordsOf(rt, ORDERS_SHEET)[0]).toMatchObject({ orderId: 'TK-2611-0001', rejectReason: 'Nominal tidak sesuai' });
    expect(rt.workbook.alerts.filter((a) => a.kind === 'prompt')).toHaveLength(1);
  });

  it('an order approved by someone else while the reason is typed is not rejected: the question is asked again about what is selected now', () => {
    const rt = shopWithTwoPaidOrdersInApproval();
    whileThePromptIsOpen(rt, () => {
      selectRows(rt, APPROVAL_SHEET, [2]);
      rt.clickMenu('Approve order', SECOND_FINANCE);
    });

    rt.workbook.answerNext({ button: 'OK', text: 'Nominal tidak sesuai' });
    selectRows(rt, APPROVAL_SHEET, [2]);
    rt.clickMenu('Tolak pesanan', FINANCE);

    // After the answer the selected row holds TK-2611-0002: the reason was given for TK-2611-0001, so Toko asks again.
    const prompts = rt.workbook.alerts.filter((a) => a.kind === 'prompt');
    expect(prompts.map((p) => /TK-2611-000\d/.exec(p.message)?.[0])).toEqual(['TK-2611-0001', 'TK-2611-0002']);
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001']);
    expect(orderIds(rt, APPROVAL_SHEET)).toEqual(['TK-2611-0002']);
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([]);
  });
});
