/**
 * `npm start`: a day at the shop on the local Apps Script runtime, on the built dist/Code.js.
 * The owner sets Toko up, finance receives a purchase, CS types ~30 orders from several channels,
 * the team confirms, approves (the warehouse e-mail lands in the outbox), rejects one, packs, ships
 * and delivers; next morning, 1 December 07.00 WIB, the monthly trigger writes and mails November's
 * report. Writes the workbook (.xlsx) and the mail (.eml) to out/day-at-the-shop/ and says what happened.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LocalRuntime } from '../emulator/runtime';
import { jakartaInstant } from '../src/domain/jakarta-time';
import { formatRupiah } from '../src/domain/money';
import {
  ALL_SHEETS,
  APPROVAL_SHEET,
  COMPLAINTS_SHEET,
  DONE_SHEET,
  LEDGER_SHEET,
  ORDERS_SHEET,
  PURCHASES_SHEET,
  reportSheetName,
  SheetSpec,
  SHIPPING_SHEET,
  STOCK_SHEET,
} from '../src/sheets/schema';
import { columnLetter, headerColumns, recordsOf, selectRows, setSetting, setTeam, typeRows } from '../test/e2e/pipeline-shop';

const OWNER = 'sari@tokobatiksari.test';
const CS = 'dewi@tokobatiksari.test';
const FINANCE = 'rina@tokobatiksari.test';
const WAREHOUSE = 'agus@tokobatiksari.test';
const OUT = resolve(process.argv[2] ?? 'out/day-at-the-shop');

const rt = LocalRuntime.load({ now: jakartaInstant(2026, 11, 30, 8), owner: OWNER });
let seenToasts = 0;
let seenAlerts = 0;

/** Runs one step of the day and prints what Toko told the person (toasts and alerts). */
function step(title: string, act: () => void): void {
  console.log(`\n▸ ${title}`);
  act();
  const said = [
    ...rt.workbook.toasts.slice(seenToasts).map((t) => t.message),
    ...rt.workbook.alerts.slice(seenAlerts).filter((a) => a.kind === 'alert').map((a) => a.message),
  ];
  seenToasts = rt.workbook.toasts.length;
  seenAlerts = rt.workbook.alerts.length;
  for (const message of said) console.log(`  ${message.split('\n').join('\n  ')}`);
  if (rt.failures.length) throw new Error(`A trigger failed: ${JSON.stringify(rt.failures)}`);
}

/** The sheet rows (2…) whose record matches, for selecting them as a person would. */
function rowsWhere(sheet: SheetSpec, match: (record: Record<string, unknown>) => boolean): number[] {
  return recordsOf(rt, sheet)
    .map((record, i) => ({ record, row: i + 2 }))
    .filter(({ record }) => match(record))
    .map(({ row }) => row);
}

/** A person types one cell, found by its column's header. */
function typeCell(sheet: SheetSpec, key: string, row: number, value: string, user: string): void {
  const column = headerColumns(rt, sheet).get(key) as number;
  rt.edit(sheet.name, `${columnLetter(column)}${row}`, [[value]], user);
}

const CHANNELS = ['WA', 'Instagram', 'Shopee', 'Tokopedia', 'WA', 'TikTok Shop', 'Email', 'WA', 'SMS', 'Instagram'];
const NAMES = ['Siti Aminah', 'Budi Santoso', 'Rina Wijaya', 'Agus Pratama', 'Dewi Lestari', 'Made Wirawan', 'Putri Ayu', 'Joko Susilo', 'Lina Marlina', 'Hendra Gunawan'];
const CITIES = ['Bandung', 'Depok', 'Surabaya', 'Yogyakarta', 'Denpasar', 'Medan', 'Makassar', 'Semarang', 'Bogor', 'Malang'];
const ITEMS = ['KAOS-HTM-L x2', 'KAOS-PTH-M x1, TOPI-01 x1', 'TOPI-01 x2', 'KAOS-HTM-L x1', 'KAOS-PTH-M x2', 'KAOS-HTM-L x1, KAOS-PTH-M x1'];
const COURIERS = ['JNE', 'J&T', 'SiCepat', 'AnterAja'];

