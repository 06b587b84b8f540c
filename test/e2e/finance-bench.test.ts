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
    expect(large.serviceCalls).toBeLessThanOrEqual(34);
    // Pengaturan and the report sheet looked up by name; Pengiriman, Selesai, Kas and Stok are read as named
    // ranges of only the columns the report needs (no lookup); no Properties.
    expect(large.callsByMethod['Spreadsheet.getSheetByName']).toBe(2);
    expect(Object.keys(large.callsByMethod).filter((method) => method.startsWith('Properties'))).toEqual([]);
  });
});
