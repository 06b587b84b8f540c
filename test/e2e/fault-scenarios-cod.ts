/**
 * COD returns and the COD risk flag, for the fault-injection suite: the small pipeline shop of
 * fault-scenarios.ts, where Budi's order is the COD one. Tandai retur on Budi's shipped parcel (one cap
 * came back damaged), and Konfirmasi pesanan of a new COD order from Budi after an earlier return (the
 * tally written host-side, as Tandai retur leaves it).
 */
import { LocalRuntime } from '../../emulator/runtime';
import { emptyTally, jakartaDay, recordCodOutcomes, tallyToGrid } from '../../src/domain/cod-tally';
import { APPROVAL_SHEET, COD_TALLY_SHEET, ORDERS_SHEET, SHIPPING_SHEET, SheetSpec } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import type { PipelineShopKit } from './fault-scenarios-marketing';
import { NOW } from './pipeline-fixtures';
import { columnLetter, headerColumns, selectRows, typeRows } from './pipeline-shop';

function click(rt: LocalRuntime, kit: PipelineShopKit, spec: SheetSpec, keys: readonly string[], caption: string, user: string): void {
  const rows = kit.rowsHolding(rt, spec, keys);
  if (rows.length === 0) return;
  selectRows(rt, spec, rows);
  rt.clickMenu(caption, user);
}

function typeInto(rt: LocalRuntime, spec: SheetSpec, key: string, row: number, value: string, user: string): void {
  const column = headerColumns(rt, spec).get(key) as number;
  rt.edit(spec.name, `${columnLetter(column)}${row}`, [[value]], user);
}

/** The COD scenarios, built on the pipeline shop. */
export function codScenarios(kit: PipelineShopKit): FaultScenario[] {
  const { cs, finance, warehouse } = kit.people;
  const { siti, budi } = kit.ids;
  /** Siti's and Budi's orders confirmed, approved, packed and shipped (resi typed); Budi's row says one cap came back damaged. */
  const budiShipped = () => {
    const rt = kit.shop();
    click(rt, kit, ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso'], 'Konfirmasi pesanan', cs);
    click(rt, kit, APPROVAL_SHEET, [siti, budi], 'Approve order', finance);
    click(rt, kit, SHIPPING_SHEET, [siti, budi], 'Tandai dikemas (packing)', warehouse);
    for (const [id, resi] of [[siti, 'JP1000000001'], [budi, 'JP1000000002']]) typeInto(rt, SHIPPING_SHEET, 'trackingNumber', kit.rowsHolding(rt, SHIPPING_SHEET, [id])[0], resi, warehouse);
    click(rt, kit, SHIPPING_SHEET, [siti, budi], 'Tandai dikirim (resi)', warehouse);
    typeInto(rt, SHIPPING_SHEET, 'damagedItems', kit.rowsHolding(rt, SHIPPING_SHEET, [budi])[0], 'TOPI-01 x1', warehouse);
    rt.state.resetCallCounts();
    return rt;
  };
  const returnBudi = (rt: LocalRuntime) => click(rt, kit, SHIPPING_SHEET, [budi], 'Tandai retur', warehouse);
  /** Budi returned a COD parcel last month (the tally as Tandai retur leaves it) and orders again, COD. */
  const budiOrdersAgain = () => {
    const rt = kit.shop();
    const tally = recordCodOutcomes(emptyTally(), [{ orderId: 'TK-2610-0007', kind: 'returned', phone: '6281311112222', city: 'depok', day: jakartaDay(NOW) - 20 }], jakartaDay(NOW) - 20).tally;
    rt.run(() => {
      const sheet = rt.workbook.spreadsheet.insertSheet(COD_TALLY_SHEET.name);
      if (sheet.getMaxRows() < 501) sheet.insertRowsAfter(sheet.getMaxRows(), 501 - sheet.getMaxRows());
      sheet.getRange(1, 1, 501, 3).setValues([COD_TALLY_SHEET.columns.map((c) => c.header), ...tallyToGrid(tally)]);
    });
    typeRows(rt, ORDERS_SHEET, [{ customerName: 'Budi Santoso (lagi)', phone: '0813 1111 2222', address: 'Jl. Kenari 2, Depok', channel: 'WA', items: 'TOPI-01 x1', variantConfirmed: 'Ya', paymentMethod: 'COD', courier: 'JNE', shippingCost: '12000' }]);
    rt.state.resetCallCounts();
    return rt;
  };
  const confirmBudiAgain = (rt: LocalRuntime) => click(rt, kit, ORDERS_SHEET, ['Budi Santoso (lagi)', 'Siti Aminah'], 'Konfirmasi pesanan', cs);
  return [
    {
      action: 'Tandai retur',
      story: 'Budi\'s shipped COD parcel comes back with one of its two caps damaged: it moves to Selesai as Retur, one cap back on hand and one to Stok Rusak, the return shipping booked once, the COD tally counts the return.',
      arrange: budiShipped,
      act: returnBudi,
      rerun: returnBudi,
    },
    {
      action: 'Konfirmasi pesanan (COD risk)',
      story: 'Budi, who sent a COD parcel back last month, orders again by COD (his number typed another way) together with Siti\'s transfer order: his order reaches Approval flagged in Risiko COD.',
      arrange: budiOrdersAgain,
      act: confirmBudiAgain,
      rerun: confirmBudiAgain,
    },
  ];
}
