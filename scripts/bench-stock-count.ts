/**
 * What Toko → Stock opname costs: the bench's 500 SKUs (scripts/bench-shop.ts), with 1, 50 and all 500 of
 * them counted (every count a loss of one unit, so each books a cash-book entry), over a cash book of 200
 * and of 10,000 rows. Gudang · Stok is read once, the entries are looked up with one TextFinder and
 * appended as one block, and the stock rows are written as one block: the calls must not grow with the
 * SKUs counted nor with the cash book's history.
 */
import { LocalRuntime } from '../emulator/runtime';
import { jakartaInstant } from '../src/domain/jakarta-time';
import { LEDGER_SHEET, STOCK_SHEET } from '../src/sheets/schema';
import { headerColumns, openShop } from '../test/e2e/pipeline-shop';
import { appendHost, catalogue, clearHost, fitRows, measure, Measurement, stockOf } from './bench-shop';

/** One measured Stock opname. */
export interface StockCountMeasurement extends Measurement {
  readonly counted: number;
  readonly ledgerRows: number;
}

/** The numbers of SKUs counted in one Stock opname. */
export const COUNTED_SKUS = [1, 50, 500] as const;
/** The cash-book sizes compared. */
export const LEDGER_HISTORIES = [200, 10_000] as const;

/** A shop after Setup with the bench's 500 SKUs and `ledgerRows` old cash-book rows. */
function stockShop(ledgerRows: number): LocalRuntime {
  const rt = openShop();
  clearHost(rt, STOCK_SHEET);
  appendHost(rt, STOCK_SHEET, stockOf(catalogue(), new Map(), new Map()));
  fitRows(rt, STOCK_SHEET);
  const day = jakartaInstant(2026, 1, 2);
  appendHost(rt, LEDGER_SHEET, Array.from({ length: ledgerRows }, (_, i) => ({ entryId: `X-${i + 1}`, date: day, type: 'Pengeluaran', category: 'Operasional', amount: 1000 + i, reference: '', note: 'lama', by: 'owner@toko.test' })));
  fitRows(rt, LEDGER_SHEET);
  return rt;
}

/** The warehouse types counts on the first `count` SKUs (one unit lost each, reason Hilang), host-side. */
function typeCounts(rt: LocalRuntime, count: number): void {
  const columns = headerColumns(rt, STOCK_SHEET);
  const onHand = rt.workbook.values(STOCK_SHEET.name).slice(1, count + 1).map((row) => Number(row[(columns.get('onHand') as number) - 1]));
  rt.run(() => {
    const sheet = rt.workbook.spreadsheet.getSheetByName(STOCK_SHEET.name) as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange(2, columns.get('countedQty') as number, count, 1).setValues(onHand.map((n) => [n - 1]));
    sheet.getRange(2, columns.get('countReason') as number, count, 1).setValues(onHand.map(() => ['Hilang']));
  });
}

/** Stock opname of 1, 50 and 500 SKUs over each cash-book size; measured. */
export function benchStockCount(histories: readonly number[] = LEDGER_HISTORIES): StockCountMeasurement[] {
  const results: StockCountMeasurement[] = [];
  for (const ledgerRows of histories) {
    for (const counted of COUNTED_SKUS) {
      const rt = stockShop(ledgerRows);
      typeCounts(rt, counted);
      const alerts = rt.workbook.alerts.length;
      const measured = measure(rt, () => rt.clickMenu('Stock opname'));
      const message = String(rt.workbook.alerts.at(-1)?.message ?? '');
      if (rt.workbook.alerts.length === alerts || !message.startsWith(`Stock opname: ${counted} SKU dihitung`)) throw new Error(`bench: Stock opname of ${counted} SKUs did not go through: ${message}`);
      results.push({ ...measured, counted, ledgerRows });
    }
  }
  return results;
}

/** The table for docs/benchmarks.md. */
export function formatStockCountTable(rows: readonly StockCountMeasurement[]): string {
  return [
    '| Stock opname | Cash-book rows before | Service calls | Cells read |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.counted} SKU(s) counted, each a loss booked | ${r.ledgerRows.toLocaleString('en-US')} | ${r.serviceCalls} | ${r.cellsRead.toLocaleString('en-US')} |`),
  ].join('\n');
}
