/** Sends mail through the shop's Google account (MailApp: the narrowest scope that sends). */

/** One e-mail to send. */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
}

/** Sends one e-mail; throws Apps Script's error (quota, bad address) unchanged. */
export function sendMail(mail: OutgoingMail): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: mail.to.join(','),
    subject: mail.subject,
    body: mail.body,
  };
  if (mail.htmlBody !== undefined) options.htmlBody = mail.htmlBody;
  MailApp.sendEmail(options);
}
