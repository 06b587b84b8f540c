/**
 * Toko → Daftar broadcast (Marketing): `Marketing · Broadcast` rebuilt whole from Marketing · Kontak — the
 * contacts of the segments chosen in the sheet's own top rows (`Segmen`, `Pesan`) who said Ya, each with
 * name, phone, segment, city, last order and a `wa.me` link carrying the message. Marketing edits the
 * selection and the message where the list is, and runs it again. One read of Kontak, one read of the
 * top rows, one write of the whole sheet (values with their plain-text formats, so a name typed like a
 * formula stays text); blank rows over what the last list left. A rerun writes the same sheet.
 */
import { BroadcastLine, broadcastMessageProblem, broadcastSummary, DEFAULT_BROADCAST_MESSAGE, planBroadcast } from '../domain/broadcast';
import { cellText } from '../domain/cell';
import { parseSegmentChoice, parseSegmentThresholds } from '../domain/contact-segments';
import { joinTexts, Lang, say, Text, UserError } from '../domain/i18n';
import { BROADCAST_SHEET_NAME, CONTACTS_SHEET, DIVISION_COLORS } from '../sheets/schema';
import { numberFormatFor } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { readContactSheet } from './contact-sheet';

/** Who may build the list, and the action's name in messages and the Log. */
export const BROADCAST_ACTION: ActionSpec = { name: 'Daftar broadcast', divisions: ['Marketing'] };

/** The top rows' labels (column A), in both languages; their values are in column B. */
const LABELS = {
  segments: { id: 'Segmen', en: 'Segments' },
  message: { id: 'Pesan', en: 'Message' },
  built: { id: 'Dibuat', en: 'Built' },
} as const;
const HINTS = {
  segments: { id: '← baru, repeat, loyal, tidak aktif (pisahkan koma) atau semua', en: '← baru, repeat, loyal, tidak aktif (comma-separated) or semua (all)' },
  message: { id: '← boleh memakai {nama} dan {toko}', en: '← may use {nama} and {toko}' },
} as const;
/** The selection rows at the top, then a blank row, then the list's header. */
const TOP_ROWS = 3;
const HEADER_ROW = TOP_ROWS + 2;
const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['Nama', 'No. WhatsApp', 'Segmen', 'Kota', 'Pesanan Terakhir', 'Link WA'],
  en: ['Name', 'WhatsApp', 'Segment', 'City', 'Last order', 'WhatsApp link'],
};
const WIDTH = HEADERS.id.length;
const COLUMN_WIDTHS = [180, 130, 100, 130, 120, 420];
const TEXT = numberFormatFor('text');

/** What the top rows say: the segments typed and the message. */
interface Selection {
  readonly segments: string;
  readonly message: string;
}

/** The selection typed in the top rows; null when they are all blank (a sheet Toko made but never filled: a run died). */
function readSelection(sheet: GoogleAppsScript.Spreadsheet.Sheet): Selection | null {
  const top = sheet.getRange(1, 1, TOP_ROWS, 2).getValues();
  if (top.every((cells) => cells.every((cell) => cellText(cell) === ''))) return null;
  const valueOf = (label: Text): string | null => {
    const row = top.find((cells) => [label.id, label.en].map((l) => l.toLowerCase()).includes(cellText(cells[0]).toLowerCase()));
    return row ? cellText(row[1]) : null;
  };
  const segments = valueOf(LABELS.segments);
  const message = valueOf(LABELS.message);
  if (segments === null || message === null) {
    const missing = segments === null ? LABELS.segments.id : LABELS.message.id;
    throw new UserError({
      id: `Baris "${missing}" di atas ${BROADCAST_SHEET_NAME} tidak ditemukan (kolom A, baris 1–${TOP_ROWS}). Kembalikan judulnya, atau hapus sheet ${BROADCAST_SHEET_NAME} lalu jalankan lagi (Toko membuatnya baru). Tidak ada yang diubah.`,
      en: `The "${missing}" row at the top of ${BROADCAST_SHEET_NAME} was not found (column A, rows 1–${TOP_ROWS}). Restore its label, or delete ${BROADCAST_SHEET_NAME} and run again (Toko makes it anew). Nothing was changed.`,
    });
  }
  return { segments, message };
}

