/**
 * MailApp and GmailApp sending: every message lands in an outbox (nothing leaves the machine),
 * with Apps Script's checks in Apps Script's order: authorization, addresses, daily recipient quota.
 */
import type { EmulatorState } from '../state';
import { readBlobSource } from './blob';
import { failLoudly, requireAuthorization, scriptError, type ManifestScopes } from './errors';
import { zonedParts } from '../time-zone';

/** Scope MailApp needs (the Gmail scope also grants it). */
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
/** Scope GmailApp.sendEmail needs. */
export const GMAIL_SCOPE = 'https://mail.google.com/';
/** Apps Script's limit on recipients (to + cc + bcc) of one message. */
export const RECIPIENTS_PER_MESSAGE = 50;

/** A file attached to a sent message. */
export interface MailAttachment {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** One message the script sent, as the outbox records it. */
export interface SentMail {
  service: 'MailApp' | 'GmailApp';
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  /** Only GmailApp honours `from`. */
  from?: string;
  noReply?: boolean;
  attachments: MailAttachment[];
  /** Every address of to, cc and bcc, in that order. */
  recipients: string[];
  /** Epoch ms on the simulated clock. */
  sentAt: number;
  /** The account the message left from: the running user, or the owner for clock triggers. */
  sender: string;
}

/** The daily recipient quota; it refills at midnight in the script's time zone. */
export class MailQuota {
  private used = 0;
  private day = '';

  constructor(private readonly state: EmulatorState) {}

  /** Recipients still allowed today. */
  remaining(): number {
    this.rollOver();
    return Math.max(0, this.state.mailQuotaPerDay - this.used);
  }

  /** Spends `count` recipients of today's quota. */
  spend(count: number): void {
    this.rollOver();
    this.used += count;
  }

  private rollOver(): void {
    const p = zonedParts(this.state.now(), this.state.timeZone);
    const today = `${p.year}-${p.month}-${p.day}`;
    if (today !== this.day) {
      this.day = today;
      this.used = 0;
    }
  }
}

interface MessageOptions {
  attachments?: unknown[];
  bcc?: string;
  cc?: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
  replyTo?: string;
  from?: string;
  inlineImages?: unknown;
}

const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/** The addresses of a comma-separated list; `Name <a@b.c>` gives `a@b.c`; a bad one throws `Invalid email: <addr>`. */
export function parseAddressList(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const named = /<([^<>]+)>\s*$/.exec(part);
      const address = named ? named[1].trim() : part;
      if (!ADDRESS.test(address)) throw scriptError(`Invalid email: ${part}`);
      return address;
    });
}

/** Sends (records) one message after Apps Script's checks; shared by MailApp and GmailApp. */
class Mailer {
  constructor(
    private readonly state: EmulatorState,
    private readonly outbox: SentMail[],
    private readonly quota: MailQuota,
  ) {}

  send(service: SentMail['service'], to: string, subject: string, body: string, options: MessageOptions): void {
    const recipients = [...parseAddressList(to), ...parseAddressList(options.cc), ...parseAddressList(options.bcc)];
    if (recipients.length === 0) throw scriptError('Failed to send email: no recipient');
    if (recipients.length > RECIPIENTS_PER_MESSAGE) throw scriptError('Limit Exceeded: Email Recipients Per Message.');
    if (this.quota.remaining() < recipients.length) throw scriptError('Service invoked too many times for one day: email.');
    if (options.replyTo) parseAddressList(options.replyTo);
    const attachments = (options.attachments ?? []).map(readBlobSource);
    if (options.inlineImages !== undefined) throw new Error('Emulator: inlineImages are not implemented');
    this.quota.spend(recipients.length);
    const mail: SentMail = {
      service,
      to: String(to ?? ''),
      cc: options.cc ?? '',
      bcc: options.bcc ?? '',
      subject: String(subject ?? ''),
      body: String(body ?? ''),
      attachments,
      recipients,
      sentAt: this.state.now(),
      sender: this.state.execution?.user || this.state.owner,
    };
    if (options.htmlBody !== undefined) mail.htmlBody = String(options.htmlBody);
    if (options.name !== undefined) mail.name = String(options.name);
    if (options.replyTo !== undefined) mail.replyTo = String(options.replyTo);
    if (options.noReply !== undefined) mail.noReply = Boolean(options.noReply);
    if (service === 'GmailApp' && options.from !== undefined) mail.from = String(options.from);
    this.outbox.push(mail);
  }
}

/** MailApp: sendEmail (all four overloads) and getRemainingDailyQuota. */
export function createMailApp(
  state: EmulatorState,
  outbox: SentMail[],
  quota: MailQuota,
  scopes?: ManifestScopes,
): GoogleAppsScript.Mail.MailApp {
  const mailer = new Mailer(state, outbox, quota);
  const accepted = [SEND_MAIL_SCOPE, GMAIL_SCOPE];
  const mailApp = {
    sendEmail(...args: unknown[]): void {
      state.recordCall('MailApp.sendEmail');
      requireAuthorization(state, 'MailApp.sendEmail', SEND_MAIL_SCOPE, scopes, accepted);
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
        const message = args[0] as MessageOptions & { to?: string; subject?: string; body?: string };
        const { from: _ignored, ...options } = message;
        mailer.send('MailApp', message.to ?? '', message.subject ?? '', message.body ?? '', options);
      } else if (args.length === 4 && typeof args[3] === 'string') {
        const [to, replyTo, subject, body] = args as string[];
        mailer.send('MailApp', to, subject, body, { replyTo });
      } else {
        const [to, subject, body, options] = args as [string, string, string, MessageOptions | undefined];
        const { from: _ignored, ...rest } = options ?? {};
        mailer.send('MailApp', to, subject, body, rest);
      }
    },
    getRemainingDailyQuota(): number {
      state.recordCall('MailApp.getRemainingDailyQuota');
      requireAuthorization(state, 'MailApp.getRemainingDailyQuota', SEND_MAIL_SCOPE, scopes, accepted);
      return quota.remaining();
    },
  };
  return failLoudly(mailApp, 'MailApp') as unknown as GoogleAppsScript.Mail.MailApp;
}

/** GmailApp: sendEmail (returns GmailApp; honours `from`) and getAliases; nothing of the mailbox. */
export function createGmailApp(
  state: EmulatorState,
  outbox: SentMail[],
  quota: MailQuota,
  scopes?: ManifestScopes,
): GoogleAppsScript.Gmail.GmailApp {
  const mailer = new Mailer(state, outbox, quota);
  const gmailApp: Pick<GoogleAppsScript.Gmail.GmailApp, 'sendEmail' | 'getAliases'> = {
    sendEmail(to: string, subject: string, body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions) {
      state.recordCall('GmailApp.sendEmail');
      requireAuthorization(state, 'GmailApp.sendEmail', GMAIL_SCOPE, scopes);
      mailer.send('GmailApp', to, subject, body, (options ?? {}) as MessageOptions);
      return proxy;
    },
    getAliases(): string[] {
      state.recordCall('GmailApp.getAliases');
      requireAuthorization(state, 'GmailApp.getAliases', GMAIL_SCOPE, scopes);
      return [];
    },
  };
  const proxy = failLoudly(gmailApp, 'GmailApp') as unknown as GoogleAppsScript.Gmail.GmailApp;
  return proxy;
}
