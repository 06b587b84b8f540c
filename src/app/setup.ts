/**
 * Toko → Setup: creates or repairs every sheet of the schema — headers (missing ones added at the
 * end), frozen header row, tab colour, dropdowns, number formats, column widths — writes starter
 * settings and a few starter stock rows when those sheets are new, and protects each division's
 * sheets. It never deletes or overwrites people's data; it says what it did. Safe to rerun.
 */
import { spreadsheetOwnerEmail } from '../gas/session';
import { joinTexts, Text } from '../domain/i18n';
import { DEFAULT_COURIERS, DEFAULT_SETTINGS } from '../domain/settings';
import { complaintRouteRecord, DEFAULT_COMPLAINT_ROUTES } from '../domain/complaint-routing';
import { DEFAULT_MARKETPLACE_FEES } from '../domain/marketplace';
import { cellText } from '../domain/cell';
import {
  ALL_SHEETS, ColumnSpec, columnWidth, Division, DIVISIONS, headerWidth, LEDGER_CATEGORIES, LOG_SHEET, ORDER_COLUMNS, OUTBOX_SHEET, SETTING_CHOICES, SETTING_KEYS,
  SettingKey, SETTINGS_BLOCKS, SETTINGS_SHEET, SheetSpec, STOCK_SHEET,
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
  'Keuangan · Pencairan': ['Keuangan'], // Catat pencairan (finance's own)
  'Gudang · Stok': ['Gudang', 'CS', 'Keuangan'], // confirm reserves, reject/cancel release, receiving adds
  'Gudang · Pengiriman': ['Gudang', 'Keuangan', 'CS'], // Approve order adds orders; Catat komplain marks the order's Komplain
  'CS · Komplain': ['CS', 'Gudang', 'Keuangan'], // the divisions a complaint is routed to write their answer there
  'Gudang · Selesai': ['Gudang', 'CS', 'Keuangan'], // cancelled orders from every stage
  'Marketing · Promo': ['Marketing', 'CS', 'Keuangan', 'Gudang'], // confirm counts a promo's use, reject/cancel give it back
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
/** Pengaturan's table titles: white on the shop's slate, so a title never reads as a column header. */
const TITLE_BACKGROUND = '#546e7a';
const TITLE_COLOR = '#ffffff';

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
  if (!sheet) {
    sheet = ss.insertSheet(spec.name);
    const layout = initialHeader(spec);
    if (layout.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, 1, layout.length).setValues([layout]);
    return { sheet, positions: indexColumns(layout, spec.columns).positions, report: { created, added: [], renamed: [] } };
  }
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const found = indexColumns(header, spec.columns);
  renameFormerHeaders(sheet, spec, header, found.positions);
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

/** The header row of a new sheet: the schema's headers; Pengaturan's tables each behind their title column. */
function initialHeader(spec: SheetSpec): string[] {
  if (spec.name !== SETTINGS_SHEET.name) return spec.columns.map((c) => c.header);
  const header = (key: string) => (spec.columns.find((c) => c.key === key) as ColumnSpec).header;
  return SETTINGS_BLOCKS.flatMap((block) => [block.title, ...block.keys.map(header)]);
}

/** A column found under an earlier header (`Dipesan` for Di-booking) gets its header today, in place: its data stays. */
function renameFormerHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec, header: unknown[], positions: Map<string, number>): void {
  for (const column of spec.columns) {
    const at = positions.get(column.key);
    const text = at === undefined ? '' : String(header[at] ?? '').trim().toLowerCase();
    if (at !== undefined && (column.formerHeaders ?? []).some((h) => h.toLowerCase() === text)) {
      sheet.getRange(1, at + 1).setValue(column.header);
      header[at] = column.header;
    }
  }
}

/**
 * Pengaturan's tables each get a title column on their left (empty below: room between two tables that
 * share rows but not meaning). A title missing from an existing sheet is inserted as a new column before
 * the table's first column: whole columns move, no cell changes. Returns the titles' 0-based positions.
 */
