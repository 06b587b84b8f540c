/**
 * `npm start`: a day at Toko Batik Sari, a batik shop from Pekalongan selling online, on the local Apps
 * Script runtime and the built dist/Code.js. The owner sets Toko up and replaces Setup's sample products
 * with her own batik, finance receives part of a purchase of selendang, CS types 30 orders from several
 * channels (one customer pasted a formula into the notes; one order names a size the shop does not sell),
 * the team confirms, rejects one, approves (the packing list goes to the warehouse), packs, ships and
 * delivers; Rina books November's ads with their channel and Sari sets November's targets; next morning,
 * 1 December 06.00 WIB, the morning trigger rebuilds Manajemen · Dashboard, and at 07.00 the monthly
 * trigger writes and mails November's report (ads per channel, the month against its targets); on 3
 * December Sari compares prices with the competitors she noted, rebuilds the dashboard from the menu, and
 * the day ends with her evening digest at 20.00 WIB. Marketing is in it too: Maya's promo GAJIAN10 is used
 * on two orders, she refreshes the contact list, notes consent and builds the broadcast list, plans a content
 * week, and on Monday 7 December the weekly trigger mails her the content digest.
 * Writes the workbook (.xlsx) and the mail (.eml) to out/day-at-the-shop/ and says what happened and
 * what the local .xlsx cannot hold.
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
  PLAN_SHEET,
  PURCHASES_SHEET,
  RESEARCH_SHEET,
  reportSheetName,
  SheetSpec,
  SHIPPING_SHEET,
  STOCK_SHEET,
  BROADCAST_SHEET_NAME,
  CONTACTS_SHEET,
  CONTENT_SHEET,
  PROMO_SHEET,
} from '../src/sheets/schema';
import { columnLetter, headerColumns, recordsOf, selectRows, setSetting, setTeam, typeRows } from '../test/e2e/pipeline-shop';
import { PAYOUT_SHEET } from '../src/sheets/schema';
import { expectedPayout } from '../src/domain/marketplace';
import { orderGoodsPrice } from '../src/domain/plan-payout';

const OWNER = 'sari@tokobatiksari.test';
const CS = 'dewi@tokobatiksari.test';
const FINANCE = 'rina@tokobatiksari.test';
const WAREHOUSE = 'agus@tokobatiksari.test';
const MARKETING = 'maya@tokobatiksari.test';
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

/** Whether a cell holds a formula (a column Toko computes is not typed over). */
function holdsFormula(sheet: SheetSpec, key: string, row: number): boolean {
  const column = headerColumns(rt, sheet).get(key);
  if (column === undefined) return true;
  return rt.run(() => rt.workbook.spreadsheet.getSheetByName(sheet.name)!.getRange(row, column).getFormula() !== '');
}

/** Sari's batik, as she types it into Gudang · Stok over Setup's sample products. */
const PRODUCTS = [
  { sku: 'KMJ-PRG-M', name: 'Kemeja Batik Parang Lengan Panjang', variant: 'M / Sogan', onHand: 25, reorderPoint: 5, costPrice: 95000, sellingPrice: 189000 },
  { sku: 'KMJ-PRG-L', name: 'Kemeja Batik Parang Lengan Panjang', variant: 'L / Sogan', onHand: 30, reorderPoint: 5, costPrice: 95000, sellingPrice: 189000 },
  { sku: 'KMJ-MGM-XL', name: 'Kemeja Batik Mega Mendung', variant: 'XL / Biru', onHand: 20, reorderPoint: 4, costPrice: 105000, sellingPrice: 215000 },
  { sku: 'DRS-KWG-M', name: 'Dress Batik Kawung', variant: 'M / Cokelat', onHand: 15, reorderPoint: 3, costPrice: 120000, sellingPrice: 249000 },
  { sku: 'SLD-SKJ', name: 'Selendang Batik Sekar Jagad', variant: 'Merah marun', onHand: 10, reorderPoint: 5, costPrice: 35000, sellingPrice: 79000 },
  { sku: 'KAIN-TLS-01', name: 'Kain Batik Tulis Pekalongan 2 m', variant: 'Biru indigo', onHand: 6, reorderPoint: 2, costPrice: 250000, sellingPrice: 495000 },
];

