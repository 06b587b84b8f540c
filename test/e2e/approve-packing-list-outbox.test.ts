/**
 * Approve order's packing list through the transactional outbox, on the built bundle: the list is in
 * Outbox with the orders it reports, so a run that dies before the send, a spent quota or a batch too
 * big for one cell never loses it, and the user is told what really happened to it.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, LEDGER_SHEET, OUTBOX_SHEET, SHIPPING_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { NOW } from './pipeline-fixtures';
import { appendRecords, confirmTwoForApproval, openShop, orderIds, OWNER, recordsOf, selectRows, sheetOrder, WAREHOUSE_MAIL } from './pipeline-shop';
import { diesIn, runDiesAt } from './run-dies';

const DAY = 24 * 60 * 60 * 1000;

/** A shop with two confirmed orders selected in Approval: TK-2611-0001 paid by transfer, TK-2611-0002 COD. */
function shopWithTwoOrdersToApprove(): LocalRuntime {
  const rt = openShop();
  return confirmTwoForApproval(rt);
}

const approve = (rt: LocalRuntime) => rt.clickMenu('Approve order', OWNER);
const retryTrigger = (rt: LocalRuntime) => rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });
/** Order IDs on the packing lists the warehouse received, one entry per list that named them. */
const packed = (rt: LocalRuntime) => rt.outbox.flatMap((mail) => mail.body.match(/^== (TK-\d{4}-\d{4}) ==$/gm) ?? []).map((line) => line.slice(3, -3)).sort();

describe('Approve order never loses the packing list', () => {
  it('the run dies right before MailApp.sendEmail: the orders moved, and the hourly retry sends the packing list exactly once', () => {
    const rt = shopWithTwoOrdersToApprove();
    const revive = runDiesAt(rt, 'MailApp.sendEmail');

    expect(diesIn(() => approve(rt))).toBe(true);
    revive();
    expect(orderIds(rt, SHIPPING_SHEET)).toEqual(['TK-2611-0001', 'TK-2611-0002']);
    expect(rt.outbox).toHaveLength(0);

    selectRows(rt, APPROVAL_SHEET, [2, 3]);
    approve(rt);
    retryTrigger(rt);
    retryTrigger(rt);

    expect(packed(rt)).toEqual(['TK-2611-0001', 'TK-2611-0002']);
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0].recipients).toEqual([WAREHOUSE_MAIL]);
    expect(rt.outbox[0].subject).toBe('[Toko Saya] Packing list: 2 pesanan disetujui (TK-2611-0001, TK-2611-0002)');
    expect(recordsOf(rt, OUTBOX_SHEET)).toEqual([expect.objectContaining({ status: 'Terkirim' })]);
  });

  it('with the quota spent, the message says the packing list was NOT sent and waits in Outbox — not that it went to the warehouse', () => {
    const rt = shopWithTwoOrdersToApprove();
    rt.mailQuota.spend(100);

    approve(rt);

    const message = rt.workbook.alerts.at(-1)?.message ?? '';
    expect(message).not.toContain('dikirim ke gudang');
    expect(message).not.toContain('terkirim ke');
    expect(message).toContain('2 pesanan di-approve dan dipindah ke Gudang · Pengiriman: TK-2611-0001, TK-2611-0002.');
    expect(message).toContain('E-mail BELUM terkirim — kuota e-mail hari ini habis: "Packing list: 2 pesanan disetujui (TK-2611-0001, TK-2611-0002)"');
    expect(message).toContain('tersimpan di sheet Outbox (Menunggu) dan dikirim otomatis');
    expect(recordsOf(rt, OUTBOX_SHEET)).toEqual([expect.objectContaining({ status: 'Menunggu', attempts: 0 })]);
  });

  it('with the Outbox sheet deleted and the quota spent, the Outbox is made again and the packing list waits there, then goes out', () => {
    const rt = shopWithTwoOrdersToApprove();
    rt.run(() => rt.workbook.spreadsheet.deleteSheet(rt.workbook.spreadsheet.getSheetByName(OUTBOX_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet));
    selectRows(rt, APPROVAL_SHEET, [2, 3]); // deleting a sheet makes another one active
    rt.mailQuota.spend(100);

    approve(rt);
    expect(recordsOf(rt, OUTBOX_SHEET)).toEqual([expect.objectContaining({ status: 'Menunggu' })]);
    rt.state.setNow(NOW + DAY);
    retryTrigger(rt);

    expect(packed(rt)).toEqual(['TK-2611-0001', 'TK-2611-0002']);
  });

  it('when it goes out, the message says so, to whom', () => {
    const rt = shopWithTwoOrdersToApprove();

    approve(rt);

    expect(rt.workbook.toasts.at(-1)?.message).toBe(
      '2 pesanan di-approve dan dipindah ke Gudang · Pengiriman: TK-2611-0001, TK-2611-0002.\n' +
        `E-mail terkirim ke ${WAREHOUSE_MAIL}: "Packing list: 2 pesanan disetujui (TK-2611-0001, TK-2611-0002)".`,
    );
  });

  it('120 orders with long notes approved while the quota is spent: every order reaches the warehouse, in parts that each fit a cell, HTML included', () => {
    const rt = openShop();
    const notes = `Tolong dibungkus rapi & diberi kartu ucapan "Selamat ulang tahun, semoga sehat selalu" — ${'mohon cek warna sebelum dikirim; '.repeat(12)}`;
    const first = appendRecords(rt, APPROVAL_SHEET, Array.from({ length: 120 }, (_, i) => sheetOrder(`TK-2611-${String(i + 1).padStart(4, '0')}`, { fulfilment: 'Menunggu approval', notes })));
    selectRows(rt, APPROVAL_SHEET, Array.from({ length: 120 }, (_, i) => first + i));
    rt.mailQuota.spend(100);

    approve(rt);

    const rows = recordsOf(rt, OUTBOX_SHEET);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(String(row.body).length).toBeLessThanOrEqual(50000);
      expect(String(row.htmlBody)).toContain('</table>');
      expect(row.status).toBe('Menunggu');
    }

    rt.state.setNow(NOW + DAY);
    retryTrigger(rt);

    expect(packed(rt)).toHaveLength(120);
    expect(new Set(packed(rt)).size).toBe(120);
    expect(rt.outbox.map((m) => m.subject.match(/bagian \d+\/\d+/)?.[0])).toEqual(rows.map((_, i) => `bagian ${i + 1}/${rows.length}`));
    expect(rt.outbox.every((m) => (m.htmlBody ?? '').includes(`<h3`))).toBe(true);
  });
});

