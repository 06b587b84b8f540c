/**
 * Management's evening digest, the monthly report with ads and targets, and marketing's price comparison,
 * for the fault-injection suite: the small pipeline shop of fault-scenarios.ts (passed in as the marketing
 * scenarios' kit) with the day's orders confirmed, ads in the cash book, a target in Rencana and
 * competitor prices in Marketing · Riset.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { DONE_SHEET, LEDGER_SHEET, ORDERS_SHEET, PLAN_SHEET, RESEARCH_SHEET } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import type { PipelineShopKit } from './fault-scenarios-marketing';
import { appendRecords, selectRows, sheetOrder, typeRows } from './pipeline-shop';

/** The management and marketing-research scenarios, built on the pipeline shop. */
export function managementScenarios(kit: PipelineShopKit): FaultScenario[] {
  const confirmed = (now: number) => {
    const rt = kit.shop(now);
    selectRows(rt, ORDERS_SHEET, kit.rowsHolding(rt, ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso']));
    rt.clickMenu('Konfirmasi pesanan', kit.people.cs);
    return rt;
  };
  const digest = (rt: LocalRuntime) => {
    rt.call('dailyDigestTrigger', [], { mode: 'time-trigger' });
  };
  const report = (rt: LocalRuntime) => {
    rt.workbook.answerNext({ button: 'OK', text: '2026-11' });
    rt.clickMenu('Buat laporan bulanan sekarang', kit.people.finance);
  };
  const compare = (rt: LocalRuntime) => {
    rt.clickMenu('Bandingkan harga');
  };
  return [
    {
      action: 'dailyDigestTrigger',
      story: 'On 28 November at 20.00 the evening trigger mails the owner the day (Siti\'s and Budi\'s orders confirmed, Citra\'s waiting) under the day\'s key and rebuilds the dashboard; the rerun is the trigger again.',
      arrange: () => {
        const rt = confirmed(jakartaInstant(2026, 11, 28, 20));
        rt.state.resetCallCounts();
        return rt;
      },
      act: digest,
      rerun: digest,
    },
    {
      action: 'Buat laporan bulanan sekarang (iklan, target)',
      story: 'Finance builds November\'s report of a shop that paid Meta (typed "FB Ads") and Shopee ads and set November\'s targets ("2 juta" revenue): ads per channel and targets in the sheet and the mail; the rerun is finance clicking again.',
      arrange: () => {
        const rt = kit.shop();
        const at = jakartaInstant(2026, 11, 10, 10);
        appendRecords(rt, DONE_SHEET, [
          sheetOrder('TK-2611-0201', { channel: 'WA', orderDate: at, approvedAt: at, deliveredAt: at + 86_400_000 }),
          sheetOrder('TK-2611-0202', { channel: 'Shopee', orderDate: at, approvedAt: at, deliveredAt: at + 86_400_000 }),
        ]);
        typeRows(rt, LEDGER_SHEET, [
          { entryId: 'IK-1', date: '05/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '150000', adChannel: 'FB Ads' },
          { entryId: 'IK-2', date: '06/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '50000', adChannel: 'Shopee' },
        ]);
        typeRows(rt, PLAN_SHEET, [{ targetMonth: '2026-11', targetOrders: '10', targetRevenue: '2 juta', targetAdSpend: '150rb' }]);
        rt.state.resetCallCounts();
        return rt;
      },
      act: report,
      rerun: report,
    },
    {
      action: 'Bandingkan harga',
      story: 'The owner compares prices after marketing logged three competitor prices (one typed "72rb", one a word it cannot read): Marketing · Harga is rebuilt, the T-shirt flagged; the rerun is the owner clicking again.',
      arrange: () => {
        const rt = kit.shop();
        typeRows(rt, RESEARCH_SHEET, [
          { date: '20/11/2026', kind: 'Kompetitor', subject: 'Kaos Murah ID', theirPrice: '72rb', ourSku: 'KAOS-HTM-L', channel: 'Shopee' },
          { date: '21/11/2026', kind: 'Kompetitor', subject: 'Topi Keren', theirPrice: '49.000', ourSku: 'TOPI-01' },
          { date: '23/11/2026', kind: 'Kompetitor', subject: 'Toko X', theirPrice: 'murah', ourSku: 'TOPI-01' },
        ]);
        rt.state.resetCallCounts();
        return rt;
      },
      act: compare,
      rerun: compare,
    },
  ];
}
