/**
 * Mail that is never lost: the transactional outbox. A mail is written to the Outbox sheet as Menunggu
 * in the same write phase as the data it reports, before the write that leaves a rerun nothing to do
 * (`persist`); after the data, it is sent and its row marked (`deliver`: one status write per batch).
 * The mail ID is the idempotency key across runs: a mail whose ID is already in the Outbox is not
 * written or sent again. The hourly retry (`retryOutbox`) sends rows in Menunggu, and resends rows whose
 * send state is unknown because a run died between writing and recording them (the mail says it may be
 * a duplicate: one extra packing list is far cheaper than none). After MAX_SEND_ATTEMPTS failed tries
 * a row becomes Gagal and the owner is told once. Rules as data in domain/outbox-rules.ts.
 */
import { Cell, cellInteger, cellText } from '../domain/cell';
import { Lang } from '../domain/i18n';
import { MailFate } from '../domain/mail-messages';
import {
  afterSend,
  failureLogText,
  failureNoticeMail,
  FailedMail,
  isQuotaError,
  OUTBOX_CELL_LIMIT,
  OutboxMail,
  resentMail,
  SendOutcome,
  sendStateUnknown,
  splitFailures,
} from '../domain/outbox-rules';
import { sendMail } from '../gas/mail';
import { OUTBOX_SHEET } from '../sheets/schema';
import { rowsBelow } from '../sheets/rows-below';
import { indexColumns, isDate, numberFormatFor } from '../sheets/table';
import { headerRow } from '../sheets/values-to-data';
import { appendLog } from './audit-log';
import { readSettings } from './settings';

/** A mail with its idempotency key and what it is about (order IDs, a report month). */
export type Mail = OutboxMail;