const CHANNELS = ['WA', 'Instagram', 'Shopee', 'Tokopedia', 'WA', 'TikTok Shop', 'Email', 'WA', 'SMS', 'Instagram'];
/** Thirty customers of the day, each with the address the courier needs. */
const CUSTOMERS: ReadonlyArray<[string, string]> = [
  ['Siti Aminah', 'Jl. Cihampelas No. 112, Coblong, Bandung 40131'],
  ['Budi Santoso', 'Perum Griya Asri Blok C3 No. 7, Sukmajaya, Depok 16412'],
  ['Rina Wijaya', 'Jl. Raya Darmo Permai III No. 21, Surabaya 60226'],
  ['Agus Pratama', 'Jl. Kaliurang Km 5, Gg. Sitisonya No. 4, Sleman, DIY 55281'],
  ['Dewi Lestari', 'Jl. Teuku Umar Barat No. 88, Denpasar 80119'],
  ['Made Wirawan', 'Jl. Gatot Subroto Timur No. 17, Denpasar 80236'],
  ['Putri Ayu Ningsih', 'Jl. Boulevard Panakkukang Blok B No. 9, Makassar 90231'],
  ['Joko Susilo', 'Jl. Pandanaran No. 30, Semarang Tengah, Semarang 50134'],
  ['Lina Marlina', 'Jl. Pajajaran No. 201, Bogor Tengah, Bogor 16128'],
  ['Hendra Gunawan', 'Jl. Soekarno-Hatta No. 9, Lowokwaru, Malang 65141'],
  ['Ratna Sari Dewi', 'Jl. Dr. Mansyur No. 45, Medan Baru, Medan 20154'],
  ['Yusuf Hidayat', 'Jl. Margonda Raya No. 350, Depok 16424'],
  ['Nur Aini', 'Kompleks Pondok Indah Blok TB No. 3, Jakarta Selatan 12310'],
  ['Fajar Ramadhan', 'Jl. Ahmad Yani No. 77, Banjarmasin 70233'],
  ['Wulan Maharani', 'Jl. Diponegoro No. 12, Pekalongan 51111'],
  ['Bambang Hartono', 'Jl. Veteran No. 5, Solo 57155'],
  ['Indah Permatasari', 'Jl. Sultan Agung No. 64, Bekasi 17111'],
  ['Rizky Maulana', 'Jl. Merdeka No. 18, Cirebon 45111'],
  ['Citra Kirana', 'Jl. Asia Afrika No. 133, Bandung 40112'],
  ['Eko Prasetyo', 'Jl. Imam Bonjol No. 9, Padang 25111'],
  ['Sri Rahayu', 'Jl. Slamet Riyadi No. 210, Solo 57141'],
  ['Teguh Wibowo', 'Perumahan Citra Raya Blok J1 No. 15, Tangerang 15710'],
  ['Maya Anggraini', 'Jl. Sudirman No. 56, Pekanbaru 28116'],
  ['Andi Saputra', 'Jl. Sam Ratulangi No. 21, Manado 95111'],
  ['Fitri Handayani', 'Jl. Gajah Mada No. 101, Pontianak 78121'],
  ['Gilang Permana', 'Jl. Ir. H. Juanda No. 40, Bandung 40116'],
  ['Lestari Wulandari', 'Jl. Malioboro No. 60, Yogyakarta 55213'],
  ['Dimas Aditya', 'Jl. Basuki Rahmat No. 8, Surabaya 60271'],
  ['Ayu Kartika', 'Jl. Hayam Wuruk No. 11, Denpasar 80235'],
  ['Hana Salsabila', 'Jl. Pemuda No. 150, Semarang 50132'],
];
const ITEMS = ['KMJ-PRG-L x1', 'KMJ-PRG-M x1, SLD-SKJ x1', 'DRS-KWG-M x1', 'KMJ-MGM-XL x1', 'SLD-SKJ x2', 'KAIN-TLS-01 x1, SLD-SKJ x1'];
const NOTES: Readonly<Record<number, string>> = {
  4: 'Minta dibungkus kado, untuk ulang tahun ibu <3',
  9: 'Tolong dikirim sebelum Jumat, mau dipakai kondangan',
  14: 'Kalau bisa tanpa nota harga (hadiah)',
  22: 'Ukuran L ya kak, jangan sampai salah',
};
/** What a customer pasted into the notes of order 17 from a chat: a formula, kept as text by Toko. */
const FORMULA_ATTEMPT = '=HYPERLINK("http://phish.example","Klik promo")';
const COURIERS = ['JNE', 'J&T', 'SiCepat', 'AnterAja'];
const RESI_PREFIX: Readonly<Record<string, string>> = { JNE: 'PKL01', 'J&T': 'JP', SiCepat: '0042', AnterAja: '10000' };

