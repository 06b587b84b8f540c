/**
 * MailApp and GmailApp sending: every message lands in an outbox (nothing leaves the machine),
 * with Apps Script's checks in Apps Script's order: authorization, addresses, recipients per message,
 * body size, the sender's daily recipient quota.
 */
import type { EmulatorState } from '../state';
import { readBlobSource } from './blob';
import { failLoudly, requireAuthorization, scriptError, type ManifestScopes } from './errors';

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
  /** The account the message left from: the effective user (the clicker, or a trigger's installer). */
  sender: string;
}

/** 24 hours: a user's daily quota resets this long after the first send of its window. */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Apps Script's limit on the body of one message, consumer accounts: 200 KB (Workspace: 400 KB). */
export const BODY_BYTES_PER_MESSAGE = 200 * 1024;

/**
 * The daily recipient quota, per user (the execution's effective user: the clicker, or a trigger's
 * installer). As the quotas page says, "Quotas are per user and reset 24 hours after the first
 * request": a user's window opens at their first send and closes 24 hours later.
 */
export class MailQuota {
  private readonly windows = new Map<string, { openedAt: number; used: number }>();

  constructor(private readonly state: EmulatorState) {}

  /** Recipients `user` may still send to in their current window (default: the effective user). */
  remaining(user = this.state.effectiveUser()): number {
    return Math.max(0, this.state.mailQuotaPerDay - (this.current(user)?.used ?? 0));
  }

  /** Spends `count` recipients of `user`'s quota (default: the effective user); opens a window if none is open. */
  spend(count: number, user = this.state.effectiveUser()): void {
    const window = this.current(user);
    if (window) window.used += count;
    else this.windows.set(user, { openedAt: this.state.now(), used: count });
  }

  /** When `user`'s quota refills (the end of their window), or undefined when no window is open. */
  resetsAt(user = this.state.effectiveUser()): number | undefined {
    const window = this.current(user);
    return window ? window.openedAt + QUOTA_WINDOW_MS : undefined;
  }

  private current(user: string): { openedAt: number; used: number } | undefined {
    const window = this.windows.get(user);
    if (window && this.state.now() >= window.openedAt + QUOTA_WINDOW_MS) {
      this.windows.delete(user);
      return undefined;
    }
    return window;
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
    const bodyBytes = Buffer.byteLength(String(body ?? ''), 'utf8') + Buffer.byteLength(String(options.htmlBody ?? ''), 'utf8');
    if (bodyBytes > BODY_BYTES_PER_MESSAGE) throw scriptError('Limit Exceeded: Email Body Size.');
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
      sender: this.state.effectiveUser(),
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
