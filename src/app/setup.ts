/**
 * Toko → Setup: creates or repairs every sheet of the schema — headers (missing ones added at the
 * end), frozen header row, tab colour, dropdowns, number formats, column widths — writes starter
 * settings and a few starter stock rows when those sheets are new, and protects each division's
 * sheets. It never deletes or overwrites people's data; it says what it did. Safe to rerun.
 */
import { spreadsheetOwnerEmail } from '../gas/session';
import { joinTexts, Text } from '../domain/i18n';
import { DEFAULT_COURIERS, DEFAULT_SETTINGS } from '../domain/settings';
import { cellText } from '../domain/cell';
import {
  ALL_SHEETS, ColumnSpec, Division, DIVISIONS, LEDGER_CATEGORIES, ORDER_COLUMNS, SETTING_KEYS, SettingKey, SETTINGS_SHEET, SheetSpec, STOCK_SHEET,
} from '../sheets/schema';
import { indexColumns, numberFormatFor, Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { csChoices, setupCsSheets } from './cs-setup';

/** Setup is the owner's (and management's) action; it runs before Pengaturan exists. */
export const SETUP_ACTION: ActionSpec = { name: 'Setup', divisions: ['Manajemen'], settingsOptional: true };

/**
 * Who may edit each sheet besides the owner: its division, plus the divisions whose actions write
 * there (Apps Script runs a menu action as the person who clicks, so their protections apply).
 */
export const SHEET_EDITORS: Readonly<Record<string, readonly Division[] | 'everyone'>> = {
  'CS · Pesanan': ['CS', 'Keuangan'], // Tolak pesanan sends orders back to CS
  'Keuangan · Approval': ['Keuangan', 'CS'], // Konfirmasi pesanan adds orders
  'Keuangan · Kas': ['Keuangan', 'Gudang', 'CS'], // COD income at delivery; refunds on cancel
  'Keuangan · Pembelian': ['Keuangan'],
  'Gudang · Stok': ['Gudang', 'CS', 'Keuangan'], // confirm reserves, reject/cancel release, receiving adds
  'Gudang · Pengiriman': ['Gudang', 'Keuangan'], // Approve order adds orders
  'Gudang · Selesai': ['Gudang', 'CS', 'Keuangan'], // cancelled orders from every stage
  Pengaturan: ['Manajemen'],
  Log: 'everyone',
  Outbox: 'everyone',
};

/** A few products so a new shop sees how the stock sheet works (only written when Gudang · Stok is new). */
export const STARTER_STOCK: ReadonlyArray<Record<string, string | number>> = [
  { sku: 'KAOS-HTM-L', name: 'Kaos Polos Hitam', variant: 'L / Hitam', onHand: 20, reserved: 0, available: 20, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000 },
  { sku: 'KAOS-PTH-M', name: 'Kaos Polos Putih', variant: 'M / Putih', onHand: 15, reserved: 0, available: 15, reorderPoint: 5, costPrice: 40000, sellingPrice: 85000 },
  { sku: 'TOPI-01', name: 'Topi Baseball', variant: 'Navy', onHand: 10, reserved: 0, available: 10, reorderPoint: 3, costPrice: 20000, sellingPrice: 50000 },
];

const HEADER_BACKGROUND = '#eeeeee';

/** The locale and zone Toko's formats and typed numbers assume (`15.000` is 15000, Rupiah shows `Rp1.250.000`). */
export const SHOP_LOCALE = 'id_ID';
export const SHOP_TIME_ZONE = 'Asia/Jakarta';

/**
 * A new Toko spreadsheet gets the shop's locale and time zone; an existing one in another locale is
 * left as its owner chose, with a warning that explains what it changes.
 */
function ensureLocale(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, isNewShop: boolean): Text | null {
  if (isNewShop) {
    ss.setSpreadsheetLocale(SHOP_LOCALE);
    ss.setSpreadsheetTimeZone(SHOP_TIME_ZONE);
    return null;
  }
  const locale = ss.getSpreadsheetLocale();
  if (locale === SHOP_LOCALE) return null;
  return {
    id: `Perhatian: lokal spreadsheet ini ${locale}, bukan Indonesia (${SHOP_LOCALE}). Angka yang diketik dibaca menurut lokal itu (15.000 tidak menjadi lima belas ribu) dan Rupiah tampil seperti Rp1,250,000. Ubah di File → Setelan → Lokal: Indonesia, zona waktu (GMT+07:00) Jakarta.`,
    en: `Warning: this spreadsheet's locale is ${locale}, not Indonesia (${SHOP_LOCALE}). Typed numbers are read in that locale (15.000 is not fifteen thousand) and Rupiah shows like Rp1,250,000. Change it in File → Settings → Locale: Indonesia, time zone (GMT+07:00) Jakarta.`,
  };
}

/** What Setup did to one sheet, for the message. */
interface SheetReport {
  created: boolean;
  added: string[];
  /** Missing headers Setup did not add, because a column it does not know holds data (perhaps the same column, renamed). */
  renamed: Array<{ missing: string; candidates: string[] }>;
}

/**
 * Makes sure the sheet exists with every schema header; returns the header positions (0-based) and what
 * changed. A missing header is added at the end — unless the sheet has rows and a column with a header
 * Toko does not know holds data: then that column may be the same one, renamed, and an empty stand-in
 * would let actions run on blanks. Setup then adds nothing for it and says which header to put back.
 */
function ensureSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): { sheet: GoogleAppsScript.Spreadsheet.Sheet; positions: Map<string, number> | null; report: SheetReport } {
  let sheet = ss.getSheetByName(spec.name);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(spec.name);
  const lastColumn = created ? 0 : sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const found = indexColumns(header, spec.columns);
  const candidates = found.missing.length && !created ? unknownColumnsWithData(sheet, header, found.positions) : [];
  if (candidates.length) {
    return { sheet, positions: null, report: { created, added: [], renamed: found.missing.map((c) => ({ missing: c.header, candidates })) } };
  }
  const width = Math.max(lastColumn, ...[...found.positions.values()].map((p) => p + 1));
  const positions = new Map(found.positions);
  if (found.missing.length) {
    const needed = width + found.missing.length;
    const maxColumns = sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
    sheet.getRange(1, width + 1, 1, found.missing.length).setValues([found.missing.map((c) => c.header)]);
    found.missing.forEach((column, i) => positions.set(column.key, width + i));
  }
  return { sheet, positions, report: { created, added: created ? [] : found.missing.map((c) => c.header), renamed: [] } };
}

