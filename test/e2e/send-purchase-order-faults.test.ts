/**
 * Kirim PO ke supplier against failures, on the built bundle: a failure at every service call of a
 * clean run, then a click again and the hourly retry. The PO ends Dipesan, its e-mail reaches the
 * supplier at least once, and twice only when the failure came after the send and before its state
 * was recorded (the send state unknown).
 */
import { LocalRuntime } from '../../emulator/runtime';
import { OUTBOX_SHEET, PURCHASES_SHEET } from '../../src/sheets/schema';
import { FINANCE, recordsOf, shopWithPoTyped } from './finance-fixtures';

const PO = PURCHASES_SHEET.name;

/** The seeded shop with sending POs to suppliers on (PO-2 is a draft). */
const shopWithDraftPo = (): LocalRuntime => shopWithPoTyped({}, { sendPo: true });

function sendPo(rt: LocalRuntime): void {
  rt.workbook.select(PO, 'A3');
  rt.clickMenu('Toko > Kirim PO ke supplier', FINANCE);
}

function snapshot(rt: LocalRuntime) {
  return {
    status: recordsOf(rt, PO).find((r) => r['ID PO'] === 'PO-2')?.Status,
    outbox: recordsOf(rt, OUTBOX_SHEET.name).map((r) => `${r.ID} ${r.Status}`),
  };
}

describe('Kirim PO ke supplier after a failure (built bundle)', () => {
  const clean = (() => {
    const rt = shopWithDraftPo();
    sendPo(rt);
    return { state: snapshot(rt), calls: rt.callCounts().total, mails: rt.outbox.length };
  })();

  it('a clean run marks PO-2 Dipesan and mails it once, its send recorded in Outbox', () => {
    expect(clean).toMatchObject({ state: { status: 'Dipesan', outbox: ['po-PO-2 Terkirim'] }, mails: 1 });
  });

  it.each(['once', 'dies'] as const)('a failure at any service call (%s), then a click again and the retry: Dipesan, mailed at least once, twice only when its send state was unknown', (mode) => {
    const different: string[] = [];
    for (let k = 1; k <= clean.calls; k++) {
      const rt = shopWithDraftPo();
      let failedAt = '';
      let sentBefore = 0;
      const remove = rt.state.addCallHook((name, callNumber) => {
        if (callNumber < k || (mode === 'once' && callNumber > k)) return;
        if (!failedAt) {
          failedAt = name;
          sentBefore = rt.outbox.length;
        }
        throw new Error(`Injected failure at ${name}`);
      });
      try {
        sendPo(rt);
      } catch {
        // the person clicks again
      }
      remove();

      sendPo(rt);
      rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });

      const state = snapshot(rt);
      const mailsAllowed = sentBefore > 0 ? [1, 2] : [1];
      if (JSON.stringify(state) !== JSON.stringify(clean.state) || !mailsAllowed.includes(rt.outbox.length)) {
        different.push(`${k} ${failedAt}: ${JSON.stringify(state)} mails ${rt.outbox.length}`);
      }
    }
    expect(different).toEqual([]);
  });
});
