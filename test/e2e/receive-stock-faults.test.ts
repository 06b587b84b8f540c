/**
 * Terima stok against failures, on the built bundle: a failure injected at every service call of a
 * clean run, then the person clicks again. Each receipt ends up applied exactly once: stock exact, one
 * expense, the PO line right — whether the line was received in full or in part.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { LEDGER_SHEET, PURCHASES_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { receivePoOne, recordsOf, shopWithPoTyped } from './finance-fixtures';

const PO = PURCHASES_SHEET.name;
/** The seeded shop (PO-1: 10 T-shirts ordered, KAOS-HTM-L 20 on hand), optionally with `Terima Sekarang` typed on PO-1. */
const shopWithArrival = (receiveNow?: number): LocalRuntime => shopWithPoTyped(receiveNow === undefined ? {} : { receiveNow: String(receiveNow) });
const receive = receivePoOne;

/** What must be exact: the T-shirt's stock and cost, the stock-purchase expenses, and PO-1's line. */
function snapshot(rt: LocalRuntime) {
  const stock = recordsOf(rt, STOCK_SHEET.name).find((r) => r.SKU === 'KAOS-HTM-L')!;
  const line = recordsOf(rt, PO).find((r) => r['ID PO'] === 'PO-1')!;
  return {
    stock: `${stock['Stok Fisik']}/${stock['Di-booking']}/${stock.Tersedia} @${stock['Harga Pokok']}`,
    expenses: recordsOf(rt, LEDGER_SHEET.name).filter((r) => r.Kategori === 'Pembelian stok').map((r) => `${r.ID} ${r.Jumlah}`),
    line: `${line['Qty Diterima']}/${line.Qty} ${line.Status} [${line['Terima Sekarang']}]`,
  };
}

/**
 * Runs `receive` with a failure at service call `k`: `once` throws at that call only (code that catches
 * it may go on), `dies` throws at it and at every later call of the run. Returns the method that failed.
 */
function failAt(rt: LocalRuntime, k: number, mode: 'once' | 'dies'): string | undefined {
  let method: string | undefined;
  const remove = rt.state.addCallHook((name, callNumber) => {
    if (callNumber < k || (mode === 'once' && callNumber > k)) return;
    method ??= name;
    throw new Error(`Injected failure at ${name}`);
  });
  try {
    receive(rt);
  } catch {
    // Apps Script shows the error; the person clicks again
  } finally {
    remove();
  }
  return method;
}

describe('Terima stok after a failure (built bundle)', () => {
  it('the run fails after the expense is booked and before the stock is written: clicking again adds the 10 units once', () => {
    const rt = shopWithArrival();
    let setValues = 0;
    const remove = rt.state.addCallHook((method) => {
      // 1st setValues: the expense in Keuangan · Kas; the 2nd is the stock row
      if (method === 'Range.setValues' && ++setValues === 2) throw new Error('Service Spreadsheets timed out');
    });
    expect(() => receive(rt)).toThrow('timed out');
    remove();
    expect(snapshot(rt).expenses).toEqual(['PB-PO-1-KAOS-HTM-L-10 460000']);

    receive(rt);

    expect(snapshot(rt)).toEqual({
      stock: '30/2/28 @42000',
      expenses: ['PB-PO-1-KAOS-HTM-L-10 460000'],
      line: '10/10 Diterima []',
    });
  });

  it('a partial receipt of 4 fails after everything was written: clicking again receives nothing more and books no second expense', () => {
    const rt = shopWithArrival(4);
    const remove = rt.state.addCallHook((method) => {
      if (method === 'SpreadsheetApp.flush') throw new Error('Service Spreadsheets failed');
    });
    expect(() => receive(rt)).toThrow('failed');
    remove();

    receive(rt);

    expect(snapshot(rt)).toEqual({
      stock: '24/2/22 @41000',
      expenses: ['PB-PO-1-KAOS-HTM-L-4 184000'],
      line: '4/10 Sebagian diterima []',
    });
    expect(rt.workbook.alerts.pop()?.message).toContain('4 dari 10 sudah diterima');
  });

  describe.each([
    ['the whole line (Terima Sekarang blank)', 'throws once', undefined],
    ['the whole line (Terima Sekarang blank)', 'the run dies', undefined],
    ['part of the line (Terima Sekarang 4)', 'throws once', 4],
    ['part of the line (Terima Sekarang 4)', 'the run dies', 4],
  ] as const)('receiving %s when a service call fails (%s), then a click again: the end state of one clean run', (_label, failure, receiveNow) => {
    const mode = failure === 'throws once' ? 'once' : 'dies';
    const clean = (() => {
      const rt = shopWithArrival(receiveNow);
      receive(rt);
      return { state: snapshot(rt), calls: rt.callCounts().total };
    })();

    it(`at every one of the ${clean.calls} service calls`, () => {
      const failedAt: string[] = [];
      const different: string[] = [];
      for (let k = 1; k <= clean.calls; k++) {
        const rt = shopWithArrival(receiveNow);
        const method = failAt(rt, k, mode);
        failedAt.push(method ?? '(none)');

        receive(rt);

        const state = snapshot(rt);
        if (JSON.stringify(state) !== JSON.stringify(clean.state)) different.push(`${k} ${method}: ${JSON.stringify(state)}`);
      }
      expect(different).toEqual([]);
      expect(failedAt).not.toContain('(none)');
      expect(failedAt).toEqual(expect.arrayContaining(['Sheet.getSheetValues', 'Range.setValues', 'Range.setNumberFormats', 'SpreadsheetApp.flush']));
    });
  });
});