/** A resi as the courier's receipt prints it (the number is made up). */
function resiFor(courier: string, i: number): string {
  return `${RESI_PREFIX[courier] ?? 'RS'}${String(26113000 + i * 37).padStart(8, '0')}`;
}

/** Order n of the day as CS types it from the chat: mostly paid transfers, some COD and e-wallet. */
function orderOfTheDay(n: number): Record<string, string> {
  const payment = n % 6 === 0 ? 'COD' : n % 7 === 0 ? 'E-wallet' : 'Transfer';
  const unpaid = n === 11 || n === 23; // proof of transfer not in yet: stays in Approval
  return {
    customerName: CUSTOMERS[n - 1][0],
    phone: n % 3 === 0 ? `+62 812-${3000 + n}-7788` : `0812${String(34560000 + n * 137).padStart(8, '0')}`,
    address: CUSTOMERS[n - 1][1],
    channel: CHANNELS[n % CHANNELS.length],
    items: n === 29 ? 'KMJ-PRG-XXL x1' : ITEMS[n % ITEMS.length], // 29: a size the shop does not make
    variantConfirmed: 'Ya',
    paymentMethod: payment,
    paymentStatus: payment === 'COD' || unpaid ? 'Belum bayar' : 'Lunas',
    courier: COURIERS[n % COURIERS.length],
    shippingCost: String(10000 + (n % 4) * 4000),
    discount: n % 5 === 0 ? '10000' : '',
    assignedCs: 'Dewi',
    notes: n === 17 ? FORMULA_ATTEMPT : NOTES[n] ?? '',
    promoCode: n === 2 || n === 8 ? 'gajian 10' : '', // Maya's month-end promo, typed as the customer said it
  };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
console.log('Toko — a day at the shop on the local Apps Script runtime (dist/Code.js)');

step('08.00 — Sari (owner) opens the sheet and runs Toko → Setup', () => {
  rt.open(OWNER);
  rt.clickMenu('Setup', OWNER);
});

step('08.05 — Sari fills in Pengaturan, lists her team, replaces the sample products with her batik, then runs Setup again to protect the sheets', () => {
  setSetting(rt, 'Nama toko', 'Toko Batik Sari');
  setSetting(rt, 'Email gudang', 'gudang@tokobatiksari.test');
  setSetting(rt, 'Email keuangan', FINANCE);
  // The books: her three cash accounts (the first is where a row without Akun counts) and her tax status.
  setSetting(rt, 'Akun kas', 'BCA, GoPay, Tunai');
  setSetting(rt, 'Wajib pajak', 'Orang pribadi');
  setSetting(rt, 'PPh final UMKM 0,5%', 'Ya');
  setSetting(rt, 'PKP', 'Tidak');
  setTeam(rt, [
    { email: CS, name: 'Dewi', division: 'CS' },
    { email: FINANCE, name: 'Rina', division: 'Keuangan' },
    { email: WAREHOUSE, name: 'Agus', division: 'Gudang' },
    { email: MARKETING, name: 'Maya', division: 'Marketing' },
  ]);
  const samples = rowsWhere(STOCK_SHEET, () => true);
  const rows = [...samples, ...PRODUCTS.slice(samples.length).map((_, i) => samples[samples.length - 1] + 1 + i)];
  PRODUCTS.forEach((product, i) => {
    const typed: Record<string, string> = { ...Object.fromEntries(Object.entries(product).map(([k, v]) => [k, String(v)])), reserved: '0', available: String(product.onHand) };
    for (const [key, value] of Object.entries(typed)) if (!holdsFormula(STOCK_SHEET, key, rows[i])) typeCell(STOCK_SHEET, key, rows[i], value, OWNER);
  });
  console.log(`  ${PRODUCTS.length} products typed in Gudang · Stok over Setup's samples: ${PRODUCTS.map((p) => p.sku).join(', ')}`);
  rt.clickMenu('Setup', OWNER);
});

step('08.15 — Maya (marketing) writes the month-end promo in Marketing · Promo: GAJIAN10, 10% from Rp150.000, 20 uses', () => {
  typeRows(rt, PROMO_SHEET, [{ code: 'GAJIAN10', name: 'Promo gajian akhir bulan', kind: 'Persen', value: '10', minPurchase: '150000', start: '25/11/2026', end: '5/12/2026', channels: 'Semua', quota: '20', budget: '500000', status: 'Aktif' }], MARKETING);
});

step('08.20 — Rina (finance) starts the cash book with each account’s opening balance, as the bank app, GoPay and the cash box show it', () => {
  typeRows(rt, LEDGER_SHEET, [
    { date: '2026-11-30', type: 'Pemasukan', category: 'Saldo awal', amount: '4500000', account: 'BCA', note: 'Saldo BCA pagi ini' },
    { date: '2026-11-30', type: 'Pemasukan', category: 'Saldo awal', amount: '350000', account: 'GoPay', note: 'Saldo GoPay' },
    { date: '2026-11-30', type: 'Pemasukan', category: 'Saldo awal', amount: '600000', account: 'Tunai', note: 'Uang di laci' },
  ], FINANCE);
});

step('08.30 — Rina (finance) receives 20 of the 30 selendang ordered from the workshop in Pekalongan, which gives her 30 days to pay (Bayar Terpisah)', () => {
  typeRows(rt, PURCHASES_SHEET, [{
    poId: 'PO-2611-01', date: '2026-11-27', supplier: 'CV Batik Pesisir Pekalongan', supplierEmail: 'order@batikpesisir.test',
    sku: 'SLD-SKJ', quantity: '30', unitCost: '35000', status: 'Dipesan', receiveNow: '20', paidSeparately: 'Ya',
  }], FINANCE);
  rt.workbook.select(PURCHASES_SHEET.name, 'A2');
  rt.clickMenu('Terima stok', FINANCE);
});

step('08.45 — Rina books last week’s ads (typing the channel her own way); Sari sets November’s targets in Manajemen · Rencana', () => {
  typeRows(rt, LEDGER_SHEET, [
    { date: '24/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '750000', note: 'Iklan klik-ke-WA kemeja parang', adChannel: 'FB Ads' },
    { date: '25/11/2026', type: 'Pengeluaran', category: 'Iklan', amount: '250000', note: 'Iklan toko Shopee', adChannel: 'iklan shopee' },
  ], FINANCE);
  typeRows(rt, PLAN_SHEET, [{ targetMonth: 'Nov 2026', targetOrders: '40', targetRevenue: '7,5 juta', targetMargin: '45%', targetAdSpend: '1 juta', targetComplaintRate: '3%' }], OWNER);
  console.log('  Keuangan · Kas: Iklan Rp750.000 "FB Ads", Rp250.000 "iklan shopee"; Rencana: Nov 2026 — 40 pesanan, "7,5 juta", margin 45%, iklan "1 juta", komplain 3%');
});

step('09.00–16.00 — Dewi (CS) types 30 orders from WhatsApp, Instagram, marketplaces and e-mail', () => {
  rt.advanceBy(60 * 60 * 1000);
  typeRows(rt, ORDERS_SHEET, Array.from({ length: 30 }, (_, i) => orderOfTheDay(i + 1)), CS);
  console.log(`  30 rows typed in CS · Pesanan (order 17's Catatan is what a customer pasted from a chat: ${FORMULA_ATTEMPT}; order 29 asks for KMJ-PRG-XXL, a size the shop does not make)`);
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

step('17.00 — Agus (warehouse) picks by the packing list\'s summary, checks each parcel\'s colour and count against the confirmed variant and ticks Dicek (all but the last, still on the table), then selects everything: Toko → Tandai dikemas (packing)', () => {
  rt.advanceBy(20 * 60 * 1000);
  const rows = rowsWhere(SHIPPING_SHEET, () => true);
  for (const row of rows.slice(0, -1)) typeCell(SHIPPING_SHEET, 'checked', row, 'Ya', WAREHOUSE);
  selectRows(rt, SHIPPING_SHEET, rows);
  rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
});

step('17.10 — Agus checks the last parcel (the colour matches), ticks its Dicek and packs it', () => {
  rt.advanceBy(10 * 60 * 1000);
  const [row] = rowsWhere(SHIPPING_SHEET, (r) => r.fulfilment === 'Menunggu packing');
  typeCell(SHIPPING_SHEET, 'checked', row, 'Ya', WAREHOUSE);
  selectRows(rt, SHIPPING_SHEET, [row]);
  rt.clickMenu('Tandai dikemas (packing)', WAREHOUSE);
});

step('18.00 — the couriers pick up; Agus types each resi, then Toko → Tandai dikirim (resi)', () => {
  rt.advanceBy(50 * 60 * 1000);
  const rows = rowsWhere(SHIPPING_SHEET, () => true);
  const couriers = recordsOf(rt, SHIPPING_SHEET).map((r) => String(r.courier));
  rows.forEach((row, i) => typeCell(SHIPPING_SHEET, 'trackingNumber', row, resiFor(couriers[row - 2], i), WAREHOUSE));
  selectRows(rt, SHIPPING_SHEET, rows);
  rt.clickMenu('Tandai dikirim (resi)', WAREHOUSE);
});

step('20.30 — Sari turns on the monthly report: Toko → Aktifkan laporan bulanan otomatis', () => {
  rt.advanceBy(2 * 60 * 60 * 1000 + 30 * 60 * 1000);
  rt.clickMenu('Aktifkan laporan bulanan otomatis', OWNER);
});

step('1 Dec 07.00 WIB — the trigger writes and mails November’s report', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 1, 7, 30));
  console.log(`  triggers: ${rt.triggers().map((t) => `${t.handler} (${t.description})`).join('; ')}`);
  const report = rt.workbook.values(reportSheetName('2026-11'));
  for (const label of ['Meta · ROAS (omzet ÷ biaya)', 'Shopee · biaya per pesanan', 'Biaya iklan (anggaran)']) {
    const row = report.find((r) => r[0] === label);
    if (row) console.log(`  ${label}: ${row.slice(1, 5).map((v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v))).join(' | ')}`);
  }
});

step('3 Dec 16.00 — the couriers’ tracking shows half the parcels delivered (COD money collected): Agus selects them, Toko → Tandai diterima', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 16));
  const rows = rowsWhere(SHIPPING_SHEET, () => true).filter((_, i) => i % 2 === 0);
  selectRows(rt, SHIPPING_SHEET, rows);
  rt.clickMenu('Tandai diterima', WAREHOUSE);
});

