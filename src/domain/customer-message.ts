/**
 * The WhatsApp message CS sends a customer about an order, from the shop's template for the order's
 * state (`CS · Template`, see templates.ts), and the ready `https://wa.me/62…?text=…` link that opens it.
 * Only customer-facing facts fill a template (name, ID, items, total, bank account, courier, resi,
 * tracking link, shop name): the order's cost, notes, reasons and the team's e-mails never reach a link,
 * because a shared sheet is seen by the whole team.
 */
import { cellText } from './cell';
import { Lang, Text } from './i18n';
import { formatRupiah } from './money';
import { OrderRecord, isCodPayment, orderIdOf } from './order-record';
import { normalizePhone, whatsappLink } from './phone';
import { Settings } from './settings';
import { STATE_TEMPLATES, StateTemplate, starterTemplate } from './template-starters';
import { PlaceholderValues, renderTemplate, Template, TemplateBook, templateKey, unknownPlaceholders, templateProblem } from './templates';
import { findCourier, trackingLink } from './tracking';

/** What a link is built with: the shop's language and settings, and its templates (undefined: the built-in starters). */
export interface MessageEnv {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly templates?: TemplateBook;
}

/** The template an order in Approval gets at Konfirmasi pesanan: paid → diproses, COD → konfirmasi-cod, else konfirmasi (with how to pay). */
export function confirmedTemplate(record: OrderRecord): StateTemplate {
  if (cellText(record.paymentStatus).toLowerCase() === 'lunas') return STATE_TEMPLATES.processing;
  return isCodPayment(record.paymentMethod) ? STATE_TEMPLATES.confirmedCod : STATE_TEMPLATES.confirmed;
}

/** The shop's template of a code, or the built-in starter when the sheet has no row with that code. */
export function templateOf(env: MessageEnv, code: string): { template: Template; builtIn: boolean } {
  const own = env.templates?.get(templateKey(code));
  if (own) return { template: own, builtIn: false };
  return { template: starterTemplate(env.lang, code) ?? { code, purpose: '', text: '', rowNumber: 0 }, builtIn: true };
}

/**
 * Checks the templates an action will use before it writes anything: the first problem (a template
 * with an unknown placeholder, named with its row and the placeholder), or null.
 */
export function templatesProblem(env: MessageEnv, codes: readonly string[]): Text | null {
  for (const code of codes) {
    const { template } = templateOf(env, code);
    const unknown = unknownPlaceholders(template.text);
    if (unknown.length) return templateProblem(template, unknown);
  }
  return null;
}

/** A note for the templates an action fell back on because `CS · Template` lacks them (or the sheet is missing), or null. */
export function builtInNote(env: MessageEnv, codes: readonly string[]): Text | null {
  const missing = codes.filter((code) => templateOf(env, code).builtIn);
  if (missing.length === 0) return null;
  const list = missing.join(', ');
  return {
    id: `Template ${list} tidak ada di CS · Template; link WA memakai teks bawaan (jalankan Setup untuk menambahkannya).`,
    en: `Template ${list} is not in CS · Template; the WhatsApp link uses the built-in text (run Setup to add it).`,
  };
}

/** The placeholder values of an order: first name, ID, items, total, bank account, courier, resi, tracking link, shop. */
export function orderValues(record: OrderRecord, settings: Settings): PlaceholderValues {
  const courier = cellText(record.courier);
  const resi = cellText(record.trackingNumber);
  const listed = courier ? findCourier(settings.couriers, courier) : undefined;
  const link = cellText(record.trackingLink) || (listed && resi ? trackingLink(listed.trackingUrl, resi) : '');
  const total = typeof record.total === 'number' ? formatRupiah(record.total) : cellText(record.total);
  return {
    nama: cellText(record.customerName).split(/\s+/)[0] ?? '',
    id: orderIdOf(record),
    item: cellText(record.items),
    total,
    rekening: settings.bankAccount,
    kurir: listed?.name ?? courier,
    resi,
    link_lacak: link,
    toko: settings.shopName,
  };
}

/**
 * The `Link WA` cell of an order for the template `code`: the wa.me link with the rendered message, or,
 * when the phone is not a phone (or the template cannot be rendered), a sentence saying why — never a
 * broken link.
 */
export function orderWhatsappCell(code: string, record: OrderRecord, env: MessageEnv): string {
  const phone = normalizePhone(record.phone);
  if (!phone.ok) return env.lang === 'en' ? `No link: ${phone.problem.en}` : `Tidak ada link: ${phone.problem.id}`;
  const rendered = renderTemplate(templateOf(env, code).template, orderValues(record, env.settings));
  if (!rendered.ok) return env.lang === 'en' ? `No link: ${rendered.problem.en}` : `Tidak ada link: ${rendered.problem.id}`;
  return whatsappLink(phone.phone, rendered.text);
}
