/**
 * Toko → Perbarui kontak (Marketing): Marketing · Kontak brought up to date from the orders delivered since
 * the last run. Gudang · Selesai grows by one row as each order closes, so a watermark (the last row read
 * and its order ID, in DocumentProperties) says where the new rows begin: only those rows are read, and
 * only the contacts of their phones (found on the server with one TextFinder). If people deleted or
 * sorted rows, the watermark's order is found again by ID; if it is gone, Selesai is read from the top
 * once — never wrong, since each contact keeps the orders it has counted, only dearer. Kontak is written
 * before the watermark moves, so a run that dies between them only reads the same rows again.
 */
import { cellText } from '../domain/cell';
import { ContactOrder, ContactRow, planContacts } from '../domain/contacts';
import { joinTexts, Text } from '../domain/i18n';
import { normalizePhone } from '../domain/phone';
import { documentProperties } from '../gas/properties';
import { CONTACTS_SHEET, DONE_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext, ActionOutcome, ActionSpec, runAction } from './action';

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

/** Refreshes the contacts (see the file comment); returns what to tell the user. */
export function refreshContacts(ctx: ActionContext): ActionOutcome {
  const done = Table.open(ctx.ss, DONE_SHEET);
  const contacts = Table.open(ctx.ss, CONTACTS_SHEET);
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
  const phones = [...new Set(orders.map((o) => normalizePhone(o.phone)).filter((p) => p.ok).map((p) => (p as { phone: string }).phone))];
  const existing = phones.length ? (contacts.findRows('phone', phones) as ContactRow[]) : [];
  const plan = planContacts(existing, orders, ctx.now);
  for (const update of plan.updates) contacts.update(update.rowNumber, update.changes);
  for (const record of plan.appends) contacts.append(record);
  contacts.commit();
  const last = done.rows.find((row) => row.rowNumber === lastRow) ?? (lastRow >= 2 ? done.load([[lastRow, lastRow]])[0] : undefined);
  if (last) documentProperties().setProperty(CONTACTS_WATERMARK_KEY, JSON.stringify({ row: last.rowNumber, orderId: cellText(last.record.orderId) }));
  const lines: Text[] = [{
    id: `${plan.counted} pesanan baru dihitung: ${plan.appends.length} kontak baru, ${plan.updates.length} kontak diperbarui di ${CONTACTS_SHEET.name}.`,
    en: `${plan.counted} new orders counted: ${plan.appends.length} new contacts, ${plan.updates.length} contacts updated in ${CONTACTS_SHEET.name}.`,
  }];
  if (reread) lines.push({ id: `Baris di ${DONE_SHEET.name} berubah sejak terakhir, jadi dibaca ulang dari atas (pesanan yang sudah dihitung tidak dihitung lagi).`, en: `Rows of ${DONE_SHEET.name} changed since the last run, so it was read again from the top (orders already counted are not counted again).` });
  if (plan.skipped.length) lines.push({ id: 'Perhatian:', en: 'Note:' }, ...plan.skipped.map((t) => ({ id: `• ${t.id}`, en: `• ${t.en}` })));
  ctx.log({ action: REFRESH_CONTACTS_ACTION.name, details: lines[0].id });
  return { message: joinTexts(lines), alert: plan.skipped.length > 0 || reread };
}

/** Menu entry: Perbarui kontak. */
export function refreshContactsFromMenu(): void {
  runAction(REFRESH_CONTACTS_ACTION, refreshContacts);
}