step('3 Dec 16.30 — Maya refreshes the contact list (Toko → Perbarui kontak), notes who agreed on WhatsApp to hear about promos and who asked to stop, and builds the broadcast list (Toko → Daftar broadcast)', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 16, 30));
  rt.clickMenu('Perbarui kontak', MARKETING);
  const contacts = rowsWhere(CONTACTS_SHEET, () => true);
  contacts.slice(0, 4).forEach((row, i) => typeCell(CONTACTS_SHEET, 'consent', row, ['ya ', 'Boleh', 'stop', 'YES'][i], MARKETING));
  contacts.slice(0, 4).forEach((row) => typeCell(CONTACTS_SHEET, 'consentSource', row, 'chat WA 3 Des', MARKETING));
  rt.clickMenu('Daftar broadcast', MARKETING);
  const links = rt.workbook.values(BROADCAST_SHEET_NAME).filter((r) => String(r[5]).startsWith('https://wa.me/'));
  console.log(`  ${contacts.length} contacts in ${CONTACTS_SHEET.name}; ${links.length} on the broadcast list with a WhatsApp link (only those who said yes)`);
  typeRows(rt, CONTENT_SHEET, [
    { date: '1/12/2026', platform: 'Instagram', contentType: 'Reels', topic: 'Kemeja Parang untuk kondangan', promoCode: 'GAJIAN10', owner: 'Maya', status: 'Tayang', link: 'https://instagram.com/p/batiksari1', reach: '2400', clicks: '130', orders: '3' },
    { date: '4/12/2026', platform: 'TikTok', contentType: 'Video', topic: 'Cara merawat batik tulis', owner: 'Maya', status: 'Draft' },
    { date: '9/12/2026', platform: 'Instagram', contentType: 'Feed', topic: 'Dress Kawung, koleksi baru', owner: 'Maya', status: 'Dijadwalkan' },
  ], MARKETING);
  console.log(`  3 posts in ${CONTENT_SHEET.name}: one live with its numbers, one draft, one scheduled`);
});

