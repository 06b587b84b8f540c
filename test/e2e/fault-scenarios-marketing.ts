/**
 * Marketing's actions and the promo paths of the order actions, for the fault-injection suite: the small
 * pipeline shop of fault-scenarios.ts with a promo in Marketing · Promo whose code Siti's and Budi's orders carry.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { APPROVAL_SHEET, CONTENT_SHEET, DONE_SHEET, ORDERS_SHEET, PROMO_SHEET, SheetSpec } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import { appendRecords, columnLetter, headerColumns, selectRows, sheetOrder, typeRows } from './pipeline-shop';

/** What the marketing scenarios need of fault-scenarios.ts (passed in, so neither file imports the other's list). */
export interface PipelineShopKit {
  readonly shop: (now?: number) => LocalRuntime;
  readonly rowsHolding: (rt: LocalRuntime, spec: SheetSpec, keys: readonly string[]) => number[];
  readonly ids: { readonly siti: string; readonly budi: string; readonly citra: string };
  readonly people: { readonly cs: string; readonly finance: string; readonly warehouse: string };
}

/** Marketing's November promo: 10% off from Rp50.000, WA and Instagram, 5 uses. */
function typePromo(rt: LocalRuntime): void {
  typeRows(rt, PROMO_SHEET, [{ code: 'GAJIAN10', name: 'Promo gajian', kind: 'Persen', value: '10', minPurchase: '50000', start: '1/11/2026', end: '30/11/2026', channels: 'WA, Instagram', quota: '5', status: 'Aktif' }]);
}

/** CS typed the code on Siti's order in lower case with a space, and on Budi's as marketing wrote it. */
function typeCodes(kit: PipelineShopKit, rt: LocalRuntime): void {
  const column = headerColumns(rt, ORDERS_SHEET).get('promoCode') as number;
  const [siti] = kit.rowsHolding(rt, ORDERS_SHEET, ['Siti Aminah']);
  const [budi] = kit.rowsHolding(rt, ORDERS_SHEET, ['Budi Santoso']);
  rt.edit(ORDERS_SHEET.name, `${columnLetter(column)}${siti}`, [['gajian 10']]);
  rt.edit(ORDERS_SHEET.name, `${columnLetter(column)}${budi}`, [['GAJIAN10']]);
}

function click(rt: LocalRuntime, kit: PipelineShopKit, spec: SheetSpec, keys: readonly string[], caption: string, user: string, answer?: string): void {
  const rows = kit.rowsHolding(rt, spec, keys);
  if (rows.length === 0) return;
  selectRows(rt, spec, rows);
  if (answer !== undefined) rt.workbook.answerNext({ button: 'OK', text: answer });
  rt.clickMenu(caption, user);
}

/** The marketing scenarios, built on the pipeline shop. */
export function marketingScenarios(kit: PipelineShopKit): FaultScenario[] {
  const promoShop = (more: (rt: LocalRuntime) => void = () => undefined) => () => {
    const rt = kit.shop();
    typePromo(rt);
    typeCodes(kit, rt);
    more(rt);
    rt.state.resetCallCounts();
    return rt;
  };
  const confirmWithPromo = (rt: LocalRuntime) => click(rt, kit, ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso'], 'Konfirmasi pesanan', kit.people.cs);
  const rejectWithPromo = (rt: LocalRuntime) => click(rt, kit, APPROVAL_SHEET, [kit.ids.siti, kit.ids.budi], 'Tolak pesanan', kit.people.finance, 'Bukti transfer palsu');
  return [
    {
      action: 'Konfirmasi pesanan (promo)',
      story: 'CS confirms Siti\'s and Budi\'s orders carrying promo GAJIAN10 (typed "gajian 10" on Siti\'s): 10% lands in Diskon, the promo counts two uses.',
      arrange: promoShop(),
      act: confirmWithPromo,
      rerun: confirmWithPromo,
    },
    {
      action: 'Tolak pesanan (promo)',
      story: 'Finance rejects Siti\'s and Budi\'s confirmed promo orders: they go back to CS and the promo gets both uses back.',
      arrange: promoShop(confirmWithPromo),
      act: rejectWithPromo,
      rerun: rejectWithPromo,
    },
    {
      action: 'Perbarui kontak',
      story: 'Marketing refreshed the contacts after two deliveries; two more arrived since (one a customer already listed, her phone typed another way): the refresh counts the two new orders.',
      arrange: () => {
        const rt = kit.shop();
        appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0101', '0812-3456-7890', 2), delivered('TK-2611-0102', '0813-1111-2222', 3)]);
        rt.clickMenu('Perbarui kontak');
        appendRecords(rt, DONE_SHEET, [delivered('TK-2611-0103', '+62 812 3456 7890', 9), delivered('TK-2611-0104', '0857-3333-4444', 10)]);
        rt.state.resetCallCounts();
        return rt;
      },
      act: refresh,
      rerun: refresh,
    },
    {
      action: 'contentDigestTrigger',
      story: 'On Monday 30 November 08.00 WIB the weekly trigger mails marketing one post due this week, one late and one live last week; the rerun is the trigger running again.',
      arrange: () => {
        const rt = kit.shop(jakartaInstant(2026, 11, 30, 8));
        typeRows(rt, CONTENT_SHEET, [
          { date: '2/12/2026', platform: 'Instagram', topic: 'Batik tulis', status: 'Dijadwalkan' },
          { date: '25/11/2026', platform: 'TikTok', topic: 'Cara merawat batik', status: 'Draft' },
          { date: '27/11/2026', platform: 'Instagram', topic: 'Promo gajian', status: 'Tayang', reach: '1200' },
        ]);
        rt.state.resetCallCounts();
        return rt;
      },
      act: digest,
      rerun: digest,
    },
  ];
}

const refresh = (rt: LocalRuntime) => {
  rt.clickMenu('Perbarui kontak');
};
const digest = (rt: LocalRuntime) => {
  rt.call('contentDigestTrigger', [], { mode: 'time-trigger' });
};

/** A delivered order in Gudang · Selesai, as the pipeline leaves it. */
function delivered(orderId: string, phone: string, day: number): Record<string, string | number> {
  return sheetOrder(orderId, { phone, customerName: `Pelanggan ${orderId}`, address: 'Jl. Melati 5, Bandung', orderDate: jakartaInstant(2026, 11, day) });
}
