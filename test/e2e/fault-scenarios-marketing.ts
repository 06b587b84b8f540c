/**
 * Marketing's actions and the promo paths of the order actions, for the fault-injection suite: the small
 * pipeline shop of fault-scenarios.ts with a promo in Marketing · Promo whose code Siti's and Budi's orders carry.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, ORDERS_SHEET, PROMO_SHEET, SheetSpec } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import { columnLetter, headerColumns, selectRows, typeRows } from './pipeline-shop';

/** What the marketing scenarios need of fault-scenarios.ts (passed in, so neither file imports the other's list). */
export interface PipelineShopKit {
  readonly shop: () => LocalRuntime;
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
  ];
}
