/**
 * The small shops the fault-injection suite runs each action in. Each shop is written host-side into a
 * freshly loaded bundle (no Setup run: Setup alone costs more than an action), then the earlier steps of
 * the order's way are done through the menu, so every order, stock trail and ID is the product's own.
 */
import { LocalRuntime } from '../../emulator/runtime';
import { jakartaInstant } from '../../src/domain/jakarta-time';
import { ALL_SHEETS, APPROVAL_SHEET, COMPLAINTS_SHEET, DONE_SHEET, ORDERS_SHEET, PURCHASES_SHEET, SHIPPING_SHEET, SheetSpec } from '../../src/sheets/schema';
import { FINANCE_NOW, seedShop, writeSheet } from './finance-fixtures';
import type { FaultScenario } from './fault-harness';
import { marketingScenarios } from './fault-scenarios-marketing';
import { warehouseScenarios } from './fault-scenarios-warehouse';
import { codScenarios } from './fault-scenarios-cod';
import { contactScenarios } from './fault-scenarios-contacts';
import { managementScenarios } from './fault-scenarios-management';
import { shippingScenarios } from './fault-scenarios-shipping';
import { NOW } from './pipeline-fixtures';
import { columnLetter, headerColumns, recordsOf, selectRows } from './pipeline-shop';
import { clickOnRow, COMPLAINT_NOW, complaintShop, ORDER, PEOPLE as COMPLAINT_PEOPLE, sitiComplaint } from './complaint-shop';

const J = jakartaInstant;
type Row = Record<string, string | number>;

/** The people of the small shop (the owner is the spreadsheet's owner). */
export const PEOPLE = {
  owner: 'owner@toko.test',
  cs: 'dewi@toko.test',
  finance: 'rina@toko.test',
  warehouse: 'agus@toko.test',
  warehouseMail: 'gudang@toko.test',
} as const;

const TEAM = [
  { email: PEOPLE.cs, name: 'Dewi', division: 'CS' },
  { email: PEOPLE.finance, name: 'Rina', division: 'Keuangan' },
  { email: PEOPLE.warehouse, name: 'Agus', division: 'Gudang' },
];

/** Pengaturan of the pipeline shop: owner, warehouse and finance addresses, the team, two couriers. */
function pipelineSettings(): Row[] {
  const scalars: Array<[string, string]> = [
    ['Nama toko', 'Toko Ceria'],
    ['Email pemilik', PEOPLE.owner],
    ['Email gudang', PEOPLE.warehouseMail],
    ['Email keuangan', PEOPLE.finance],
    ['Bahasa', 'id'],
  ];
  const couriers = [
    ['JNE', 'https://www.jne.co.id/tracking-package?resi={resi}'],
    ['J&T', 'https://jet.co.id/track?awb={resi}'],
  ];
  return scalars.map(([key, value], i) => ({
    settingKey: key, settingValue: value,
    teamEmail: TEAM[i]?.email ?? '', teamName: TEAM[i]?.name ?? '', teamDivision: TEAM[i]?.division ?? '',
    courier: couriers[i]?.[0] ?? '', trackingUrl: couriers[i]?.[1] ?? '',
  }));
}