/** The whole sheet: the top rows, the header, the lines, then blank rows down to `clearTo`. */
function sheetGrid(lang: Lang, selection: Selection, now: number, summary: string, lines: readonly BroadcastLine[], clearTo: number): { values: unknown[][]; formats: string[][] } {
  const blank = (): unknown[] => Array.from({ length: WIDTH }, () => '');
  const row = (cells: unknown[]): unknown[] => [...cells, ...blank()].slice(0, WIDTH);
  const values: unknown[][] = [
    row([LABELS.segments[lang], selection.segments, HINTS.segments[lang]]),
    row([LABELS.message[lang], selection.message, HINTS.message[lang]]),
    row([LABELS.built[lang], new Date(now), summary]),
    blank(),
    [...HEADERS[lang]],
    ...lines.map((l) => [l.name, l.phone, l.segment, l.city, l.lastOrder === '' ? '' : new Date(l.lastOrder), l.link]),
  ];
  while (values.length < clearTo) values.push(blank());
  const formats = values.map((_, i) => {
    const r = i + 1;
    if (r === TOP_ROWS) return [TEXT, numberFormatFor('datetime'), ...Array.from({ length: WIDTH - 2 }, () => TEXT)];
    if (r > HEADER_ROW) return [TEXT, TEXT, TEXT, TEXT, numberFormatFor('date'), TEXT];
    return Array.from({ length: WIDTH }, () => TEXT);
  });
  return { values, formats };
}

/** Builds the list (see the file comment); returns what to tell the user. */
export function buildBroadcastList(ctx: ActionContext): ActionOutcome {
  const existing = ctx.ss.getSheetByName(BROADCAST_SHEET_NAME);
  const typed = existing ? readSelection(existing) : null;
  const fresh = typed === null;
  const selection = typed ?? { segments: 'semua', message: DEFAULT_BROADCAST_MESSAGE[ctx.lang] };
  const choice = parseSegmentChoice(selection.segments);
  if (!choice.ok) throw new UserError(choice.problem);
  const messageProblem = broadcastMessageProblem(selection.message);
  if (messageProblem) throw new UserError(messageProblem);
  const contacts = readContactSheet(ctx.ss);
  const { thresholds, problems } = parseSegmentThresholds(ctx.settings.segmentSettings);
  const list = planBroadcast(contacts.rows, choice.segments, selection.message, ctx.settings.shopName, ctx.now, thresholds);
  const summary = broadcastSummary(list, choice.segments);

  let sheet = existing;
  if (!sheet) {
    sheet = ctx.ss.insertSheet(BROADCAST_SHEET_NAME);
    sheet.setTabColor(DIVISION_COLORS.Marketing);
  }
  if (fresh) COLUMN_WIDTHS.forEach((width, i) => (sheet as GoogleAppsScript.Spreadsheet.Sheet).setColumnWidth(i + 1, width));
  const oldLast = existing ? existing.getLastRow() : 0;
  const { values, formats } = sheetGrid(ctx.lang, selection, ctx.now, say(ctx.lang, summary), list.lines, oldLast);
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange(1, 1, values.length, WIDTH);
  } catch {
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows() + 100);
    range = sheet.getRange(1, 1, values.length, WIDTH);
  }
  range.setNumberFormats(formats);
  range.setValues(values);

  ctx.log({ action: BROADCAST_ACTION.name, details: summary.id });
  const lines: Text[] = [summary, {
    id: `Buka ${BROADCAST_SHEET_NAME}: link di tiap baris membuka chat WhatsApp dengan pesannya. Kirim satu per satu.`,
    en: `Open ${BROADCAST_SHEET_NAME}: each row's link opens a WhatsApp chat with the message. Send them one by one.`,
  }];
  if (fresh) lines.push({ id: 'Sheet baru dibuat untuk semua segmen dengan pesan contoh: ubah Segmen dan Pesan di baris atas, lalu jalankan lagi.', en: 'A new sheet was made for all segments with a sample message: change Segmen and Pesan in the top rows, then run again.' });
  if (list.badPhones) lines.push({ id: `${list.badPhones} kontak di ${CONTACTS_SHEET.name} nomornya bukan nomor WhatsApp (dilewati).`, en: `${list.badPhones} contacts in ${CONTACTS_SHEET.name} have no usable WhatsApp number (skipped).` });
  if (problems.length) lines.push({ id: 'Perhatian:', en: 'Note:' }, ...problems.map((t) => ({ id: `• ${t.id}`, en: `• ${t.en}` })));
  return { message: joinTexts(lines), alert: problems.length > 0 };
}

/** Menu entry: Daftar broadcast. */
export function buildBroadcastListFromMenu(): void {
  runAction(BROADCAST_ACTION, buildBroadcastList);
}