describe('Approve order: the run dies at any service call, then a rerun and the hourly retry', () => {
  const clean = (() => {
    const rt = shopWithTwoOrdersToApprove();
    const methods: string[] = [];
    rt.state.addCallHook((method) => methods.push(method));
    approve(rt);
    const sendAt = methods.indexOf('MailApp.sendEmail') + 1;
    return {
      calls: rt.callCounts().total,
      // Calls after the send up to its Terkirim write: a run that dies there leaves a sent mail looking unsent.
      unrecorded: (k: number) => k > sendAt && k <= methods.indexOf('Range.setValues', sendAt) + 1,
      state: { shipping: orderIds(rt, SHIPPING_SHEET), ledger: recordsOf(rt, LEDGER_SHEET).map((e) => e.entryId), stock: recordsOf(rt, STOCK_SHEET).map((s) => `${s.sku} ${s.onHand}/${s.reserved}`) },
    };
  })();

  it('every order moves once with one income and is on a packing list; a second copy only when the send state was unknown', () => {
    const died: string[] = [];
    for (let k = 1; k <= clean.calls; k++) {
      const rt = shopWithTwoOrdersToApprove();
      const revive = runDiesAt(rt, (method, n) => {
        if (n === k) died.push(method);
        return n === k;
      });
      diesIn(() => approve(rt));
      revive();

      selectRows(rt, APPROVAL_SHEET, [2, 3]);
      approve(rt);
      retryTrigger(rt);

      const at = { k, method: died[k - 1] };
      const state = { shipping: orderIds(rt, SHIPPING_SHEET), ledger: recordsOf(rt, LEDGER_SHEET).map((e) => e.entryId), stock: recordsOf(rt, STOCK_SHEET).map((s) => `${s.sku} ${s.onHand}/${s.reserved}`) };
      expect({ ...at, ...state }).toEqual({ ...at, ...clean.state });
      expect({ ...at, packed: [...new Set(packed(rt))] }).toEqual({ ...at, packed: ['TK-2611-0001', 'TK-2611-0002'] });
      const plain = rt.outbox.filter((m) => !m.subject.startsWith('[Kirim ulang]'));
      expect({ ...at, plainCopies: plain.length <= (clean.unrecorded(k) ? 2 : 1), copies: rt.outbox.length <= 2 }).toEqual({ ...at, plainCopies: true, copies: true });
    }
    expect(died).toEqual(expect.arrayContaining(['MailApp.sendEmail', 'Sheet.deleteRows', 'Range.setValues']));
  });
});
