/**
 * Toko → Perbarui kontak (Marketing) and the daily trigger: Marketing · Kontak brought up to date from the
 * orders delivered since the last run, and every contact's segment from the time. Gudang · Selesai grows by
 * one row as each order closes, so a watermark (the last row read and its order ID, in DocumentProperties)
 * says where the new rows begin: only those rows are read. Kontak is read whole in one read (its size is
 * the customers', and segments change with time) and written as one block (app/contact-sheet.ts), so the
 * calls do not grow with either sheet. If people deleted or sorted rows of Selesai, the watermark's order
 * is found again by ID; if it is gone, Selesai is read from the top once — never wrong, since each contact
 * keeps the orders it has counted, only dearer. Kontak is written before the watermark moves, so a run
 * that dies between them only reads the same rows again.
 */
import { cellText } from '../domain/cell';
import { parseSegmentThresholds } from '../domain/contact-segments';
import { ContactOrder, planContacts } from '../domain/contacts';
import { joinTexts, Text } from '../domain/i18n';
import { Settings } from '../domain/settings';
import { documentProperties } from '../gas/properties';
import { CONTACTS_SHEET, DONE_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';
import { readContactSheet, writeContactRows } from './contact-sheet';

/** Who may refresh contacts, and the action's name in messages and the Log. */
export const REFRESH_CONTACTS_ACTION: ActionSpec = { name: 'Perbarui kontak', divisions: ['Marketing'] };

/** The DocumentProperties key of the watermark: `{"row":120,"orderId":"TK-2611-0042"}`. */
export const CONTACTS_WATERMARK_KEY = 'toko.contactsWatermark';

interface Watermark {
  readonly row: number;
  readonly orderId: string;
}

function readWatermark(): Watermark | null {
  const text = documentProperties().getProperty(CONTACTS_WATERMARK_KEY);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Watermark;
    return typeof parsed.row === 'number' && typeof parsed.orderId === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/** What a refresh did: the message for the person, and the Log's detail. */
export interface ContactsRefresh {
  readonly outcome: ActionOutcome;
  readonly details: string;
}

/**
 * Refreshes the contacts at `now` (see the file comment), for the menu and the daily trigger alike:
 * Selesai's new rows and Kontak whole are read, every contact merged and segmented purely, Kontak written
 * as one block, then the watermark moved.
 */
export function refreshContactsAt(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, now: number): ContactsRefresh {
  const done = Table.open(ss, DONE_SHEET);
  const contacts = readContactSheet(ss);
  const lastRow = done.sheet.getLastRow();
  const mark = readWatermark();
  let first = 2;
  let reread = false;
  let loadedFrom = Infinity;
  if (mark) {
    let at: { record: { orderId: unknown } } | undefined;
    if (mark.row <= lastRow) {
      // The watermark's own row is read with the new ones: one read tells whether it still holds its order.
      done.load([[mark.row, lastRow]]);
      loadedFrom = mark.row;
      at = done.rows.find((row) => row.rowNumber === mark.row);
    }
    if (at && cellText(at.record.orderId).toUpperCase() === mark.orderId.toUpperCase()) first = mark.row + 1;
    else {
      const found = done.find('orderId', [mark.orderId]).get(mark.orderId);
      if (found && found.length === 1) first = found[0] + 1;
      else reread = true;
    }
  }
  const rows = first >= loadedFrom ? done.rows.filter((row) => row.rowNumber >= first) : first <= lastRow ? done.load([[first, lastRow]]) : [];
  const orders: ContactOrder[] = rows.map((row) => ({ ...row.record, orderId: cellText(row.record.orderId) }));
  const { thresholds, problems } = parseSegmentThresholds(settings.segmentSettings);
  const plan = planContacts(contacts.rows, orders, now, thresholds);
  writeContactRows(contacts, plan.updates, plan.appends);
  const last = done.rows.find((row) => row.rowNumber === lastRow) ?? (lastRow >= 2 ? done.load([[lastRow, lastRow]])[0] : undefined);
  if (last && (!mark || mark.row !== last.rowNumber || mark.orderId !== cellText(last.record.orderId))) {
    documentProperties().setProperty(CONTACTS_WATERMARK_KEY, JSON.stringify({ row: last.rowNumber, orderId: cellText(last.record.orderId) }));
  }
  const lines: Text[] = [{
    id: `${plan.counted} pesanan baru dihitung: ${plan.appends.length} kontak baru, ${plan.updates.length} kontak diperbarui di ${CONTACTS_SHEET.name}.`,
    en: `${plan.counted} new orders counted: ${plan.appends.length} new contacts, ${plan.updates.length} contacts updated in ${CONTACTS_SHEET.name}.`,
  }];
  if (reread) lines.push({ id: `Baris di ${DONE_SHEET.name} berubah sejak terakhir, jadi dibaca ulang dari atas (pesanan yang sudah dihitung tidak dihitung lagi).`, en: `Rows of ${DONE_SHEET.name} changed since the last run, so it was read again from the top (orders already counted are not counted again).` });
  const notes: Text[] = [...problems, ...plan.skipped];
  if (contacts.missingOptional.some((column) => column.key === 'segment')) {
    notes.unshift({ id: `Kolom "Segmen" belum ada di ${CONTACTS_SHEET.name}: jalankan Toko → Setup agar segmen ditulis.`, en: `Column "Segmen" is not in ${CONTACTS_SHEET.name} yet: run Toko → Setup to have segments written.` });
  }
  if (notes.length) lines.push({ id: 'Perhatian:', en: 'Note:' }, ...notes.map((t) => ({ id: `• ${t.id}`, en: `• ${t.en}` })));
  return { outcome: { message: joinTexts(lines), alert: notes.length > 0 || reread }, details: lines[0].id };
}

/** Refreshes the contacts from the menu; returns what to tell the user. */
export function refreshContacts(ctx: ActionContext): ActionOutcome {
  const { outcome, details } = refreshContactsAt(ctx.ss, ctx.settings, ctx.now);
  ctx.log({ action: REFRESH_CONTACTS_ACTION.name, details });
  return outcome;
}

/** Menu entry: Perbarui kontak. */
export function refreshContactsFromMenu(): void {
  runAction(REFRESH_CONTACTS_ACTION, refreshContacts);
}