function ensureSettingsTitles(sheet: GoogleAppsScript.Spreadsheet.Sheet, positions: Map<string, number>): Map<string, number> {
  const width = Math.max(...[...positions.values()].map((p) => p + 1));
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map((h) => String(h ?? '').trim());
  const titles = new Map<string, number>();
  // Right to left, so a column inserted for one table does not move the tables already handled past their titles.
  const blocks = SETTINGS_BLOCKS.map((block) => ({ block, first: Math.min(...block.keys.map((k) => positions.get(k) as number)) })).sort((a, b) => b.first - a.first);
  for (const { block, first } of blocks) {
    if (first > 0 && header[first - 1] === block.title) {
      titles.set(block.title, first - 1);
      continue;
    }
    sheet.insertColumnsBefore(first + 1, 1);
    sheet.getRange(1, first + 1).setValue(block.title);
    header.splice(first, 0, block.title);
    for (const [key, p] of positions) if (p >= first) positions.set(key, p + 1);
    for (const [title, p] of titles) if (p >= first) titles.set(title, p + 1);
    titles.set(block.title, first);
  }
  return titles;
}

/** Headers Toko does not know whose column holds any data below the header (one read of the sheet's data). */
function unknownColumnsWithData(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: unknown[], ours: Map<string, number>): string[] {
  const known = new Set(ours.values());
  const unknown = header.map((h, p) => ({ name: String(h ?? '').trim(), p })).filter(({ name, p }) => name !== '' && !known.has(p));
  if (unknown.length === 0 || sheet.getLastRow() < 2) return [];
  const data = sheet.getRange(2, 1, sheet.getLastRow() - 1, header.length).getValues();
  return unknown.filter(({ p }) => data.some((row) => row[p] !== '' && row[p] !== null)).map(({ name }) => name);
}

/**
 * Header style, frozen row, tab colour; for each column on every row below the header (2 to the sheet's
 * last row, so rows Toko appends into are ready): number format and dropdown; header notes, hidden
 * columns, and widths (one setColumnWidths per run of adjacent columns of equal width). A few calls per
 * column, never per row.
 */
function formatSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  spec: SheetSpec,
  positions: Map<string, number>,
  choicesFor: (column: ColumnSpec) => readonly string[] | undefined,
  titles: ReadonlyMap<string, number> = new Map(),
): void {
  const width = Math.max(...[...positions.values(), ...titles.values()].map((p) => p + 1));
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(1, 1);
  const dataRows = sheet.getMaxRows() - 1;
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  unstyleHeaderCopies(sheet, width);
  sheet.setFrozenRows(1);
  sheet.setTabColor(spec.tabColor);
  const widths = new Map<number, number>();
  for (const column of spec.columns) {
    const at = (positions.get(column.key) as number) + 1;
    const cells = sheet.getRange(2, at, dataRows, 1);
    cells.setNumberFormat(numberFormatFor(column.format));
    const choices = choicesFor(column);
    if (choices && choices.length) {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...choices].filter((c) => c !== ''), true).setAllowInvalid(true).build();
      cells.setDataValidation(rule);
    }
    if (column.note) sheet.getRange(1, at).setNote(column.note);
    if (column.hidden) sheet.hideColumns(at);
    widths.set(at, columnWidth(column));
  }
  for (const [title, p] of titles) {
    const block = SETTINGS_BLOCKS.find((b) => b.title === title);
    sheet.getRange(1, p + 1).setBackground(TITLE_BACKGROUND).setFontColor(TITLE_COLOR).setNote(block?.note ?? null);
    widths.set(p + 1, headerWidth(title));
  }
  setWidths(sheet, widths);
}

/**
 * Data rows that took the header's bold grey (rows an earlier Toko inserted right under the header: Sheets
 * gives inserted rows the style of the row above) become plain again; a row someone coloured otherwise
 * is left alone. One read of the first column's backgrounds, one write per run of such rows.
 */
function unstyleHeaderCopies(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): void {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return;
  const backgrounds = sheet.getRange(2, 1, lastRow - 1, 1).getBackgrounds();
  const rows = backgrounds.map((row, i) => (String(row[0]).toLowerCase() === HEADER_BACKGROUND ? i + 2 : 0)).filter((r) => r > 0);
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    sheet.getRange(rows[i], 1, j - i + 1, width).setFontWeight('normal').setBackground(null);
    i = j + 1;
  }
}

