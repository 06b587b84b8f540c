/**
 * The sidebar's open complaints: the complaints of the customer's numbers and order IDs in
 * `CS · Komplain`, found with TextFinder searches of the phone and order-ID columns (never a read of
 * the sheet's history), the solved ones left out. Each line names the complaint, its order, type and
 * status, its SLA mark and its due times.
 */
import { cellText } from '../domain/cell';
import { ComplaintRecord, isSolved } from '../domain/complaint-record';
import { slaMarkOf } from '../domain/complaint-sla';
import { phoneCellPattern } from '../domain/customer-search';
import { CustomerSection, FoundCustomer, SectionItem } from '../domain/customer-sections';
import { formatJakartaDateTime } from '../domain/jakarta-time';
import { COMPLAINTS_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { ActionContext } from './action';

/** Complaint rows read at most (the newest): a customer with a long history must not read a year. */
const COMPLAINT_ROWS = 20;

const when = (value: unknown): string => (typeof value === 'number' && value > 0 ? formatJakartaDateTime(value) : '');

/** One open complaint as a line: ID · order · type, then status, SLA mark and due times. */
function complaintItem(record: ComplaintRecord, now: number, en: boolean): SectionItem {
  const mark = cellText(record.sla) || slaMarkOf(record, now);
  const respond = when(record.respondBy);
  const solve = when(record.solveBy);
  const detail = [
    cellText(record.status) || 'Baru',
    mark,
    respond ? `${en ? 'respond by' : 'respon'} ${respond}` : '',
    solve ? `${en ? 'solve by' : 'selesai'} ${solve}` : '',
  ].filter((p) => p !== '');
  return { text: [cellText(record.complaintId), cellText(record.orderId), cellText(record.type)].filter((p) => p !== '').join(' · '), detail: detail.join(' · ') };
}

/** The open complaints of what the search found (see the file comment); null when nothing was found or the sheet is missing. */
export function complaintsSection(ctx: ActionContext, found: FoundCustomer): CustomerSection | null {
  if (found.phones.length === 0 && found.orderIds.length === 0) return null;
  const sheet = ctx.ss.getSheetByName(COMPLAINTS_SHEET.name);
  if (!sheet) return null;
  const en = found.lang === 'en';
  const table = Table.open(ctx.ss, COMPLAINTS_SHEET, sheet);
  const rows = new Set<number>();
  for (const phone of found.phones.slice(0, 2)) for (const row of table.findMatching('phone', phoneCellPattern(phone))) rows.add(row);
  const ids = [...new Set(found.orderIds)];
  if (ids.length) for (const hits of table.find('orderId', ids).values()) for (const row of hits) rows.add(row);
  const newest = [...rows].sort((a, b) => b - a).slice(0, COMPLAINT_ROWS);
  const records = newest.length ? table.load(newest.map((r) => [r, r] as const)).map((row) => row.record as ComplaintRecord) : [];
  const open = records.filter((record) => !isSolved(record) && cellText(record.complaintId) !== '');
  return {
    id: 'komplain',
    title: en ? 'Open complaints' : 'Komplain terbuka',
    items: open.map((record) => complaintItem(record, ctx.now, en)),
    empty: en ? 'No open complaints.' : 'Tidak ada komplain terbuka.',
  };
}
