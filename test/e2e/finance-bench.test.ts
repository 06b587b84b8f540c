/**
 * The performance contract of the monthly report, on the built bundle: its service calls do not grow
 * with the number of orders and ledger rows (the full-size figures are in docs/benchmarks.md).
 */
import { benchReportOnce } from '../../scripts/bench-report';

describe('the monthly report’s service calls', () => {
  it('are the same for 200 orders and for 5,000 orders with 2,500 ledger rows', () => {
    const small = benchReportOnce(200, 100);
    const large = benchReportOnce(5000, 2500);

    expect(large.serviceCalls).toBe(small.serviceCalls);
    expect(large.callsByMethod).toEqual(small.callsByMethod);
    // 34 for the report itself, 10 for its mail through the transactional outbox: open Outbox (4), append
    // the mail as Menunggu before the sheet is stamped (4), mark it Terkirim after the send (2).
    expect(large.serviceCalls).toBeLessThanOrEqual(44);
    // Five sheets read (Pengaturan, Pengiriman, Selesai, Kas, Stok), the report sheet and the Outbox looked up; no Properties.
    expect(large.callsByMethod['Spreadsheet.getSheetByName']).toBe(7);
    expect(Object.keys(large.callsByMethod).filter((method) => method.startsWith('Properties'))).toEqual([]);
  });
});
