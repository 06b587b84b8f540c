/**
 * Teruskan komplain (CS): each selected open complaint goes to its type's division (Pengaturan's
 * routing block) as one mail with the order's details, and the row becomes Diteruskan with its due
 * times. A complaint already forwarded is not mailed again (its mail ID is also the Outbox key, so a
 * rerun after a failure never mails twice). Missing SLA hours, a blank type or nobody to mail: that
 * row is refused with the fix, and nothing of it changes.
 */
import { cellText } from './cell';
import { dueTimes, parseComplaintType, routeFor } from './complaint-routing';
import { forwardMail } from './complaint-mails';
import { ComplaintChanges, ComplaintRow, complaintIdOf, isSolved } from './complaint-record';
import { Text } from './i18n';
import { formatJakartaDateTime } from './jakarta-time';
import { OutboxMail } from './outbox-rules';
import { Settings } from './settings';
import { Division } from '../sheets/schema';

/** What to write and mail, and what to say. */
export interface ForwardPlan {
  readonly updates: Array<{ rowNumber: number; changes: ComplaintChanges }>;
  readonly mails: OutboxMail[];
  readonly done: string[];
  readonly skipped: Text[];
}

/** Who hears about a complaint for a division: its people in Pengaturan, else the division's address, else the owner. */
export function divisionRecipients(settings: Settings, division: Division): string[] {
  const people = settings.team.filter((m) => m.division === division).map((m) => m.email);
  if (people.length) return people;
  if (division === 'Gudang' && settings.warehouseEmails.length) return settings.warehouseEmails;
  if (division === 'Keuangan' && settings.financeEmails.length) return settings.financeEmails;
  return settings.ownerEmail ? [settings.ownerEmail] : [];
}

const rowText = (row: ComplaintRow, text: Text): Text => ({ id: `Baris ${row.rowNumber} (${complaintIdOf(row.record) || 'tanpa ID'}): ${text.id}`, en: `Row ${row.rowNumber} (${complaintIdOf(row.record) || 'no ID'}): ${text.en}` });

/** Plans Teruskan komplain; see the file comment. */
export function planForwardComplaints(rows: readonly ComplaintRow[], settings: Settings, now: number, user: string): ForwardPlan {
  const plan: ForwardPlan = { updates: [], mails: [], done: [], skipped: [] };
  for (const row of rows) {
    const c = row.record;
    const id = complaintIdOf(c);
    if (id === '') {
      plan.skipped.push(rowText(row, { id: 'baris ini tidak punya ID Komplain — komplain dicatat dengan Toko → Catat komplain dari baris pesanannya', en: 'this row has no complaint ID — complaints are recorded with Toko → Record complaint from the order row' }));
      continue;
    }
    if (isSolved(c)) {
      plan.skipped.push(rowText(row, { id: 'sudah ditangani, tidak diteruskan lagi', en: 'already solved, not forwarded again' }));
      continue;
    }
    if (cellText(c.status).toLowerCase() === 'diteruskan') {
      const when = typeof c.forwardedAt === 'number' ? formatJakartaDateTime(c.forwardedAt) : '';
      plan.skipped.push(rowText(row, { id: `sudah diteruskan ke ${cellText(c.division)} ${when}; e-mail tidak dikirim dua kali`, en: `already forwarded to ${cellText(c.division)} ${when}; the e-mail is not sent twice` }));
      continue;
    }
    const type = parseComplaintType(c.type);
    if (!type) {
      plan.skipped.push(rowText(row, { id: `jenis komplain "${cellText(c.type)}" tidak dikenal — pilih dari dropdown kolom Jenis`, en: `complaint type "${cellText(c.type)}" is unknown — choose one from the Jenis dropdown` }));
      continue;
    }
    const route = routeFor(settings.complaintRoutes, type);
    if (!route.ok) {
      plan.skipped.push(rowText(row, route.problem));
      continue;
    }
    const to = divisionRecipients(settings, route.route.division);
    if (to.length === 0) {
      plan.skipped.push(rowText(row, { id: `belum ada e-mail untuk divisi ${route.route.division} — tulis orangnya di blok tim Pengaturan (Email Tim / Divisi)`, en: `no e-mail for division ${route.route.division} — list its people in the team block of Pengaturan` }));
      continue;
    }
    const recordedAt = typeof c.recordedAt === 'number' ? c.recordedAt : now;
    const due = dueTimes(recordedAt, route.route);
    const changes: ComplaintChanges = {
      status: 'Diteruskan',
      forwardedAt: now,
      division: route.route.division,
      respondBy: typeof c.respondBy === 'number' ? c.respondBy : due.respondBy,
      solveBy: typeof c.solveBy === 'number' ? c.solveBy : due.solveBy,
      handledBy: user,
    };
    plan.mails.push(forwardMail({ complaint: { ...c, ...changes }, division: route.route.division, to, shopName: settings.shopName, lang: settings.language }));
    plan.updates.push({ rowNumber: row.rowNumber, changes });
    plan.done.push(`${id} → ${route.route.division}`);
  }
  return plan;
}