const PIPELINE_STOCK: Row[] = [
  { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L', onHand: 20, reserved: 0, available: 20, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000, orderTrail: '' },
  { sku: 'TOPI-01', name: 'Topi Baseball', variant: 'Navy', onHand: 10, reserved: 0, available: 10, reorderPoint: 3, costPrice: 20000, sellingPrice: 50000, orderTrail: '' },
];

/** Three orders as CS typed them: Siti (transfer, paid), Budi (COD), Citra (transfer, not paid yet). */
const TYPED_ORDERS: Row[] = [
  { customerName: 'Siti Aminah', phone: '0812-3456-7890', address: 'Jl. Melati 5, Bandung', channel: 'WA', items: 'KAOS-HTM-L x2, TOPI-01 x1', variantConfirmed: 'Ya', paymentMethod: 'Transfer', paymentStatus: 'Lunas', courier: 'JNE', shippingCost: 18000 },
  { customerName: 'Budi Santoso', phone: '0813-1111-2222', address: 'Jl. Kenari 2, Depok', channel: 'Instagram', items: 'TOPI-01 x2', variantConfirmed: 'Ya', paymentMethod: 'COD', courier: 'JNE', shippingCost: 12000 },
  { customerName: 'Citra Lestari', phone: '0857-3333-4444', address: 'Jl. Mawar 9, Bogor', channel: 'Shopee', items: 'KAOS-HTM-L x1', variantConfirmed: 'Ya', paymentMethod: 'Transfer', paymentStatus: 'Belum bayar', courier: 'JNE', shippingCost: 10000 },
];

/** The IDs Konfirmasi pesanan gives Siti's, Budi's and Citra's orders (28 Nov 2026). */
export const IDS = { siti: 'TK-2611-0001', budi: 'TK-2611-0002', citra: 'TK-2611-0003' } as const;

/** The pipeline shop on the built bundle, menu open, before anything is confirmed; call counter zero. */
export function pipelineShop(now = NOW): LocalRuntime {
  const rt = LocalRuntime.load({ now, owner: PEOPLE.owner });
  const ss = rt.workbook.spreadsheet;
  const data: Record<string, Row[]> = { Pengaturan: pipelineSettings(), 'Gudang · Stok': PIPELINE_STOCK, 'CS · Pesanan': TYPED_ORDERS };
  for (const spec of ALL_SHEETS) writeSheet(ss, spec, data[spec.name] ?? []);
  rt.open(PEOPLE.owner);
  rt.state.resetCallCounts();
  return rt;
}

/** The data rows of an order sheet holding one of `keys` (an order ID, or a customer name: how a person finds an order not confirmed yet). */
export function rowsHolding(rt: LocalRuntime, spec: SheetSpec, keys: readonly string[]): number[] {
  return recordsOf(rt, spec)
    .map((record, i) => ({ record, row: i + 2 }))
    .filter(({ record }) => keys.includes(String(record.orderId)) || keys.includes(String(record.customerName)))
    .map(({ row }) => row);
}

/**
 * A person clicks `caption` on the rows of `spec` holding `keys` (answering a prompt with `answer`);
 * when none of them is there any more, there is nothing to click on and they do not.
 */
function clickOn(rt: LocalRuntime, spec: SheetSpec, keys: readonly string[], caption: string, user: string, answer?: string): void {
  const rows = rowsHolding(rt, spec, keys);
  if (rows.length === 0) return;
  selectRows(rt, spec, rows);
  if (answer !== undefined) rt.workbook.answerNext({ button: 'OK', text: answer });
  rt.clickMenu(caption, user);
}

/** A person types a value into one column of some data rows. */
function typeInto(rt: LocalRuntime, spec: SheetSpec, key: string, values: Record<number, string>, user: string): void {
  const column = headerColumns(rt, spec).get(key) as number;
  for (const [row, value] of Object.entries(values)) rt.edit(spec.name, `${columnLetter(column)}${row}`, [[value]], user);
}

const confirmAll = (rt: LocalRuntime) => clickOn(rt, ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso', 'Citra Lestari'], 'Konfirmasi pesanan', PEOPLE.cs);
const approveSitiAndBudi = (rt: LocalRuntime) => clickOn(rt, APPROVAL_SHEET, [IDS.siti, IDS.budi], 'Approve order', PEOPLE.finance);
/** Agus checks colour and count of Siti's and Budi's parcels and ticks Dicek (the packing check). */
const tickSitiAndBudi = (rt: LocalRuntime) => {
  const [siti, budi] = [rowsHolding(rt, SHIPPING_SHEET, [IDS.siti])[0], rowsHolding(rt, SHIPPING_SHEET, [IDS.budi])[0]];
  typeInto(rt, SHIPPING_SHEET, 'checked', { [siti]: 'Ya', [budi]: 'Ya' }, PEOPLE.warehouse);
};
const packSitiAndBudi = (rt: LocalRuntime) => {
  tickSitiAndBudi(rt);
  clickOn(rt, SHIPPING_SHEET, [IDS.siti, IDS.budi], 'Tandai dikemas (packing)', PEOPLE.warehouse);
};
const shipSitiAndBudi = (rt: LocalRuntime) => clickOn(rt, SHIPPING_SHEET, [IDS.siti, IDS.budi], 'Tandai dikirim (resi)', PEOPLE.warehouse);
const typeResi = (rt: LocalRuntime) => {
  const [siti, budi] = [rowsHolding(rt, SHIPPING_SHEET, [IDS.siti])[0], rowsHolding(rt, SHIPPING_SHEET, [IDS.budi])[0]];
  typeInto(rt, SHIPPING_SHEET, 'trackingNumber', { [siti]: 'JP1000000001', [budi]: 'JP1000000002' }, PEOPLE.warehouse);
};

/** A shop arranged by `steps` after the pipeline shop is written; the call counter is zeroed after. */
function arranged(steps: ReadonlyArray<(rt: LocalRuntime) => void>, now = NOW): () => LocalRuntime {
  return () => {
    const rt = pipelineShop(now);
    for (const step of steps) step(rt);
    rt.state.resetCallCounts();
    return rt;
  };
}

/** A scenario whose rerun is the person clicking the same action again on the rows still holding the orders. */
function orderScenario(
  action: string, story: string, steps: ReadonlyArray<(rt: LocalRuntime) => void>,
  spec: SheetSpec, keys: readonly string[], user: string, answer?: string,
): FaultScenario {
  const act = (rt: LocalRuntime) => clickOn(rt, spec, keys, action, user, answer);
  return { action, story, arrange: arranged(steps), act, rerun: act };
}

/** The finance shop of finance-fixtures (orders of October and November, a cash book, two POs) with the team listed. */
function financeShop(now: number, changes: (rt: LocalRuntime) => void = () => undefined): LocalRuntime {
  const rt = LocalRuntime.load({ now, owner: PEOPLE.owner });
  seedShop(rt, { team: TEAM.filter((m) => m.division !== 'CS'), sendPo: true });
  rt.open(PEOPLE.owner);
  changes(rt);
  rt.state.resetCallCounts();
  return rt;
}

/** The rows of Keuangan · Pembelian holding `poId`. */
function poRows(rt: LocalRuntime, poId: string): number[] {
  return recordsOf(rt, PURCHASES_SHEET).map((r, i) => ({ r, row: i + 2 })).filter(({ r }) => r.poId === poId).map(({ row }) => row);
}

const FIRST_OF_DECEMBER = (hour: number) => J(2026, 12, 1, hour);

/**
 * Actions where a second click after a success is a new request, not a retry (receiving "the rest" of a
 * PO line, mailing the report again): the person clicks again only when they did not see the action's
 * success message — an error, a refusal, or nothing. A success message with a note that the mail waits
 * in Outbox is a success (the first line is the same).
 */
const CLICK_AGAIN_UNLESS_DONE: ReadonlySet<string> = new Set(['Terima stok', 'Buat laporan bulanan sekarang']);

/** The message the person saw last since `alerts`/`toasts` were that long: the newest alert, else the newest toast. */
function messageSince(rt: LocalRuntime, alerts: number, toasts: number): string {
  const alert = rt.workbook.alerts.slice(alerts).filter((a) => a.kind === 'alert').at(-1);
  return alert?.message ?? rt.workbook.toasts.slice(toasts).at(-1)?.message ?? '';
}

const firstLine = (message: string) => message.split('\n')[0];

function clickAgainUnlessDone(scenario: FaultScenario): FaultScenario {
  let success: string | undefined;
  const successMessage = (): string => {
    if (success === undefined) {
      const rt = scenario.arrange();
      scenario.act(rt);
      success = firstLine(messageSince(rt, 0, 0));
    }
    return success;
  };
  const sawSuccess = new WeakSet<LocalRuntime>();
  return {
    ...scenario,
    act: (rt) => {
      const [alerts, toasts] = [rt.workbook.alerts.length, rt.workbook.toasts.length];
      try {
        scenario.act(rt);
      } finally {
        if (firstLine(messageSince(rt, alerts, toasts)) === successMessage()) sawSuccess.add(rt);
      }
    },
    rerun: (rt) => {
      if (!sawSuccess.has(rt)) scenario.act(rt);
    },
  };
}

const SCENARIOS: FaultScenario[] = [
  orderScenario(
    'Konfirmasi pesanan',
    'CS confirms Siti\'s paid transfer order and Budi\'s COD order; Citra\'s order stays in CS · Pesanan.',
    [], ORDERS_SHEET, ['Siti Aminah', 'Budi Santoso'], PEOPLE.cs,
  ),
  orderScenario(
    'Approve order',
    'Finance approves Siti\'s paid transfer and Budi\'s COD order (income for Siti, one packing list); Citra\'s unpaid order stays in Approval.',
    [confirmAll], APPROVAL_SHEET, [IDS.siti, IDS.budi], PEOPLE.finance,
  ),
  orderScenario(
    'Tolak pesanan',
    'Finance rejects Budi\'s and Citra\'s orders (rows 3 and 4 of Approval, under Siti\'s) with a reason; their stock is released.',
    [confirmAll], APPROVAL_SHEET, [IDS.budi, IDS.citra], PEOPLE.finance, 'Stok salah hitung',
  ),
  orderScenario(
    'Tandai dikemas (packing)',
    'The warehouse marks Siti\'s and Budi\'s approved orders packed after ticking Dicek on both (the packing check).',
    [confirmAll, approveSitiAndBudi, tickSitiAndBudi], SHIPPING_SHEET, [IDS.siti, IDS.budi], PEOPLE.warehouse,
  ),
  orderScenario(
    'Tandai dikirim (resi)',
    'The warehouse ships Siti\'s and Budi\'s packed orders (courier and resi typed in their rows); their stock leaves.',
    [confirmAll, approveSitiAndBudi, packSitiAndBudi, typeResi], SHIPPING_SHEET, [IDS.siti, IDS.budi], PEOPLE.warehouse,
  ),
  orderScenario(
    'Tandai diterima',
    'The warehouse marks Siti\'s and Budi\'s shipped orders delivered; Budi\'s COD income is booked.',
    [confirmAll, approveSitiAndBudi, packSitiAndBudi, typeResi, shipSitiAndBudi], SHIPPING_SHEET, [IDS.siti, IDS.budi], PEOPLE.warehouse,
  ),
  orderScenario(
    'Batalkan pesanan',
    'The warehouse cancels Siti\'s (paid: a refund is booked) and Budi\'s (COD) approved orders from Pengiriman; stock is released.',
    [confirmAll, approveSitiAndBudi], SHIPPING_SHEET, [IDS.siti, IDS.budi], PEOPLE.warehouse, 'Pelanggan batal',
  ),
  {
    action: 'Terima stok',
    story: 'Finance receives 4 of the 10 T-shirts of PO-1 (Terima Sekarang = 4): stock up, expense booked, PO line partly received. The person clicks again unless they saw the success message.',
    arrange: () => financeShop(FINANCE_NOW, (rt) => {
      const row = poRows(rt, 'PO-1')[0];
      typeInto(rt, PURCHASES_SHEET, 'receiveNow', { [row]: '4' }, PEOPLE.finance);
    }),
    act: (rt) => {
      selectRows(rt, PURCHASES_SHEET, poRows(rt, 'PO-1'));
      rt.clickMenu('Terima stok', PEOPLE.finance);
    },
    rerun: () => undefined, // see CLICK_AGAIN_UNLESS_DONE
  },
  {
    action: 'Kirim PO ke supplier',
    story: 'Finance sends the Draft PO-2 (5 caps) to its supplier: the PO becomes Dipesan and the supplier gets one e-mail.',
    arrange: () => financeShop(FINANCE_NOW),
    act: (rt) => {
      const rows = poRows(rt, 'PO-2');
      selectRows(rt, PURCHASES_SHEET, rows);
      rt.clickMenu('Kirim PO ke supplier', PEOPLE.finance);
    },
    rerun: (rt) => {
      selectRows(rt, PURCHASES_SHEET, poRows(rt, 'PO-2'));
      rt.clickMenu('Kirim PO ke supplier', PEOPLE.finance);
    },
  },
  {
    action: 'Catat komplain',
    story: 'CS records Siti\'s "defective" complaint from her delivered order\'s row in Gudang · Selesai (type 3, her words): one complaint row, the order\'s Komplain column set.',
    arrange: () => complaintShop(),
    act: (rt) => clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', COMPLAINT_PEOPLE.cs, ['3', 'Topinya sobek']),
    rerun: (rt) => clickOnRow(rt, DONE_SHEET, 'orderId', ORDER.siti, 'Catat komplain', COMPLAINT_PEOPLE.cs, ['3', 'Topinya sobek']),
  },
  {
    action: 'Teruskan komplain',
    story: 'CS forwards Siti\'s open complaint: the warehouse gets one e-mail with the order\'s details, the row becomes Diteruskan.',
    arrange: () => complaintShop({ complaints: [sitiComplaint()] }),
    act: (rt) => clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Teruskan komplain', COMPLAINT_PEOPLE.cs),
    rerun: (rt) => clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Teruskan komplain', COMPLAINT_PEOPLE.cs),
  },
  {
    action: 'Selesaikan komplain',
    story: 'CS solves Siti\'s forwarded complaint with a replacement (the same items): a Rp0 order with a new ID in CS · Pesanan, linked both ways; the complaint Sudah ditangani, her order\'s Komplain Selesai.',
    arrange: () => complaintShop({ complaints: [sitiComplaint({ status: 'Diteruskan', forwardedAt: COMPLAINT_NOW })] }),
    act: (rt) => clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', COMPLAINT_PEOPLE.cs, ['1', '']),
    rerun: (rt) => clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', COMPLAINT_PEOPLE.cs, ['1', '']),
  },
  {
    action: 'Selesaikan komplain (refund)',
    story: 'CS solves Siti\'s complaint with a partial refund of Rp50.000: one cash-book entry RF-KM-2611-0001, the complaint Sudah ditangani.',
    arrange: () => complaintShop({ complaints: [sitiComplaint()] }),
    act: (rt) => clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', COMPLAINT_PEOPLE.cs, ['2', '50000']),
    rerun: (rt) => clickOnRow(rt, COMPLAINTS_SHEET, 'complaintId', 'KM-2611-0001', 'Selesaikan komplain', COMPLAINT_PEOPLE.cs, ['2', '50000']),
  },
  {
    action: 'Buat laporan bulanan sekarang',
    story: 'On 1 December at 10.00 finance asks for last month\'s report from the menu (prompt left blank): Laporan 2026-11 is written and mailed to the owner and finance. The person clicks again unless they saw the success message.',
    arrange: () => financeShop(FIRST_OF_DECEMBER(10)),
    act: (rt) => {
      rt.workbook.answerNext({ button: 'OK', text: '' });
      rt.clickMenu('Buat laporan bulanan sekarang', PEOPLE.finance);
    },
    rerun: () => undefined, // see CLICK_AGAIN_UNLESS_DONE
  },
  {
    action: 'monthlyReportTrigger (with the hourly catch-up)',
    story: 'The owner installed the report triggers on 28 November; on 1 December at 07.00 the monthly trigger (and the hourly retry) run; the rerun is the hourly trigger at 08.00, 09.00 (catch-up) and 10.00.',
    arrange: () => financeShop(FINANCE_NOW, (rt) => {
      rt.clickMenu('Aktifkan laporan bulanan otomatis', PEOPLE.owner);
      rt.advanceTo(FIRST_OF_DECEMBER(6));
    }),
    act: (rt) => rt.advanceTo(FIRST_OF_DECEMBER(7)),
    rerun: (rt) => rt.advanceTo(FIRST_OF_DECEMBER(10)),
  },
  {
    action: 'complaintSlaTrigger',
    story: 'Three hours after Siti\'s complaint was recorded (answer due in 2 h) nobody has forwarded it: the hourly SLA watch marks it Lewat batas respon and mails CS and the owner one digest; the rerun is its next run.',
    arrange: () => complaintShop({ now: COMPLAINT_NOW + 3 * 3600000, complaints: [sitiComplaint()] }),
    act: (rt) => {
      rt.call('complaintSlaTrigger', [], { mode: 'time-trigger' });
    },
    rerun: (rt) => {
      rt.call('complaintSlaTrigger', [], { mode: 'time-trigger' });
    },
  },
  {
    action: 'outboxRetryTrigger',
    story: 'With the mail quota spent on 28 November, Siti\'s and Budi\'s orders were approved one at a time: two packing lists wait in Outbox. The next day the hourly retry sends them; the rerun is its next run.',
    arrange: arranged([
      confirmAll,
      (rt) => rt.mailQuota.spend(100),
      (rt) => clickOn(rt, APPROVAL_SHEET, [IDS.siti], 'Approve order', PEOPLE.finance),
      (rt) => clickOn(rt, APPROVAL_SHEET, [IDS.budi], 'Approve order', PEOPLE.finance),
      (rt) => rt.advanceTo(J(2026, 11, 29, 9)),
    ]),
    act: (rt) => {
      rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });
    },
    rerun: (rt) => {
      rt.call('outboxRetryTrigger', [], { mode: 'time-trigger' });
    },
  },
  {
    action: 'Perbarui dashboard',
    story: 'The owner rebuilds Manajemen · Dashboard after Siti\'s and Budi\'s orders were approved and Citra\'s waits unpaid; the rerun is the owner clicking again.',
    arrange: arranged([confirmAll, approveSitiAndBudi]),
    act: (rt) => {
      rt.clickMenu('Perbarui dashboard', PEOPLE.owner);
    },
    rerun: (rt) => {
      rt.clickMenu('Perbarui dashboard', PEOPLE.owner);
    },
  },
  {
    action: 'dashboardTrigger',
    story: 'On 29 November at 06.00 the morning trigger rebuilds the dashboard for the team (no mail: the digest is the evening\'s); the rerun is the trigger again.',
    arrange: arranged([confirmAll, approveSitiAndBudi, (rt) => rt.advanceTo(J(2026, 11, 29, 6))]),
    act: (rt) => {
      rt.call('dashboardTrigger', [], { mode: 'time-trigger' });
    },
    rerun: (rt) => {
      rt.call('dashboardTrigger', [], { mode: 'time-trigger' });
    },
  },
];