/** Order n of the day as CS types it from the chat: mostly paid transfers, some COD and e-wallet. */
function orderOfTheDay(n: number): Record<string, string> {
  const payment = n % 6 === 0 ? 'COD' : n % 7 === 0 ? 'E-wallet' : 'Transfer';
  const unpaid = n === 11 || n === 23; // proof of transfer not in yet: stays in Approval
  return {
    customerName: n === 17 ? '=HYPERLINK("http://phish.example","Klik")' : NAMES[n % NAMES.length],
    phone: n % 3 === 0 ? `+62 812-${3000 + n}-7788` : `0812${String(34560000 + n * 137).padStart(8, '0')}`,
    address: `Jl. Melati ${n}, ${CITIES[n % CITIES.length]}`,
    channel: CHANNELS[n % CHANNELS.length],
    items: n === 29 ? 'KAOS-HTM-XL x1' : ITEMS[n % ITEMS.length], // 29: an SKU the shop does not sell
    variantConfirmed: 'Ya',
    paymentMethod: payment,
    paymentStatus: payment === 'COD' || unpaid ? 'Belum bayar' : 'Lunas',
    courier: COURIERS[n % COURIERS.length],
    shippingCost: String(10000 + (n % 4) * 4000),
    discount: n % 5 === 0 ? '10000' : '',
    assignedCs: 'Dewi',
    notes: n % 8 === 0 ? 'Minta dibungkus kado <3' : '',
  };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
console.log('Toko — a day at the shop on the local Apps Script runtime (dist/Code.js)');

step('08.00 — Sari (owner) opens the sheet and runs Toko → Setup', () => {
  rt.open(OWNER);
  rt.clickMenu('Setup', OWNER);
});

step('08.05 — Sari fills in Pengaturan and lists her team, then runs Setup again to protect the sheets', () => {
  setSetting(rt, 'Nama toko', 'Toko Batik Sari');
  setSetting(rt, 'Email gudang', 'gudang@tokobatiksari.test');
  setSetting(rt, 'Email keuangan', FINANCE);
  setTeam(rt, [
    { email: CS, name: 'Dewi', division: 'CS' },
    { email: FINANCE, name: 'Rina', division: 'Keuangan' },
    { email: WAREHOUSE, name: 'Agus', division: 'Gudang' },
  ]);
  for (const row of rowsWhere(STOCK_SHEET, () => true)) typeCell(STOCK_SHEET, 'onHand', row, '40', OWNER);
  rt.clickMenu('Setup', OWNER);
});

step('08.30 — Rina (finance) receives 20 of 30 caps ordered from the distributor', () => {
  typeRows(rt, PURCHASES_SHEET, [{
    poId: 'PO-2611-01', date: '2026-11-27', supplier: 'CV Topi Jaya', supplierEmail: 'order@topijaya.test',
    sku: 'TOPI-01', quantity: '30', unitCost: '22000', status: 'Dipesan', receiveNow: '20',
  }], FINANCE);
  rt.workbook.select(PURCHASES_SHEET.name, 'A2');
  rt.clickMenu('Terima stok', FINANCE);
});

step('09.00–16.00 — Dewi (CS) types 30 orders from WhatsApp, Instagram, marketplaces and e-mail', () => {
  rt.advanceBy(60 * 60 * 1000);
  typeRows(rt, ORDERS_SHEET, Array.from({ length: 30 }, (_, i) => orderOfTheDay(i + 1)), CS);
  console.log('  30 rows typed in CS · Pesanan (one customer name is a formula attempt; one SKU does not exist)');
});

step('16.00 — Dewi selects them all: Toko → Konfirmasi pesanan', () => {
  rt.advanceBy(7 * 60 * 60 * 1000);
  selectRows(rt, ORDERS_SHEET, rowsWhere(ORDERS_SHEET, () => true));
  rt.clickMenu('Konfirmasi pesanan', CS);
});

step('16.30 — Rina rejects one: the transfer proof does not match', () => {
  rt.advanceBy(30 * 60 * 1000);
  const [row] = rowsWhere(APPROVAL_SHEET, (r) => r.paymentMethod === 'Transfer' && r.paymentStatus === 'Lunas');
  selectRows(rt, APPROVAL_SHEET, [row]);
  rt.workbook.answerNext({ button: 'OK', text: 'Nominal transfer tidak sesuai, mohon cek lagi' });
  rt.clickMenu('Tolak pesanan', FINANCE);
});

step('16.40 — Rina selects everything in Approval: Toko → Approve order (the packing list goes to the warehouse)', () => {
  rt.advanceBy(10 * 60 * 1000);
  selectRows(rt, APPROVAL_SHEET, rowsWhere(APPROVAL_SHEET, () => true));
  rt.clickMenu('Approve order', FINANCE);
});

step('17.00 — Agus (warehouse) packs everything: Toko → Tandai dikemas (packing)', () => {
  rt.advanceBy(20 * 60 * 1000);
  selectRows(rt, SHIPPING_SHEET, rowsWhere(SHIPPING_SHEET, () => true));
  rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
});

step('18.00 — the couriers pick up; Agus types each resi, then Toko → Tandai dikirim (resi)', () => {
  rt.advanceBy(60 * 60 * 1000);
  const rows = rowsWhere(SHIPPING_SHEET, () => true);
  rows.forEach((row, i) => typeCell(SHIPPING_SHEET, 'trackingNumber', row, `RS${26113000 + i}`, WAREHOUSE));
  selectRows(rt, SHIPPING_SHEET, rows);
  rt.clickMenu('Tandai dikirim (resi)', WAREHOUSE);
});

step('20.00 — same-day deliveries arrive (COD money collected): Toko → Tandai diterima', () => {
  rt.advanceBy(2 * 60 * 60 * 1000);
  const rows = rowsWhere(SHIPPING_SHEET, () => true).filter((_, i) => i % 2 === 0);
  selectRows(rt, SHIPPING_SHEET, rows);
  rt.clickMenu('Tandai diterima', WAREHOUSE);
});

step('20.15 — a customer says her delivered parcel arrived damaged: Dewi records it (Toko → Catat komplain), forwards it to the warehouse (Toko → Teruskan komplain), and solves it with a replacement (Toko → Selesaikan komplain)', () => {
  rt.advanceBy(15 * 60 * 1000);
  const [row] = rowsWhere(DONE_SHEET, (r) => r.fulfilment === 'Diterima');
  selectRows(rt, DONE_SHEET, [row]);
  for (const text of ['3', 'Barangnya rusak waktu dibuka, ada video unboxing']) rt.workbook.answerNext({ button: 'OK', text });
  rt.clickMenu('Catat komplain', CS);
  const [complaint] = rowsWhere(COMPLAINTS_SHEET, () => true);
  typeCell(COMPLAINTS_SHEET, 'proofLink', complaint, 'https://drive.example/unboxing-kaos.mp4', CS);
  selectRows(rt, COMPLAINTS_SHEET, [complaint]);
  rt.clickMenu('Teruskan komplain', CS);
  selectRows(rt, COMPLAINTS_SHEET, [complaint]);
  for (const text of ['1', '']) rt.workbook.answerNext({ button: 'OK', text });
  rt.clickMenu('Selesaikan komplain', CS);
});

step('20.30 — Sari installs the monthly report: Toko → Pasang laporan bulanan', () => {
  rt.advanceBy(30 * 60 * 1000);
  rt.clickMenu('Pasang laporan bulanan', OWNER);
});

step('1 Dec 07.00 WIB — the trigger writes and mails November’s report', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 1, 7, 30));
  console.log(`  triggers: ${rt.triggers().map((t) => `${t.handler} (${t.description})`).join('; ')}`);
});

