/**
 * The weekly content digest: Monday 08.00 WIB, a time-driven trigger (installed with the report triggers,
 * src/app/report-trigger.ts) reads Marketing · Konten once and mails marketing (the team's Marketing
 * people, else the owner) what is due this week, what is late and what went live last week — through the
 * transactional outbox, keyed by the week, so a rerun or a second trigger never mails the week twice.
 * Nothing is mailed when there is nothing to tell, or when the sheet is missing.
 */
import { contentDigest, contentDigestMail, ContentRecord } from '../domain/content-digest';
import { UserError } from '../domain/i18n';
import { Settings } from '../domain/settings';
import { nowMs } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { CONTENT_SHEET } from '../sheets/schema';
import { Table } from '../sheets/table';
import { Outbox } from './outbox';
import { readSettings } from './settings';

/** The entry point the weekly trigger calls (exported by src/main.ts under this name). */
export const CONTENT_DIGEST_HANDLER = 'contentDigestTrigger';

/** Who gets the digest: the team's Marketing people, else the owner (Pengaturan, else the spreadsheet's owner). */
export function digestRecipients(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): string[] {
  const marketing = settings.team.filter((m) => m.division === 'Marketing').map((m) => m.email);
  if (marketing.length) return [...new Set(marketing)];
  if (settings.ownerEmail) return [settings.ownerEmail];
  const owner = ss.getOwner();
  return owner ? [owner.getEmail().toLowerCase()] : [];
}

/** Writes this week's digest to the Outbox (once per week) and sends it; returns whether there was one to send. */
export function sendContentDigest(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, now: number): boolean {
  let rows: ReadonlyArray<{ rowNumber: number; record: ContentRecord }>;
  try {
    rows = Table.read(ss, CONTENT_SHEET).rows;
  } catch (e) {
    if (e instanceof UserError) return false;
    throw e;
  }
  const mail = contentDigestMail(contentDigest(rows, now), digestRecipients(ss, settings), settings.shopName);
  if (!mail) return false;
  const outbox = new Outbox(ss, now);
  outbox.persist([mail]);
  outbox.deliver();
  return true;
}

/** The weekly trigger, under the document lock (no UI; errors show in Executions). */
export function contentDigestOnSchedule(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    sendContentDigest(ss, readSettings(ss), nowMs());
  });
}