/** Sets column widths with one setColumnWidths per run of adjacent columns that get the same width. */
function setWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, widths: ReadonlyMap<number, number>): void {
  const columns = [...widths.keys()].sort((a, b) => a - b);
  for (let i = 0; i < columns.length; ) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1 && widths.get(columns[j + 1]) === widths.get(columns[i])) j++;
    if (j === i) sheet.setColumnWidth(columns[i], widths.get(columns[i]) as number);
    else sheet.setColumnWidths(columns[i], j - i + 1, widths.get(columns[i]) as number);
    i = j + 1;
  }
}

/**
 * The Nilai cell of each scalar setting with fixed answers (Bahasa, Kirim PO ke supplier) gets its
 * dropdown; the rest of the Nilai column none (a row moved by hand takes no stale dropdown along).
 */
function settingDropdowns(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const table = Table.read(ss, SETTINGS_SHEET);
  const sheet = table.sheet;
  const valueColumn = indexColumns(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0], SETTINGS_SHEET.columns).positions.get('settingValue') as number;
  sheet.getRange(2, valueColumn + 1, sheet.getMaxRows() - 1, 1).setDataValidation(null);
  for (const row of table.rows) {
    const label = cellText(row.record.settingKey).toLowerCase();
    const key = (Object.keys(SETTING_CHOICES) as SettingKey[]).find((k) => SETTING_KEYS[k].toLowerCase() === label);
    if (!key) continue;
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...(SETTING_CHOICES[key] as readonly string[])], true).setAllowInvalid(true).build();
    sheet.getRange(row.rowNumber, valueColumn + 1).setDataValidation(rule);
  }
}

/** Every stock row gets Tersedia's formula (rows typed by hand, and sheets from before it was one): one read, one write. */
function stockFormulas(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  Table.read(ss, STOCK_SHEET).writeFormulas();
}

/** The tab order: the divisions' sheets (CS, Keuangan, Gudang), then other tabs as they were (reports, people's own), then Pengaturan, Log and Outbox. */
const TAIL_SHEETS = [SETTINGS_SHEET.name, LOG_SHEET.name, OUTBOX_SHEET.name];

/** Moves tabs that are out of that order (the others stay where they are relative to each other). */
function orderTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheets = ss.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const head = ALL_SHEETS.map((spec) => spec.name).filter((name) => !TAIL_SHEETS.includes(name) && names.includes(name));
  const tail = TAIL_SHEETS.filter((name) => names.includes(name));
  const wanted = [...head, ...names.filter((name) => !head.includes(name) && !tail.includes(name)), ...tail];
  const current = [...names];
  wanted.forEach((name, i) => {
    if (current[i] === name) return;
    ss.setActiveSheet(sheets[names.indexOf(name)]);
    ss.moveActiveSheet(i + 1);
    current.splice(current.indexOf(name), 1);
    current.splice(i, 0, name);
  });
}

/** Names Google gives the first sheet of a new spreadsheet, by language. */
const DEFAULT_FIRST_SHEETS = ['sheet1', 'lembar1', 'lembar 1'];

/** On a new Toko spreadsheet, removes Google's empty first sheet (Sheet1, Lembar1); one with anything in it stays. */
function removeEmptyDefaultSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const ours = new Set(ALL_SHEETS.map((spec) => spec.name));
  const leftover = ss.getSheets().find((sheet) => !ours.has(sheet.getName()) && DEFAULT_FIRST_SHEETS.includes(sheet.getName().toLowerCase()));
  if (!leftover || leftover.getLastRow() > 0 || leftover.getLastColumn() > 0) return false;
  ss.deleteSheet(leftover);
  return true;
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
  const routes = records.some((r) => cellText(r.complaintType) !== '') ? [] : DEFAULT_COMPLAINT_ROUTES;
  const marketplaces = records.some((r) => cellText(r.marketplace) !== '') || !table.hasColumn('marketplace') ? [] : DEFAULT_MARKETPLACE_FEES;
  const rows = Math.max(keys.length, couriers.length, categories.length, routes.length, marketplaces.length);
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
    if (routes[i]) Object.assign(record, complaintRouteRecord(routes[i]));
    if (marketplaces[i]) Object.assign(record, { marketplace: marketplaces[i].name, marketplaceFeePercent: marketplaces[i].percent, marketplaceFixedFee: marketplaces[i].fixed });
    table.append(record);
  }
  table.commit();
  return isNew
    ? { id: 'Pengaturan awal sudah diisi (nama toko, kurir dan URL lacak, kategori kas, jenis komplain dan batas waktunya, bahasa). Lengkapi e-mail gudang dan tim Anda di sana.', en: 'Starter settings written (shop name, couriers and tracking URLs, ledger categories, complaint types and their SLA, language). Fill in your warehouse e-mail and team there.' }
    : { id: `Pengaturan dilengkapi: ${[...keys.map((k) => SETTING_KEYS[k]), ...(couriers.length ? ['kurir'] : []), ...(categories.length ? ['kategori kas'] : []), ...(routes.length ? ['jenis komplain dan batas waktunya'] : []), ...(marketplaces.length ? ['biaya marketplace'] : [])].join(', ')}.`, en: `Settings completed: ${[...keys.map((k) => SETTING_KEYS[k]), ...(couriers.length ? ['couriers'] : []), ...(categories.length ? ['ledger categories'] : []), ...(routes.length ? ['complaint types and SLA'] : []), ...(marketplaces.length ? ['marketplace fees'] : [])].join(', ')}.` };
}