step('3 Dec 17.00 — Shopee pays out the delivered Shopee orders, Rp2.500 less than Toko expected: Rina types the payout in Keuangan · Pencairan, Toko → Catat pencairan', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 17));
  const shopee = recordsOf(rt, DONE_SHEET).filter((r) => r.channel === 'Shopee' && r.fulfilment === 'Diterima');
  if (shopee.length === 0) return console.log('  no Shopee order was delivered today: nothing to pay out');
  // Pengaturan's starter fee for Shopee (6,5% + Rp1.250); Shopee kept Rp2.500 more (an extra service fee).
  const expected = shopee.reduce((sum, r) => sum + expectedPayout(orderGoodsPrice(r), { percentBp: 650, fixed: 1250 }), 0);
  const [row] = typeRows(rt, PAYOUT_SHEET, [{ date: '3/12/2026', marketplace: 'Shopee', amount: String(expected - 2500), orders: shopee.map((r) => String(r.orderId)).join(', '), reference: 'SPX-20261203-01' }], FINANCE);
  selectRows(rt, PAYOUT_SHEET, [row]);
  rt.clickMenu('Catat pencairan', FINANCE);
});

step('3 Dec 17.30 — a COD parcel comes back (the customer refused it at the door): Agus checks it, types the courier’s return fee, Toko → Tandai retur', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 17, 30));
  const [row] = rowsWhere(SHIPPING_SHEET, (r) => r.paymentMethod === 'COD' && r.fulfilment === 'Sudah dikirim');
  if (row === undefined) throw new Error('No shipped COD parcel left to return');
  typeCell(SHIPPING_SHEET, 'returnCost', row, '15000', WAREHOUSE);
  selectRows(rt, SHIPPING_SHEET, [row]);
  rt.clickMenu('Tandai retur', WAREHOUSE);
  const returned = recordsOf(rt, DONE_SHEET).filter((r) => r.fulfilment === 'Retur').map((r) => String(r.orderId));
  console.log(`  COD return: ${returned.join(', ')} back in Gudang · Selesai as Retur, its goods back in stock, Rp15.000 return shipping in Keuangan · Kas`);
});

