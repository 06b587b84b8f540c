/**
 * The sidebar's quick replies: for each order shown (the newest few) the shop's template of its state
 * rendered for that order, then the FAQ templates (every template that is no order state's, e.g.
 * cara-order, pembayaran, diskon, warna-ukuran) rendered for the customer — each with its text to copy
 * and its wa.me link. `CS · Template` is read once (one block, two calls). A template with an unknown
 * placeholder is listed with its problem named and neither link nor text, so a typo never reaches a customer.
 */
import { cellText } from '../domain/cell';
import { confirmedTemplate, MessageEnv, orderValues, templateOf } from '../domain/customer-message';
import { CustomerSection, FoundCustomer, SectionItem } from '../domain/customer-sections';
import { say } from '../domain/i18n';
import { OrderRecord } from '../domain/order-record';
import { normalizePhone, whatsappLink } from '../domain/phone';
import { STATE_TEMPLATES, starterTemplates } from '../domain/template-starters';
import { PlaceholderValues, renderTemplate, Template, templateKey } from '../domain/templates';
import { ActionContext } from './action';
import { readTemplates } from './cs-templates';

/** Orders that get a reply at most (the newest shown). */
const ORDER_REPLIES = 5;

/** The state template an order's reply uses, or null for an order that has none (cancelled, rejected). */
export function stateTemplateOf(record: OrderRecord): string | null {
  const fulfilment = (cellText(record.fulfilment) || 'Baru').toLowerCase();
  if (fulfilment === 'baru' || fulfilment === 'menunggu approval') {
    // Paid → diproses, COD → konfirmasi-cod; an unpaid transfer gets how to pay, then (in Approval) a reminder.
    const confirmed = confirmedTemplate(record);
    return fulfilment === 'menunggu approval' && confirmed === STATE_TEMPLATES.confirmed ? STATE_TEMPLATES.paymentReminder : confirmed;
  }
  if (fulfilment === 'menunggu packing' || fulfilment === 'sudah dikemas') return STATE_TEMPLATES.processing;
  if (fulfilment === 'sudah dikirim') return STATE_TEMPLATES.shipped;
  if (fulfilment === 'diterima') return STATE_TEMPLATES.delivered;
  return null;
}

/** One reply line: the rendered text to copy and its wa.me link (none without a phone), or the template's problem. */
function replyItem(env: MessageEnv, template: Template, label: string, values: PlaceholderValues, phone: string): SectionItem {
  const rendered = renderTemplate(template, values);
  if (!rendered.ok) return { text: label, detail: say(env.lang, rendered.problem) };
  return { text: label, detail: rendered.text, copy: rendered.text, link: phone ? whatsappLink(phone, rendered.text) : '' };
}

/** The FAQ templates: the shop's own non-state templates in sheet order, or the built-in FAQ starters when the sheet is missing. */
function faqTemplates(env: MessageEnv): Template[] {
  const states = new Set<string>(Object.values(STATE_TEMPLATES));
  const own = env.templates ? [...env.templates.values()] : starterTemplates(env.lang).map((s) => templateOf(env, s.code).template);
  return own.filter((t) => !states.has(templateKey(t.code)) && t.text.trim() !== '');
}

/** The quick replies that fit what the search found (see the file comment); null when nothing was found. */
export function repliesSection(ctx: ActionContext, found: FoundCustomer): CustomerSection | null {
  if (found.orders.length === 0) return null;
  const en = found.lang === 'en';
  const env: MessageEnv = { lang: ctx.lang, settings: ctx.settings, templates: readTemplates(ctx.ss) };
  const items: SectionItem[] = [];
  found.records.slice(0, ORDER_REPLIES).forEach((record, i) => {
    const code = stateTemplateOf(record);
    if (!code) return;
    const phone = normalizePhone(record.phone);
    const card = found.orders[i];
    const label = `${card.orderId || (en ? '(no ID yet)' : '(belum ada ID)')} · ${code}`;
    items.push(replyItem(env, templateOf(env, code).template, label, orderValues(record, ctx.settings), phone.ok ? phone.phone : ''));
  });
  const customer = found.customers[0];
  const firstName = customer ? customer.name.split(/\s+/)[0] ?? '' : '';
  const faqValues: PlaceholderValues = { nama: firstName, rekening: ctx.settings.bankAccount, toko: ctx.settings.shopName };
  for (const template of faqTemplates(env)) items.push(replyItem(env, template, template.code, faqValues, customer?.phone ?? ''));
  return { id: 'balasan', title: en ? 'Quick replies' : 'Balasan cepat', items, empty: en ? 'No templates in CS · Template.' : 'Tidak ada template di CS · Template.' };
}