// Marketing (docs/marketing.md): the promo paths of the order actions, and marketing's own actions.
SCENARIOS.push(...marketingScenarios({ shop: (now?: number) => pipelineShop(now), rowsHolding, ids: IDS, people: PEOPLE }));
// Warehouse (docs/pipeline.md): Stock opname and the packing check.
SCENARIOS.push(...warehouseScenarios({ shop: (now?: number) => pipelineShop(now), rowsHolding, ids: IDS, people: PEOPLE }));
// COD returns and risk (docs/pipeline.md): Tandai retur, and Konfirmasi pesanan flagging a returning customer.
SCENARIOS.push(...codScenarios({ shop: (now?: number) => pipelineShop(now), rowsHolding, ids: IDS, people: PEOPLE }));
// The contact list (docs/marketing.md): the broadcast list and the daily contact refresh.
SCENARIOS.push(...contactScenarios({ shop: (now?: number) => pipelineShop(now) }));
// Management's evening digest, the report with ads and targets, marketing's price comparison (docs/management.md, docs/marketing.md).
SCENARIOS.push(...managementScenarios({ shop: (now?: number) => pipelineShop(now), rowsHolding, ids: IDS, people: PEOPLE }));
// Shipping and marketplaces (issue 12): the courier cost at shipping, and Catat pencairan.
SCENARIOS.push(...shippingScenarios({ shop: () => pipelineShop(), rowsHolding, ids: IDS, people: PEOPLE }));

/** Every action of the suite, in menu order, then the two triggers. */
export const FAULT_SCENARIOS: readonly FaultScenario[] = SCENARIOS.map((scenario) =>
  CLICK_AGAIN_UNLESS_DONE.has(scenario.action) ? clickAgainUnlessDone(scenario) : scenario,
);