step('3 Dec 17.45 — Agus counts two shelves: one selendang is missing and one kain tulis has a stain it cannot be sold with; he types Hasil Hitung and Alasan Selisih, then Toko → Stock opname', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 17, 45));
  const counted = [
    { sku: 'SLD-SKJ', reason: 'Hilang' },
    { sku: 'KAIN-TLS-01', reason: 'Rusak' },
  ];
  for (const { sku, reason } of counted) {
    const [row] = rowsWhere(STOCK_SHEET, (r) => r.sku === sku);
    if (row === undefined) throw new Error(`No stock row for ${sku}`);
    const onHand = Number(recordsOf(rt, STOCK_SHEET)[row - 2].onHand);
    typeCell(STOCK_SHEET, 'countedQty', row, String(onHand - 1), WAREHOUSE);
    typeCell(STOCK_SHEET, 'countReason', row, reason, WAREHOUSE);
  }
  rt.clickMenu('Stock opname', WAREHOUSE);
  const adjustments = recordsOf(rt, LEDGER_SHEET).filter((r) => r.category === 'Penyesuaian Stok');
  console.log(`  Stock opname: ${adjustments.length} Penyesuaian Stok entries in Keuangan · Kas (${adjustments.map((r) => `${String(r.entryId)} ${formatRupiah(Number(r.amount || 0))}`).join(', ')}), Stok Fisik set to the count`);
});