const sheetCounts = ALL_SHEETS.map((spec) => `${spec.name}: ${recordsOf(rt, spec).length}`);
const ledger = recordsOf(rt, LEDGER_SHEET);
const income = ledger.filter((r) => r.type === 'Pemasukan').reduce((sum, r) => sum + Number(r.amount || 0), 0);
const expense = ledger.filter((r) => r.type === 'Pengeluaran').reduce((sum, r) => sum + Number(r.amount || 0), 0);
const report = reportSheetName('2026-11');

(async () => {
  const workbook = join(OUT, 'toko.xlsx');
  await rt.saveXlsx(workbook);
  const mails = rt.writeOutbox(join(OUT, 'mail'));
  console.log('\n— What the day left behind —');
  console.log(`Rows per sheet: ${sheetCounts.join(' · ')}`);
  console.log(`Still in CS · Pesanan: ${recordsOf(rt, ORDERS_SHEET).length}; waiting in Approval: ${recordsOf(rt, APPROVAL_SHEET).length}; done: ${recordsOf(rt, DONE_SHEET).length}`);
  console.log(`Cash book: income ${formatRupiah(income)}, expenses ${formatRupiah(expense)}`);
  console.log(`Report sheet: ${rt.workbook.sheetNames().includes(report) ? report : 'missing!'}`);
  console.log(`Mail sent (${rt.outbox.length}): ${rt.outbox.map((m) => `“${m.subject}” → ${m.to}`).join('; ')}`);
  console.log(`Service calls today: ${rt.callCounts().total}`);
  console.log(`\nWorkbook: ${relative(process.cwd(), workbook)}`);
  console.log(`Mail (.eml): ${relative(process.cwd(), join(OUT, 'mail'))}/ (${mails.length} files)`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