/** Headers Toko does not know whose column holds any data below the header (one read of the sheet's data). */
function unknownColumnsWithData(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: unknown[], ours: Map<string, number>): string[] {
  const known = new Set(ours.values());
  const unknown = header.map((h, p) => ({ name: String(h ?? '').trim(), p })).filter(({ name, p }) => name !== '' && !known.has(p));
  if (unknown.length === 0 || sheet.getLastRow() < 2) return [];
  const data = sheet.getRange(2, 1, sheet.getLastRow() - 1, header.length).getValues();
  return unknown.filter(({ p }) => data.some((row) => row[p] !== '' && row[p] !== null)).map(({ name }) => name);
}

/** Header style, frozen row, tab colour, number formats, dropdowns and widths (a few calls per column, never per row). */
function formatSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec, positions: Map<string, number>, choicesFor: (column: ColumnSpec) => readonly string[] | undefined): void {
  const width = Math.max(...[...positions.values()].map((p) => p + 1));
  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(1, 1);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  sheet.setTabColor(spec.tabColor);
  for (const column of spec.columns) {
    const at = (positions.get(column.key) as number) + 1;
    const cells = sheet.getRange(2, at, dataRows, 1);
    cells.setNumberFormat(numberFormatFor(column.format));
    const choices = choicesFor(column);
    if (choices && choices.length) {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...choices].filter((c) => c !== ''), true).setAllowInvalid(true).build();
      cells.setDataValidation(rule);
    }
    if (column.width) sheet.setColumnWidth(at, column.width);
  }
}