step('3 Dec 19.00 — a customer says her delivered parcel arrived damaged: Dewi records it (Toko → Catat komplain), forwards it to the warehouse (Toko → Teruskan komplain), and solves it with a replacement (Toko → Selesaikan komplain)', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 19));
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

step('3 Dec 19.30 — the same customer asks on WhatsApp where her replacement is: Dewi types her number into Toko → Cari pelanggan / pesanan', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 19, 30));
  const phone = String(recordsOf(rt, COMPLAINTS_SHEET)[0]?.phone ?? '');
  // The server function the sidebar calls through google.script.run.
  const reply = rt.call('searchCustomer', [phone], { user: CS }) as { ok: boolean; message: string; value?: { orders: unknown[]; sections: Array<{ id: string; items: unknown[] }> } };
  if (!reply.ok || !reply.value) throw new Error(`The sidebar failed: ${reply.message}`);
  const count = (id: string) => reply.value?.sections.find((s) => s.id === id)?.items.length ?? 0;
  console.log(`  sidebar for ${phone}: ${reply.value.orders.length} order(s), ${count('komplain')} open complaint(s), ${count('balasan')} quick replies`);
});

step('3 Dec 19.40 — Sari notes two competitors’ prices seen on Shopee in Marketing · Riset: Toko → Bandingkan harga', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 19, 40));
  typeRows(rt, RESEARCH_SHEET, [
    { date: '03/12/2026', kind: 'Kompetitor', subject: 'Batik Laris Solo', product: 'Kemeja parang sogan L', theirPrice: '155rb', ourSku: 'KMJ-PRG-L', channel: 'Shopee' },
    { date: '03/12/2026', kind: 'Kompetitor', subject: 'Griya Batik', product: 'Selendang sekar jagad', theirPrice: '75.000', ourSku: 'SLD-SKJ', channel: 'Shopee' },
  ], OWNER);
  rt.clickMenu('Bandingkan harga', OWNER);
});

step('3 Dec 19.50 — Sari reads the day from the top: Toko → Perbarui dashboard', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 3, 19, 50));
  rt.clickMenu('Perbarui dashboard', OWNER);
  const dashboard = rt.workbook.values('Manajemen · Dashboard');
  const lights = dashboard.filter((r) => ['CS', 'Keuangan', 'Gudang', 'Marketing', 'Manajemen'].includes(String(r[0]))).map((r) => `${r[0]} ${r[1]}`);
  console.log(`  lights: ${lights.join(' · ')}`);
  console.log(`  ${String(dashboard.find((r) => String(r[0]).startsWith('Rata-rata') || String(r[0]).startsWith('Belum ada pesanan'))?.[0] ?? '')}`);
});

step('3 Dec 20.00 WIB — the day ends with Sari’s evening digest (the trigger rebuilds the dashboard with the same figures)', () => {
  const before = rt.outbox.length;
  rt.advanceTo(jakartaInstant(2026, 12, 3, 20, 15));
  const digest = rt.outbox.slice(before).find((m) => m.subject.startsWith('Ringkasan harian'));
  if (!digest) throw new Error('No evening digest was mailed');
  console.log(`  “${digest.subject}” → ${digest.to}`);
  for (const line of digest.body.split('\n').slice(0, 16)) console.log(`  ${line}`);
});

step('7 Dec 08.00 — Monday: the weekly trigger mails Maya the content digest (due this week, late, live last week)', () => {
  rt.advanceTo(jakartaInstant(2026, 12, 7, 8, 30));
  const digest = rt.outbox.filter((m) => m.subject.startsWith('Konten ')).at(-1);
  console.log(`  ${digest ? `“${digest.subject}” → ${digest.to}` : 'no content digest!'}`);
});

