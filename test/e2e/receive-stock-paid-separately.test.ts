/**
 * Terima stok of a PO line paid separately (`Bayar Terpisah: Ya`), on the built bundle: the goods and the
 * cost price change as usual and no cash is booked; a failure at any service call, then a click again,
 * ends where one clean run ends; a run twice receives nothing twice.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { LEDGER_SHEET, PURCHASES_SHEET, STOCK_SHEET } from '../../src/sheets/schema';
import { receivePoOne, recordsOf, shopWithPoTyped } from './finance-fixtures';

const PO = PURCHASES_SHEET.name;
/** The seeded shop with 4 of PO-1's 10 T-shirts arriving, on credit from the supplier. */
const shopWithCreditArrival = (): LocalRuntime => shopWithPoTyped({ paidSeparately: 'Ya', receiveNow: '4' });
const receive = receivePoOne;

function snapshot(rt: LocalRuntime) {
  const stock = recordsOf(rt, STOCK_SHEET.name).find((r) => r.SKU === 'KAOS-HTM-L')!;
  const line = recordsOf(rt, PO).find((r) => r['ID PO'] === 'PO-1')!;
  return {
    stock: `${stock['Stok Fisik']}/${stock.Tersedia} @${stock['Harga Pokok']}`,
    cashRows: recordsOf(rt, LEDGER_SHEET.name).length,
    line: `${line['Qty Diterima']}/${line.Qty} ${line.Status} [${line['Terima Sekarang']}]`,
  };
}

describe('Terima stok of a line paid separately (built bundle)', () => {
  it('adds the 4 units at the new average cost, books no cash, and says the payment is finance’s to book', () => {
    const rt = shopWithCreditArrival();

    receive(rt);

    // 20 at 40.000 + 4 at 46.000 → 984.000 ÷ 24 = 41.000; the four seeded cash-book rows stay four.
    expect(snapshot(rt)).toEqual({ stock: '24/22 @41000', cashRows: 4, line: '4/10 Sebagian diterima []' });
    expect(rt.workbook.alerts.at(-1)?.message).toContain('tidak ada Pembelian stok baru yang dicatat');
    expect(rt.workbook.alerts.at(-1)?.message).toContain('Bayar Terpisah: kas tidak dicatat');
  });

  it('a failure at any service call, then a click again: the end state of one clean run', () => {
    const clean = shopWithCreditArrival();
    receive(clean);
    const want = snapshot(clean);
    const calls = clean.callCounts().total;
    const different: string[] = [];
    for (let k = 1; k <= calls; k++) {
      const rt = shopWithCreditArrival();
      const remove = rt.state.addCallHook((name, callNumber) => {
        if (callNumber >= k) throw new Error(`Injected failure at ${name}`);
      });
      try {
        receive(rt);
      } catch {
        // the person sees the error and clicks again
      } finally {
        remove();
      }
      receive(rt);
      if (JSON.stringify(snapshot(rt)) !== JSON.stringify(want)) different.push(`${k}: ${JSON.stringify(snapshot(rt))}`);
    }
    expect(different).toEqual([]);
  });
});