/** Runs Setup (see the file comment) and returns the report of what it did. */
export function setupSheets(ctx: ActionContext): ActionOutcome {
  const lines: Text[] = [];
  const prepared = ALL_SHEETS.map((spec) => ({ spec, ...ensureSheet(ctx.ss, spec) }));
  const isNewShop = prepared.every((p) => p.report.created);
  const localeLine = ensureLocale(ctx.ss, isNewShop);
  const settingsNew = prepared.find((p) => p.spec.name === SETTINGS_SHEET.name)?.report.created ?? false;
  const settingsLine = ensureSettings(ctx, settingsNew);
  const couriers = settingsNew ? DEFAULT_COURIERS.map((c) => c.name) : ctx.settings.couriers.map((c) => c.name);
  const categories = settingsNew ? [...LEDGER_CATEGORIES] : ctx.settings.ledgerCategories;
  const choicesFor = (spec: SheetSpec) => (column: ColumnSpec): readonly string[] | undefined => {
    if (spec.columns === ORDER_COLUMNS && column.key === 'courier') return couriers;
    if (spec.columns === ORDER_COLUMNS && column.key === 'assignedCs') return csChoices(ctx);
    if (spec.name === 'Keuangan · Kas' && column.key === 'category') return categories;
    if (spec.name === 'Keuangan · Kas' && column.key === 'account') return ctx.settings.cashAccounts;
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
    const titles = spec.name === SETTINGS_SHEET.name ? ensureSettingsTitles(sheet, positions) : undefined;
    formatSheet(sheet, spec, positions, choicesFor(spec), titles);
    protections.push(protectSheet(sheet, spec, ctx));
    if (report.created) lines.push({ id: `Sheet ${spec.name} dibuat.`, en: `Sheet ${spec.name} created.` });
    if (report.added.length) lines.push({ id: `Kolom ditambahkan di ${spec.name}: ${report.added.join(', ')}.`, en: `Columns added to ${spec.name}: ${report.added.join(', ')}.` });
  }
  if (settingsLine) lines.push(settingsLine);
  if (localeLine) lines.push(localeLine);
  const stockPrepared = prepared.find((p) => p.spec.name === STOCK_SHEET.name);
  if (stockPrepared?.report.created) {
    const stock = Table.read(ctx.ss, STOCK_SHEET);
    for (const record of STARTER_STOCK) stock.append(record);
    stock.commit();
    lines.push({ id: `${STARTER_STOCK.length} produk contoh ditambahkan di ${STOCK_SHEET.name} — ganti dengan produk Anda.`, en: `${STARTER_STOCK.length} sample products added to ${STOCK_SHEET.name} — replace them with yours.` });
  } else if (stockPrepared?.positions) {
    stockFormulas(ctx.ss);
  }
  if (prepared.find((p) => p.spec.name === SETTINGS_SHEET.name)?.positions) settingDropdowns(ctx.ss);
  if (isNewShop && removeEmptyDefaultSheet(ctx.ss)) lines.push({ id: 'Sheet kosong bawaan Google (Sheet1) dihapus.', en: "Google's empty default sheet (Sheet1) removed." });
  const csLine = setupCsSheets(ctx, new Set(prepared.filter((p) => p.report.created).map((p) => p.spec.name)));
  if (csLine) lines.push(csLine);
  orderTabs(ctx.ss);
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
