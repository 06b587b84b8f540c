/**
 * The CS sidebar's script (Toko → Cari pelanggan / pesanan), bundled into CariPelanggan.html by
 * build.mjs: one search box; the customer's orders across the order sheets, each with its stage,
 * payment, resi, tracking link and a ready WhatsApp answer to copy or open; then the sections the
 * server sends (src/app/customer-sections.ts), rendered alike. Every piece of data is escaped.
 */
import type { CustomerCard, OrderCard } from '../domain/customer-search';
import type { CustomerSection } from '../domain/customer-sections';
import { Lang } from '../domain/i18n';
import { byId, callServer, copyText, esc, onReady, pageLang, safeHref, t } from './page-kit';
import { SEARCH } from './page-texts';

interface SearchResult {
  query: string;
  kind: string;
  customers: CustomerCard[];
  orders: OrderCard[];
  more: number;
  sections: CustomerSection[];
}

let lang: Lang = 'id';
let searching = false;
/** Texts the Salin buttons copy, by index (never put into attributes). */
let copies: string[] = [];

const copyButton = (text: string): string => {
  copies.push(text);
  return `<button type="button" class="copy" data-copy="${copies.length - 1}">${t(lang, SEARCH.copy)}</button>`;
};

const link = (href: string, label: string, cls = ''): string => {
  const safe = safeHref(href);
  return safe ? `<a class="${cls}" href="${safe}" target="_blank" rel="noopener">${esc(label)}</a>` : '';
};

function customerHtml(c: CustomerCard): string {
  return `<div class="customer"><b>${esc(c.name)}</b> <span class="muted">${esc(c.phone)} · ${esc(c.orders)} ${t(lang, SEARCH.orderCount)}</span> ${link(c.waLink, SEARCH.chat[lang], 'wa')}</div>`;
}

function orderHtml(o: OrderCard): string {
  const facts = [
    o.orderDate,
    o.items,
    o.total,
    o.payment ? `${SEARCH.payment[lang]}: ${o.payment}` : '',
    o.courier || o.resi ? [o.courier, o.resi ? `${SEARCH.resi[lang]} ${o.resi}` : ''].filter((p) => p).join(' · ') : '',
    o.complaint ? `${SEARCH.complaint[lang]}: ${o.complaint}` : '',
  ].filter((f) => f !== '');
  return (
    `<div class="order">` +
    `<div class="head"><b>${esc(o.orderId || '—')}</b> <span class="stage">${esc(o.stage)}</span></div>` +
    `<div class="muted">${esc(o.customerName)} · ${esc(o.sheet)}</div>` +
    facts.map((f) => `<div>${esc(f)}</div>`).join('') +
    (o.trackingLink ? `<div>${link(o.trackingLink, SEARCH.track[lang])}</div>` : '') +
    `<div class="message">${esc(o.waMessage)}</div>` +
    `<div class="buttons">${copyButton(o.waMessage)} ${link(o.waLink, SEARCH.openWa[lang], 'wa')}</div>` +
    `</div>`
  );
}

function sectionHtml(s: CustomerSection): string {
  const items = s.items.length
    ? s.items
        .map((item) => `<li>${esc(item.text)}${item.detail ? ` <span class="muted">${esc(item.detail)}</span>` : ''}${item.link ? ` ${link(item.link, '↗')}` : ''}${item.copy ? ` ${copyButton(item.copy)}` : ''}</li>`)
        .join('')
    : `<li class="muted">${esc(s.empty ?? '')}</li>`;
  return `<section class="extra" data-section="${esc(s.id)}"><h3>${esc(s.title)}</h3><ul>${items}</ul></section>`;
}

function show(result: SearchResult, message: string): void {
  copies = [];
  const parts: string[] = [];
  if (message) parts.push(`<div class="note">${esc(message)}</div>`);
  if (result.customers.length) parts.push(`<h3>${t(lang, SEARCH.customers)}</h3>${result.customers.map(customerHtml).join('')}`);
  if (result.orders.length) parts.push(`<h3>${t(lang, SEARCH.orders)}</h3>${result.orders.map(orderHtml).join('')}`);
  if (result.more > 0) parts.push(`<div class="muted">+${esc(result.more)} ${t(lang, SEARCH.more)}</div>`);
  parts.push(...result.sections.map(sectionHtml));
  byId('results').innerHTML = parts.join('');
}

function showError(message: string): void {
  byId('results').innerHTML = message.split('\n').map((line) => `<div class="error">${esc(line)}</div>`).join('');
}

async function search(): Promise<void> {
  if (searching) return;
  const query = byId<HTMLInputElement>('query').value;
  searching = true;
  const button = byId<HTMLButtonElement>('go');
  button.disabled = true;
  byId('results').innerHTML = `<div class="muted">${t(lang, SEARCH.searching)}</div>`;
  try {
    const reply = await callServer<SearchResult>('searchCustomer', query);
    lang = reply.lang;
    if (reply.ok) show(reply.value, reply.message);
    else showError(reply.message);
  } catch (error) {
    showError(`${SEARCH.failed[lang]} ${(error as Error).message ?? String(error)}`);
  } finally {
    searching = false;
    button.disabled = false;
  }
}

onReady(() => {
  lang = pageLang();
  byId<HTMLInputElement>('query').placeholder = SEARCH.placeholder[lang];
  byId('go').textContent = SEARCH.search[lang];
  byId('form').addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  byId('results').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.copy');
    if (!button) return;
    const text = copies[Number(button.dataset.copy)] ?? '';
    void copyText(text).then((done) => {
      button.textContent = done ? SEARCH.copied[lang] : SEARCH.copyFailed[lang];
    });
  });
  byId('query').focus();
});
