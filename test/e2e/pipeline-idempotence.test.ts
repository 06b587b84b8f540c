/**
 * Approve order under stress on the built bundle: a second user approving the same orders at any
 * moment of the first one's run, and a failure injected at every service call followed by a rerun.
 * Either way: each order moves once, one ledger entry, one packing list; nothing lost.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, LEDGER_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { confirmTwoForApproval, FINANCE, openShop, orderIds, OWNER, recordsOf, selectRows, setTeam } from './pipeline-shop';

const SECOND_FINANCE = 'budi@toko.test';

/** A shop with two confirmed orders waiting in Approval: TK-2611-0001 paid by transfer, TK-2611-0002 COD. */
function shopWithTwoOrdersToApprove(): LocalRuntime {
  const rt = openShop();
  setTeam(rt, [
    { email: FINANCE, name: 'Rina', division: 'Keuangan' },
    { email: SECOND_FINANCE, name: 'Budi', division: 'Keuangan' },
  ]);
  return confirmTwoForApproval(rt);
}

/** The state the tests compare: the order sheets, the ledger, the stock, and which orders each sent mail lists. */
function snapshot(rt: LocalRuntime) {
  return {
    approval: orderIds(rt, APPROVAL_SHEET),
    shipping: orderIds(rt, SHIPPING_SHEET),
    ledger: recordsOf(rt, LEDGER_SHEET).map((e) => `${e.entryId} ${e.amount}`),
    stock: recordsOf(rt, STOCK_SHEET).map((s) => `${s.sku} ${s.onHand}/${s.reserved}`),
    mailed: rt.outbox.flatMap((mail) => mail.subject.match(/TK-\d{4}-\d{4}/g) ?? []).sort(),
  };
}

const approveByFinance = (rt: LocalRuntime, user = FINANCE): void => {
  rt.clickMenu('Approve order', user);
};

describe('Approve order is safe against a second user and against failures', () => {
  const expected = (() => {
    const rt = shopWithTwoOrdersToApprove();
    approveByFinance(rt);
    return { state: snapshot(rt), calls: rt.callCounts().total };
  })();

  it('a clean run moves both orders, records one income and mails one packing list', () => {
    expect(expected.state).toEqual({
      approval: [],
      shipping: ['TK-2611-0001', 'TK-2611-0002'],
      ledger: ['PJ-TK-2611-0001 238000'],
      stock: ['KAOS-HTM-L 20/2', 'KAOS-PTH-M 15/0', 'TOPI-01 10/3'],
      mailed: ['TK-2611-0001', 'TK-2611-0002'],
    });
  });

  it('two users approving the same orders at once: exactly one move, one ledger entry, one e-mail — at every moment', () => {
    for (let k = 1; k <= expected.calls; k++) {
      const rt = shopWithTwoOrdersToApprove();
      let fired = false;
      rt.state.addCallHook((_method, callNumber) => {
        if (fired || callNumber !== k) return;
        fired = true;
        approveByFinance(rt, SECOND_FINANCE);
      });

      approveByFinance(rt);

      expect({ k, ...snapshot(rt) }).toEqual({ k, ...expected.state });
      expect(rt.outbox).toHaveLength(1);
    }
  });

  it('a failure at any service call, then a rerun: consistent, nothing duplicated or lost', () => {
    const failedAt: string[] = [];
    for (let k = 1; k <= expected.calls; k++) {
      const rt = shopWithTwoOrdersToApprove();
      const remove = rt.state.addCallHook((method, callNumber) => {
        if (callNumber === k) {
          failedAt.push(method);
          throw new Error(`Injected failure at ${method}`);
        }
      });
      try {
        approveByFinance(rt);
      } catch (e) {
        // the failed run: Apps Script shows the error; the person clicks again
      }
      remove();

      selectRows(rt, APPROVAL_SHEET, [2, 3]);
      approveByFinance(rt);
      rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });

      expect({ k, method: failedAt[k - 1], ...snapshot(rt) }).toEqual({ k, method: failedAt[k - 1], ...expected.state });
    }
    expect(failedAt).toHaveLength(expected.calls);
    expect(failedAt).toEqual(expect.arrayContaining(['Range.getValues', 'Sheet.deleteRows', 'MailApp.sendEmail']));
  });
});