/** What happened to each mail of one delivery, for the user's message. */
export interface DeliveryReport {
  readonly mails: MailFate[];
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const STATUS_CELLS = ['status', 'attempts', 'lastError', 'sentAt'] as const;
type StatusCells = Record<(typeof STATUS_CELLS)[number], Cell>;
type SendResult = { ok: true } | { ok: false; error: string };

/** A record value as the Outbox cell takes it: dates as Dates, everything else as is ('' for blank). */
function toCell(value: Cell | undefined, format: string | undefined): unknown {
  if (value === undefined || value === '') return '';
  if ((format === 'date' || format === 'datetime') && typeof value === 'number') return new Date(value);
  return format === 'text' ? String(value) : value;
}

/** 'a.b' → 'a\.b': an ID as a literal inside a regular expression. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Groups sorted numbers into runs of consecutive ones. */
function runs(numbers: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && n === last[last.length - 1] + 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

/**
 * The Outbox sheet as one run sees it: the header read once, the last row kept up to date by appends.
 * Never reads the Outbox's history: IDs and pending rows are found with TextFinder on one column.
 */
class OutboxSheet {
  private constructor(
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    private readonly positions: Map<string, number>,
    private readonly width: number,
    private lastRow: number,
  ) {}

  /**
   * Opens the Outbox (its last row and header row: 4 calls), adding any missing header; a deleted Outbox
   * is made again with `create`, else there is none (null).
   */
  static open(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, create: boolean, found?: GoogleAppsScript.Spreadsheet.Sheet): OutboxSheet | null {
    const sheet = found ?? ss.getSheetByName(OUTBOX_SHEET.name);
    if (!sheet) return create ? OutboxSheet.make(ss) : null;
    const lastRow = sheet.getLastRow();
    const header = headerRow(sheet);
    const { positions, missing } = indexColumns(header, OUTBOX_SHEET.columns);
    let width = header.reduce((w: number, cell, i) => (cell !== '' && cell !== null ? i + 1 : w), 0);
    if (missing.length) {
      const columns = sheet.getMaxColumns(); // only when repairing a header someone cut short
      if (width + missing.length > columns) sheet.insertColumnsAfter(columns, width + missing.length - columns);
      sheet.getRange(1, width + 1, 1, missing.length).setValues([missing.map((c) => c.header)]);
      missing.forEach((column, i) => positions.set(column.key, width + i));
      width += missing.length;
    }
    return new OutboxSheet(sheet, positions, width, Math.max(lastRow, 1));
  }

  /** The Outbox was deleted: a new one with the headers (Setup adds its formats and dropdown later). */
  private static make(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): OutboxSheet {
    const sheet = ss.insertSheet(OUTBOX_SHEET.name);
    const columns = OUTBOX_SHEET.columns;
    sheet.getRange(1, 1, 1, columns.length).setValues([columns.map((c) => c.header)]);
    sheet.setFrozenRows(1);
    return new OutboxSheet(sheet, new Map(columns.map((c, i) => [c.key, i])), columns.length, 1);
  }

  private columnRange(key: string): GoogleAppsScript.Spreadsheet.Range {
    return this.sheet.getRange(2, (this.positions.get(key) as number) + 1, this.lastRow - 1, 1);
  }

  /**
   * Which of `ids` are already in the ID column: one TextFinder over that column (4 calls for one ID, 5
   * for several, plus one per match when several IDs are searched), whatever the Outbox's length.
   */
  findIds(ids: readonly string[]): Set<string> {
    if (this.lastRow < 2 || ids.length === 0) return new Set();
    if (ids.length === 1) {
      const found = this.columnRange('mailId').createTextFinder(ids[0]).matchEntireCell(true).findAll();
      return new Set(found.length ? ids : []);
    }
    const found = this.columnRange('mailId').createTextFinder(ids.map(literal).join('|')).useRegularExpression(true).matchEntireCell(true).findAll();
    const values = new Set(found.map((range) => cellText(range.getValue()).toLowerCase()));
    return new Set(ids.filter((id) => values.has(id.toLowerCase())));
  }

  /** Row numbers of rows in Menunggu or Mengirim: one TextFinder over the Status column, one call per row found. */
  findPending(): number[] {
    if (this.lastRow < 2) return [];
    const found = this.columnRange('status').createTextFinder('Menunggu|Mengirim').useRegularExpression(true).matchEntireCell(true).findAll();
    return found.map((range) => range.getRow());
  }

  /** The records of these rows, read as one block from the first to the last of them. */
  readRows(rowNumbers: readonly number[]): Map<number, Record<string, Cell>> {
    const first = Math.min(...rowNumbers);
    const last = Math.max(...rowNumbers);
    const grid = this.sheet.getRange(first, 1, last - first + 1, this.width).getValues();
    const records = new Map<number, Record<string, Cell>>();
    for (const rowNumber of rowNumbers) {
      const cells = grid[rowNumber - first];
      const record: Record<string, Cell> = {};
      for (const column of OUTBOX_SHEET.columns) {
        const value: unknown = cells[this.positions.get(column.key) as number];
        record[column.key] = isDate(value) ? value.getTime() : value === null || value === undefined ? '' : (value as Cell);
      }
      records.set(rowNumber, record);
    }
    return records;
  }

  /** Appends the records below the last row in one block (formats, values; rows added only when the sheet is full); returns the first new row's number. */
  append(records: ReadonlyArray<Record<string, Cell>>): number {
    const first = this.lastRow + 1;
    const byPosition = Array.from({ length: this.width }, (_, p) => OUTBOX_SHEET.columns.find((c) => this.positions.get(c.key) === p));
    const range = rowsBelow(this.sheet, first, records.length, this.width);
    range.setNumberFormats(records.map(() => byPosition.map((c) => (c ? numberFormatFor(c.format) : 'General'))));
    range.setValues(records.map((record) => byPosition.map((c) => (c ? toCell(record[c.key], c.format) : ''))));
    this.lastRow += records.length;
    return first;
  }

  /**
   * Writes the same columns of several rows: one setValues per block of consecutive rows and adjacent
   * columns (one block for a batch appended together, in the sheet's own column order). Formats were
   * set when the rows were appended.
   */
  writeCells(keys: readonly string[], rows: ReadonlyArray<{ row: number; cells: Record<string, Cell> }>): void {
    if (rows.length === 0) return;
    const byRow = new Map(rows.map((r) => [r.row, r.cells]));
    const keyAt = new Map(keys.map((key) => [this.positions.get(key) as number, key]));
    for (const columnRun of runs([...keyAt.keys()])) {
      const columnKeys = columnRun.map((p) => keyAt.get(p) as string);
      const formats = columnKeys.map((key) => OUTBOX_SHEET.columns.find((c) => c.key === key)?.format);
      for (const rowRun of runs([...byRow.keys()])) {
        const values = rowRun.map((row) => columnKeys.map((key, i) => toCell((byRow.get(row) as Record<string, Cell>)[key], formats[i])));
        this.sheet.getRange(rowRun[0], columnRun[0] + 1, rowRun.length, columnRun.length).setValues(values);
      }
    }
  }
}

/** A new Outbox row: Menunggu, no try yet. Each cell fits Sheets' limit (the packing list splits itself to fit). */
function newRow(mail: Mail, now: number): Record<string, Cell> {
  const html = mail.htmlBody ?? '';
  return {
    mailId: mail.id,
    createdAt: now,
    to: mail.to.join(', '),
    subject: mail.subject.slice(0, OUTBOX_CELL_LIMIT),
    body: mail.body.slice(0, OUTBOX_CELL_LIMIT),
    htmlBody: html.length <= OUTBOX_CELL_LIMIT ? html : '',
    status: 'Menunggu',
    attempts: 0,
    lastError: '',
    sentAt: '',
  };
}

const statusCells = (outcome: SendOutcome): StatusCells => ({ status: outcome.status, attempts: outcome.attempts, lastError: outcome.lastError, sentAt: outcome.sentAt });

/**
 * Records what the sends did. Once mail has gone out, a lost record costs a duplicate mail later (the
 * retry cannot tell it was sent), so a failed write is tried once more before the error goes up.
 */
function recordOutcomes(sheet: OutboxSheet, outcomes: ReadonlyArray<{ row: number; cells: StatusCells }>): void {
  try {
    sheet.writeCells(STATUS_CELLS, outcomes);
  } catch (e) {
    sheet.writeCells(STATUS_CELLS, outcomes);
  }
}

/** Sends one mail; a failure is returned, never thrown. */
function trySend(mail: OutboxMail): SendResult {
  try {
    sendMail(mail);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

/** The mail of one run (an action, a trigger): written with the data, sent after it. See the file comment. */
export class Outbox {
  private readonly waiting: Mail[] = [];
  private readonly written: Array<{ mail: Mail; row: number }> = [];
  private readonly fates: MailFate[] = [];
  private readonly ids = new Set<string>();

  constructor(
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly now: number,
    private sheet?: OutboxSheet,
    /** The Outbox sheet when the caller found it already (the action frame does): saves looking it up again. */
    private readonly found?: GoogleAppsScript.Spreadsheet.Sheet,
  ) {}

  /** Takes a mail for this run (the same ID twice is one mail); it is written at the next persist, at the latest in deliver. */
  enqueue(mail: Mail): void {
    if (this.ids.has(mail.id)) return;
    this.ids.add(mail.id);
    this.waiting.push(mail);
  }

  /**
   * Writes the mails taken so far (and `mails`) to the Outbox as Menunggu, in one append, skipping any
   * whose ID is already there (an earlier run wrote it; not looked up for a mail marked `firstWrite`). Call it before the write that leaves a rerun
   * nothing to do. Recreates a deleted Outbox sheet. Costs nothing when there is no mail.
   */
  persist(mails: readonly Mail[] = []): void {
    for (const mail of mails) this.enqueue(mail);
    if (this.waiting.length === 0) return;
    const sheet = this.sheet ?? (this.sheet = OutboxSheet.open(this.ss, true, this.found) as OutboxSheet);
    const present = sheet.findIds(this.waiting.filter((m) => !m.firstWrite).map((m) => m.id));
    const fresh = this.waiting.filter((m) => !present.has(m.id));
    for (const mail of this.waiting) {
      if (present.has(mail.id)) this.fates.push({ id: mail.id, subject: mail.subject, to: mail.to, outcome: 'existing' });
    }
    if (fresh.length) {
      const first = sheet.append(fresh.map((mail) => newRow(mail, this.now)));
      fresh.forEach((mail, i) => this.written.push({ mail, row: first + i }));
    }
    this.waiting.length = 0;
  }

  /**
   * Persists what is left, sends every mail this run wrote (after the first quota error the rest wait
   * untried), then records each outcome in one status write; returns what happened to each mail.
   */
  deliver(): DeliveryReport {
    this.persist();
    const outcomes: Array<{ row: number; cells: StatusCells }> = [];
    let quotaError: string | null = null;
    for (const { mail, row } of this.written) {
      const result: SendResult = quotaError !== null ? { ok: false, error: quotaError } : trySend(mail);
      if (!result.ok && isQuotaError(result.error)) quotaError = result.error;
      outcomes.push({ row, cells: statusCells(afterSend({ attempts: 0, maybeSent: false }, result, this.now)) });
      this.fates.push(result.ok ? { id: mail.id, subject: mail.subject, to: mail.to, outcome: 'sent' } : { id: mail.id, subject: mail.subject, to: mail.to, outcome: 'queued', error: result.error });
    }
    if (this.sheet) recordOutcomes(this.sheet, outcomes);
    this.written.length = 0;
    return { mails: this.fates.splice(0) };
  }
}

/** Result of one retry pass over the Outbox sheet. */
export interface RetryReport {
  readonly sent: number;
  readonly stillWaiting: number;
  /** Rows that became Gagal in this pass. */
  readonly failed: number;
}

/** The spreadsheet owner's address, asked only when a notice needs it (it costs a call). */
function spreadsheetOwner(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    const owner = ss.getOwner();
    return owner ? owner.getEmail().toLowerCase() : '';
  } catch (e) {
    return '';
  }
}

/**
 * The hourly retry, under the document lock: finds rows in Menunggu or Mengirim (TextFinder, not a read
 * of the history), marks them Mengirim (one write), sends them — resending with a may-be-a-duplicate
 * note those whose send state is unknown — and records every outcome (one write). Rows that reach
 * MAX_SEND_ATTEMPTS become Gagal; the owner gets one notice listing them (written before the Gagal
 * write, so a run that dies in between still tells), or a Log line when mailing the owner cannot work.
 */
export function retryOutbox(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): RetryReport {
  const none: RetryReport = { sent: 0, stillWaiting: 0, failed: 0 };
  const sheet = OutboxSheet.open(ss, false);
  if (!sheet) return none;
  const rowNumbers = sheet.findPending();
  if (rowNumbers.length === 0) return none;
  const records = sheet.readRows(rowNumbers);
  const pending = rowNumbers.map((row) => {
    const r = records.get(row) as Record<string, Cell>;
    const state = { status: cellText(r.status), attempts: cellInteger(r.attempts) ?? 0, lastError: cellText(r.lastError) };
    const mail: OutboxMail = {
      id: cellText(r.mailId),
      to: cellText(r.to).split(/[\s,;]+/).filter((a) => a !== ''),
      subject: cellText(r.subject),
      body: String(r.body),
      htmlBody: cellText(r.htmlBody) === '' ? undefined : String(r.htmlBody),
    };
    return { row, state, mail, maybeSent: sendStateUnknown(state) };
  });
  sheet.writeCells(['status'], pending.map((p) => ({ row: p.row, cells: { status: 'Mengirim' } })));

  let settings: ReturnType<typeof readSettings> | undefined;
  const shop = () => settings ?? (settings = readSettings(ss, true));
  const lang = (): Lang => shop().language;
  let quotaError: string | null = null;
  let sent = 0;
  const outcomes: Array<{ row: number; cells: StatusCells }> = [];
  const failed: FailedMail[] = [];
  for (const p of pending) {
    if (quotaError !== null) {
      // Not tried: back as it was (a Mengirim row keeps its unknown send state).
      outcomes.push({ row: p.row, cells: { status: p.state.status, attempts: p.state.attempts, lastError: p.state.lastError, sentAt: '' } });
      continue;
    }
    const result: SendResult = trySend(p.maybeSent ? resentMail(p.mail, lang()) : p.mail);
    if (!result.ok && isQuotaError(result.error)) quotaError = result.error;
    const outcome = afterSend({ attempts: p.state.attempts, maybeSent: p.maybeSent }, result, now);
    if (result.ok) sent++;
    if (outcome.status === 'Gagal') failed.push({ id: p.mail.id, to: p.mail.to.join(', '), subject: p.mail.subject, attempts: outcome.attempts, lastError: outcome.lastError });
    outcomes.push({ row: p.row, cells: statusCells(outcome) });
  }

  let notice: Outbox | null = null;
  if (failed.length) {
    const owner = shop().ownerEmail || spreadsheetOwner(ss);
    const tell = splitFailures(failed, owner);
    if (tell.mail.length) {
      notice = new Outbox(ss, now, sheet);
      notice.persist([failureNoticeMail({ failed: tell.mail, owner, shopName: shop().shopName, lang: lang() })]);
    }
    if (tell.log.length) appendLog(ss, now, 'Outbox (otomatis)', [{ action: 'Outbox', details: failureLogText(tell.log)[lang()] }]);
  }
  recordOutcomes(sheet, outcomes);
  if (notice) notice.deliver();
  return { sent, stillWaiting: pending.length - sent - failed.length, failed: failed.length };
}