/** Protects a sheet for its editors and the owner; warning-only while no team is listed. Returns a line for the message. */
function protectSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec, ctx: ActionContext): Text {
  const editors = SHEET_EDITORS[spec.name] ?? [spec.division === 'Semua' ? 'Manajemen' : spec.division];
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const protection = existing.length ? existing[0] : sheet.protect();
  protection.setDescription(`Toko: ${spec.name}`);
  if (ctx.settings.team.length === 0 || editors === 'everyone') {
    protection.setWarningOnly(true);
    return editors === 'everyone'
      ? { id: `${spec.name}: semua orang boleh mengedit (hanya peringatan)`, en: `${spec.name}: everyone may edit (warning only)` }
      : { id: `${spec.name}: hanya peringatan (belum ada tim di Pengaturan)`, en: `${spec.name}: warning only (no team listed in Settings)` };
  }
  const wanted = new Set(ctx.settings.team.filter((m) => editors.includes(m.division)).map((m) => m.email));
  if (ctx.settings.ownerEmail) wanted.add(ctx.settings.ownerEmail);
  if (ctx.user) wanted.add(ctx.user);
  protection.setWarningOnly(false);
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const stale = current.filter((email) => !wanted.has(email));
  if (stale.length) protection.removeEditors(stale);
  const missing = [...wanted].filter((email) => !current.includes(email));
  if (missing.length) protection.addEditors(missing);
  return { id: `${spec.name}: hanya ${editors.join(', ')} dan pemilik`, en: `${spec.name}: only ${editors.join(', ')} and the owner` };
}

/** Writes the starter settings a new Pengaturan needs, or adds only what is missing from an existing one. */
function ensureSettings(ctx: ActionContext, isNew: boolean): Text | null {
  const table = Table.read(ctx.ss, SETTINGS_SHEET);
  const records = table.rows.map((row) => row.record);
  const labels = new Set(records.map((r) => cellText(r.settingKey).toLowerCase()));
  const starter: Record<SettingKey, string> = { ...DEFAULT_SETTINGS, ownerEmail: ctx.settings.ownerEmail || spreadsheetOwnerEmail(ctx.ss) || ctx.user };
  const keys = (Object.keys(SETTING_KEYS) as SettingKey[]).filter((k) => !labels.has(SETTING_KEYS[k].toLowerCase()));
  const couriers = records.some((r) => cellText(r.courier) !== '') ? [] : DEFAULT_COURIERS;
  const categories = records.some((r) => cellText(r.ledgerCategory) !== '') ? [] : LEDGER_CATEGORIES;
  const rows = Math.max(keys.length, couriers.length, categories.length);
  if (rows === 0) return null;
  // Side-by-side blocks: a new sheet gets them from row 2; an existing one gets new rows below its content.
  for (let i = 0; i < rows; i++) {
    const record: Record<string, string> = {};
    if (keys[i]) {
      record.settingKey = SETTING_KEYS[keys[i]];
      record.settingValue = starter[keys[i]];
    }
    if (couriers[i]) {
      record.courier = couriers[i].name;
      record.trackingUrl = couriers[i].trackingUrl;
    }
    if (categories[i]) record.ledgerCategory = categories[i];
    table.append(record);
  }
  table.commit();
  return isNew
    ? { id: 'Pengaturan awal sudah diisi (nama toko, kurir dan URL lacak, kategori kas, bahasa). Lengkapi e-mail gudang dan tim Anda di sana.', en: 'Starter settings written (shop name, couriers and tracking URLs, ledger categories, language). Fill in your warehouse e-mail and team there.' }
    : { id: `Pengaturan dilengkapi: ${[...keys.map((k) => SETTING_KEYS[k]), ...(couriers.length ? ['kurir'] : []), ...(categories.length ? ['kategori kas'] : [])].join(', ')}.`, en: `Settings completed: ${[...keys.map((k) => SETTING_KEYS[k]), ...(couriers.length ? ['couriers'] : []), ...(categories.length ? ['ledger categories'] : [])].join(', ')}.` };
}

