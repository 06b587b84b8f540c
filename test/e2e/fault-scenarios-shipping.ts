/**
 * Issue 12's shipping and marketplace paths for the fault-injection suite, on the small pipeline shop of
 * fault-scenarios.ts: Tandai dikirim of a Shopee order beside a WA one (a courier cost booked for one, none
 * for the other), and Catat pencairan of Citra's delivered Shopee order with Shopee's fee in Pengaturan.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { APPROVAL_SHEET, ORDERS_SHEET, PAYOUT_SHEET, SETTINGS_SHEET, SHIPPING_SHEET, SheetSpec } from '../../src/sheets/schema';
import type { FaultScenario } from './fault-harness';
import { columnLetter, headerColumns, selectRows, typeRows } from './pipeline-shop';

/** What the scenarios need of fault-scenarios.ts (passed in, so neither file imports the other's list). */
export interface ShippingShopKit {
  readonly shop: () => LocalRuntime;
  readonly rowsHolding: (rt: LocalRuntime, spec: SheetSpec, keys: readonly string[]) => number[];
  readonly ids: { readonly siti: string; readonly budi: string; readonly citra: string };
  readonly people: { readonly cs: string; readonly finance: string; readonly warehouse: string };
}

/** Citra's expected payout: goods 85.000 − (6,5% = 5.525, + 1.250) = 78.225. */
const CITRA_PAYOUT = 78225;

function click(rt: LocalRuntime, kit: ShippingShopKit, spec: SheetSpec, keys: readonly string[], caption: string, user: string): void {
  const rows = kit.rowsHolding(rt, spec, keys);
  if (rows.length === 0) return;
  selectRows(rt, spec, rows);
  rt.clickMenu(caption, user);
}

/** Types `value` into column `key` of the rows holding `keys`. */
function typeInto(rt: LocalRuntime, kit: ShippingShopKit, spec: SheetSpec, keys: readonly string[], key: string, value: string, user: string): void {
  const column = columnLetter(headerColumns(rt, spec).get(key) as number);
  for (const row of kit.rowsHolding(rt, spec, keys)) rt.edit(spec.name, `${column}${row}`, [[value]], user);
}

/** The shipping scenarios, built on the pipeline shop. */
export function shippingScenarios(kit: ShippingShopKit): FaultScenario[] {
  const { siti, citra } = kit.ids;
  const { cs, finance, warehouse } = kit.people;
  /** Siti's WA order and Citra's Shopee order (paid), approved and packed, with resi typed; Shopee's fee in Pengaturan. */
  const packedShop = (): LocalRuntime => {
    const rt = kit.shop();
    typeRows(rt, SETTINGS_SHEET, [{ marketplace: 'Shopee', marketplaceFeePercent: '6,5', marketplaceFixedFee: '1250' }]);
    click(rt, kit, ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso', 'Citra Lestari'], 'Konfirmasi pesanan', cs);
    typeInto(rt, kit, APPROVAL_SHEET, [citra], 'paymentStatus', 'Lunas', finance);
    click(rt, kit, APPROVAL_SHEET, [siti, citra], 'Approve order', finance);
    click(rt, kit, SHIPPING_SHEET, [siti, citra], 'Tandai dikemas (packing)', warehouse);
    typeInto(rt, kit, SHIPPING_SHEET, [siti], 'trackingNumber', 'JP1000000001', warehouse);
    typeInto(rt, kit, SHIPPING_SHEET, [citra], 'trackingNumber', 'JP1000000003', warehouse);
    return rt;
  };
  const ship = (rt: LocalRuntime) => click(rt, kit, SHIPPING_SHEET, [siti, citra], 'Tandai dikirim (resi)', warehouse);
  const payout = (rt: LocalRuntime) => {
    selectRows(rt, PAYOUT_SHEET, [2]);
    rt.clickMenu('Catat pencairan', finance);
  };
  return [
    {
      action: 'Tandai dikirim (resi) (ongkir kurir)',
      story: 'The warehouse ships Siti\'s WA order (courier cost Rp18.000 booked as KR-…) and Citra\'s Shopee order (Shopee pays its courier: nothing booked).',
      arrange: () => {
        const rt = packedShop();
        rt.state.resetCallCounts();
        return rt;
      },
      act: ship,
      rerun: ship,
    },
    {
      action: 'Catat pencairan',
      story: 'Finance records Shopee\'s payout of Citra\'s delivered order, Rp1.000 short of the Rp78.225 expected: one PC-… entry, the order marked paid out, the row Dicatat with its difference.',
      arrange: () => {
        const rt = packedShop();
        ship(rt);
        click(rt, kit, SHIPPING_SHEET, [siti, citra], 'Tandai diterima', warehouse);
        typeRows(rt, PAYOUT_SHEET, [{ date: '28/11/2026', marketplace: 'Shopee', amount: String(CITRA_PAYOUT - 1000), orders: citra }], finance);
        rt.state.resetCallCounts();
        return rt;
      },
      act: payout,
      rerun: payout,
    },
  ];
}
