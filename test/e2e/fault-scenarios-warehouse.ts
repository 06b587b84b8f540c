/**
 * The warehouse's checks for the fault-injection suite, on the small pipeline shop of fault-scenarios.ts:
 * Stock opname (counts typed in Gudang · Stok, booked once at cost) and the packing check (Tandai dikemas
 * on two orders, only one of them ticked Dicek).
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec, STOCK_SHEET } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import type { PipelineShopKit } from './fault-scenarios-marketing';
import { columnLetter, headerColumns, recordsOf, selectRows } from './pipeline-shop';

/** A person types one cell of a data row, found by its column's header. */
function typeCell(rt: LocalRuntime, spec: SheetSpec, key: string, row: number, value: string, user: string): void {
  rt.edit(spec.name, `${columnLetter(headerColumns(rt, spec).get(key) as number)}${row}`, [[value]], user);
}

function click(rt: LocalRuntime, kit: PipelineShopKit, spec: SheetSpec, keys: readonly string[], caption: string, user: string): void {
  const rows = kit.rowsHolding(rt, spec, keys);
  if (rows.length === 0) return;
  selectRows(rt, spec, rows);
  rt.clickMenu(caption, user);
}

/** The warehouse scenarios, built on the pipeline shop. */
export function warehouseScenarios(kit: PipelineShopKit): FaultScenario[] {
  const arranged = (steps: ReadonlyArray<(rt: LocalRuntime) => void>) => () => {
    const rt = kit.shop();
    for (const step of steps) step(rt);
    rt.state.resetCallCounts();
    return rt;
  };
  const confirmAll = (rt: LocalRuntime) => click(rt, kit, ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso', 'Citra Lestari'], 'Konfirmasi pesanan', kit.people.cs);
  const approveSitiAndBudi = (rt: LocalRuntime) => click(rt, kit, APPROVAL_SHEET, [kit.ids.siti, kit.ids.budi], 'Approve order', kit.people.finance);
  /** Agus counted: two black shirts missing, one cap more than the sheet said. */
  const typeCounts = (rt: LocalRuntime) => {
    const rowOf = (sku: string) => recordsOf(rt, STOCK_SHEET).findIndex((r) => r.sku === sku) + 2;
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOf('KAOS-HTM-L'), '18', kit.people.warehouse);
    typeCell(rt, STOCK_SHEET, 'countReason', rowOf('KAOS-HTM-L'), 'Hilang', kit.people.warehouse);
    typeCell(rt, STOCK_SHEET, 'countedQty', rowOf('TOPI-01'), '11', kit.people.warehouse);
    typeCell(rt, STOCK_SHEET, 'countReason', rowOf('TOPI-01'), 'Salah hitung', kit.people.warehouse);
  };
  const tickSiti = (rt: LocalRuntime) => typeCell(rt, SHIPPING_SHEET, 'checked', kit.rowsHolding(rt, SHIPPING_SHEET, [kit.ids.siti])[0], 'Ya', kit.people.warehouse);
  const countStock = (rt: LocalRuntime) => {
    rt.clickMenu('Stock opname', kit.people.warehouse);
  };
  const pack = (rt: LocalRuntime) => click(rt, kit, SHIPPING_SHEET, [kit.ids.siti, kit.ids.budi], 'Tandai dikemas (packing)', kit.people.warehouse);
  return [
    {
      action: 'Stock opname',
      story: 'With Siti\'s, Budi\'s and Citra\'s orders holding stock, the warehouse counted 18 black shirts (20 on hand, 2 lost) and 11 caps (10 on hand, a miscount): on hand becomes the counts, Rp80.000 lost and Rp20.000 found are booked once as Penyesuaian Stok, Di-booking stays.',
      arrange: arranged([confirmAll, typeCounts]),
      act: countStock,
      rerun: countStock,
    },
    {
      action: 'Tandai dikemas (packing check)',
      story: 'The warehouse ticked Dicek on Siti\'s order only and marks Siti\'s and Budi\'s orders packed: Siti\'s is packed, Budi\'s waits, unchecked.',
      arrange: arranged([confirmAll, approveSitiAndBudi, tickSiti]),
      act: pack,
      rerun: pack,
    },
  ];
}