/** Runs Setup (see the file comment) and returns the report of what it did. */
export function setupSheets(ctx: ActionContext): ActionOutcome {
  const lines: Text[] = [];
  const prepared = ALL_SHEETS.map((spec) => ({ spec, ...ensureSheet(ctx.ss, spec) }));
  const localeLine = ensureLocale(ctx.ss, prepared.every((p) => p.report.created));
  const settingsNew = prepared.find((p) => p.spec.name === SETTINGS_SHEET.name)?.report.created ?? false;
  const settingsLine = ensureSettings(ctx, settingsNew);
  const couriers = settingsNew ? DEFAULT_COURIERS.map((c) => c.name) : ctx.settings.couriers.map((c) => c.name);
  const categories = settingsNew ? [...LEDGER_CATEGORIES] : ctx.settings.ledgerCategories;
  const choicesFor = (spec: SheetSpec) => (column: ColumnSpec): readonly string[] | undefined => {
    if (spec.columns === ORDER_COLUMNS && column.key === 'courier') return couriers;
    if (spec.columns === ORDER_COLUMNS && column.key === 'assignedCs') return csChoices(ctx);
    if (spec.name === 'Keuangan · Kas' && column.key === 'category') return categories;
    if (spec.name === SETTINGS_SHEET.name && column.key === 'teamDivision') return DIVISIONS;
    return column.choices;
  };
  const protections: Text[] = [];
  for (const { spec, sheet, positions, report } of prepared) {
    for (const { missing, candidates } of report.renamed) {
      lines.push({
        id: `${spec.name}: kolom "${missing}" tidak ada, tetapi kolom ${candidates.map((c) => `"${c}"`).join(', ')} berisi data. Jika judul "${missing}" diganti, kembalikan judulnya menjadi "${missing}"; jika memang terhapus, ketik judul "${missing}" di kolom kosong. Setup tidak membuat kolom kosong pengganti, dan aksi di sheet ini ditolak sampai judulnya benar.`,
        en: `${spec.name}: column "${missing}" is missing, but column(s) ${candidates.map((c) => `"${c}"`).join(', ')} hold data. If the "${missing}" header was renamed, rename it back to "${missing}"; if it was deleted, type the header "${missing}" over an empty column. Setup adds no empty stand-in, and actions on this sheet are refused until the header is right.`,
      });
    }
    if (!positions) continue;
    formatSheet(sheet, spec, positions, choicesFor(spec));
    protections.push(protectSheet(sheet, spec, ctx));
    if (report.created) lines.push({ id: `Sheet ${spec.name} dibuat.`, en: `Sheet ${spec.name} created.` });
    if (report.added.length) lines.push({ id: `Kolom ditambahkan di ${spec.name}: ${report.added.join(', ')}.`, en: `Columns added to ${spec.name}: ${report.added.join(', ')}.` });
  }
  if (settingsLine) lines.push(settingsLine);
  if (localeLine) lines.push(localeLine);
  if (prepared.find((p) => p.spec.name === STOCK_SHEET.name)?.report.created) {
    const stock = Table.read(ctx.ss, STOCK_SHEET);
    for (const record of STARTER_STOCK) stock.append(record);
    stock.commit();
    lines.push({ id: `${STARTER_STOCK.length} produk contoh ditambahkan di ${STOCK_SHEET.name} — ganti dengan produk Anda.`, en: `${STARTER_STOCK.length} sample products added to ${STOCK_SHEET.name} — replace them with yours.` });
  }
  const csLine = setupCsSheets(ctx, new Set(prepared.filter((p) => p.report.created).map((p) => p.spec.name)));
  if (csLine) lines.push(csLine);
  const first = prepared[0].sheet;
  first.activate();
  if (lines.length === 0) lines.push({ id: 'Semua sheet sudah lengkap; format, dropdown dan proteksi diperbarui. Tidak ada data yang diubah.', en: 'Every sheet was already complete; formats, dropdowns and protection refreshed. No data was changed.' });
  lines.push({ id: 'Proteksi:', en: 'Protection:' }, ...protections.map((p) => ({ id: `• ${p.id}`, en: `• ${p.en}` })));
  ctx.log({ action: 'Setup', details: lines.map((l) => l.id).join(' ').slice(0, 2000) });
  return { message: joinTexts(lines), alert: true };
}

/** Menu entry: Setup. */
export function setup(): void {
  runAction(SETUP_ACTION, setupSheets);
}
