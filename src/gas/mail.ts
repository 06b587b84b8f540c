/** Sends mail through the shop's Google account (MailApp: the narrowest scope that sends). */

/** One e-mail to send. */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
}

/** Sends one e-mail; throws Apps Script's error (quota, bad address) unchanged. */
export function sendMail(mail: OutgoingMail): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: mail.to.join(','),
    subject: mail.subject,
    body: mail.body,
  };
  if (mail.htmlBody !== undefined) options.htmlBody = mail.htmlBody;
  if (mail.name !== undefined) options.name = mail.name;
  if (mail.replyTo !== undefined) options.replyTo = mail.replyTo;
  MailApp.sendEmail(options);
}

/** How many more recipients may be mailed today. */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