const sheetCounts = ALL_SHEETS.map((spec) => `${spec.name}: ${recordsOf(rt, spec).length}`);
const ledger = recordsOf(rt, LEDGER_SHEET);
const flows = ledger.filter((r) => r.category !== 'Saldo awal');
const opening = ledger.filter((r) => r.category === 'Saldo awal').reduce((sum, r) => sum + Number(r.amount || 0), 0);
const income = flows.filter((r) => r.type === 'Pemasukan').reduce((sum, r) => sum + Number(r.amount || 0), 0);
const expense = flows.filter((r) => r.type === 'Pengeluaran').reduce((sum, r) => sum + Number(r.amount || 0), 0);
const report = reportSheetName('2026-11');

/** Where the formula a customer pasted ended up, and whether any sheet holds it as a formula. */
function formulaDefence(): string {
  const kept = [ORDERS_SHEET, APPROVAL_SHEET, SHIPPING_SHEET, DONE_SHEET].flatMap((spec) =>
    recordsOf(rt, spec).filter((r) => r.notes === FORMULA_ATTEMPT).map((r) => `${spec.name} (${String(r.orderId)})`));
  const asFormula = rt.run(() => rt.workbook.spreadsheet.getSheets().some((sheet) => sheet.getDataRange().getFormulas().some((row) => row.some((f) => f.includes('phish')))));
  return `${FORMULA_ATTEMPT} kept as text in the Catatan of ${kept.join(', ') || 'no sheet!'}; as a formula in ${asFormula ? 'a sheet — NOT DEFENDED!' : 'no sheet'}`;
}

(async () => {
  const calls = rt.callCounts().total;
  const defence = formulaDefence();
  const workbook = join(OUT, 'toko.xlsx');
  const xlsx = await rt.saveXlsx(workbook);
  const mails = rt.writeOutbox(join(OUT, 'mail'));
  console.log('\n— What the day left behind —');
  console.log(`Rows per sheet: ${sheetCounts.join(' · ')}`);
  console.log(`Still in CS · Pesanan: ${recordsOf(rt, ORDERS_SHEET).length}; waiting in Approval: ${recordsOf(rt, APPROVAL_SHEET).length}; done: ${recordsOf(rt, DONE_SHEET).length}`);
  console.log(`Cash book: opening balances ${formatRupiah(opening)}; since then income ${formatRupiah(income)}, expenses ${formatRupiah(expense)}`);
  console.log(`Report sheet: ${rt.workbook.sheetNames().includes(report) ? report : 'missing!'}`);
  console.log(`Mail sent (${rt.outbox.length}): ${rt.outbox.map((m) => `“${m.subject}” → ${m.to}`).join('; ')}`);
  console.log(`Customer text: ${defence}`);
  const promoRow = recordsOf(rt, PROMO_SHEET)[0];
  console.log(`Promo GAJIAN10: used ${String(promoRow?.uses ?? 0)} times, discount given ${formatRupiah(Number(promoRow?.discountGiven || 0))}`);
  console.log(`Service calls: ${calls}`);
  console.log(`\nWorkbook: ${relative(process.cwd(), workbook)}`);
  console.log('  What a local .xlsx cannot hold (said in its last sheet, "Tentang file ini"):');
  for (const chart of xlsx.charts) console.log(`  • the chart "${chart.title}" of ${chart.sheet} is no native chart here: its data and in-cell bars are in the sheet "${chart.exportedAs}"`);
  const locked = xlsx.protections.filter((p) => p.applied !== 'not applied (warning only)');
  const warned = xlsx.protections.length - locked.length;
  console.log(`  • ${locked.length} sheet protections are locked without a password (Excel and LibreOffice cannot say who may edit; each sheet's editors are listed there)${warned ? `; ${warned} warning-only ones are not applied` : ''}`);
  console.log(`Mail (.eml): ${relative(process.cwd(), join(OUT, 'mail'))}/ (${mails.length} files)`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
