/**
 * The order-entry dialog's script (Toko → Pesanan baru), bundled into PesananBaru.html by build.mjs.
 * It checks the draft with the server's own rules (domain/order-entry.ts) as CS types, shows each
 * problem under its field, and saves through google.script.run with one request ID per order, so a
 * second click (or a retry after a lost answer) never makes a second row.
 */
import { Lang } from '../domain/i18n';
import { formatRupiah } from '../domain/money';
import { checkOrderDraft, DraftField, DraftProblem, OrderDraft, StockChoice } from '../domain/order-entry';
import { byId, callServer, closePage, esc, onReady, pageLang, t } from './page-kit';
import { ENTRY } from './page-texts';

interface EntryData {
  shopName: string;
  stock: StockChoice[];
  channels: string[];
  paymentMethods: string[];
  couriers: string[];
}

interface SaveOutcome {
  saved: boolean;
  duplicate: boolean;
  rowNumber: number;
  orderId: string;
  confirmed: boolean;
  problems: Array<{ field: DraftField; line: number; message: string }>;
}

const FIELDS: readonly DraftField[] = ['customerName', 'phone', 'address', 'channel', 'items', 'variantConfirmed', 'shippingCost', 'discount', 'paymentMethod', 'notes'];

/** A fresh request ID: random enough that two dialogs never share one. */
function newRequestId(): string {
  const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `pb-${random}`.replace(/[^A-Za-z0-9-]/g, '').slice(0, 64);
}

let lang: Lang = 'id';
let data: EntryData = { shopName: '', stock: [], channels: [], paymentMethods: [], couriers: [] };
let requestId = newRequestId();
let saving = false;
let saved = false;
/** Fields the person has touched: their problems show as they type; the rest after Simpan. */
const touched = new Set<DraftField>();

const input = (id: string) => byId<HTMLInputElement>(id);

function stockOf(sku: string): StockChoice | undefined {
  const key = sku.trim().toUpperCase();
  return data.stock.find((s) => s.sku.toUpperCase() === key);
}

/** The draft as the form holds it now. */
function readDraft(): OrderDraft {
  const lines = [...document.querySelectorAll<HTMLElement>('#items .item-line')].map((line) => ({
    sku: (line.querySelector('.sku') as HTMLInputElement).value,
    quantity: (line.querySelector('.qty') as HTMLInputElement).value,
  }));
  return {
    requestId,
    customerName: input('customerName').value,
    phone: input('phone').value,
    address: byId<HTMLTextAreaElement>('address').value,
    channel: byId<HTMLSelectElement>('channel').value,
    items: lines,
    variantConfirmed: input('variantConfirmed').checked,
    courier: input('courier').value,
    shippingCost: input('shippingCost').value,
    discount: input('discount').value,
    paymentMethod: byId<HTMLSelectElement>('paymentMethod').value,
    notes: byId<HTMLTextAreaElement>('notes').value,
    confirmNow: input('confirmNow').checked,
  };
}

/** Shows problems under their fields (only the touched ones unless `all`); returns how many there are. */
function showProblems(problems: ReadonlyArray<{ field: DraftField; line?: number; message: string }>, all: boolean): number {
  for (const field of FIELDS) {
    const box = document.querySelector(`.error[data-for="${field}"]`);
    const mine = problems.filter((p) => p.field === field);
    const shown = all || touched.has(field) ? mine : [];
    if (box) box.innerHTML = shown.map((p) => `<div>${esc(p.message)}</div>`).join('');
    const control = document.querySelector(`[data-field="${field}"]`);
    control?.classList.toggle('invalid', shown.length > 0);
  }
  document.querySelectorAll<HTMLElement>('#items .item-line').forEach((line, i) => {
    line.classList.toggle('invalid', problems.some((p) => p.field === 'items' && p.line === i && (all || touched.has('items'))));
  });
  return problems.length;
}

const asShown = (problems: readonly DraftProblem[]) => problems.map((p) => ({ field: p.field, line: p.line, message: p.text[lang] }));

/** Checks the form with the shared rules; refreshes problems, availability and totals. */
function validate(all = false): number {
  const check = checkOrderDraft(readDraft(), data.stock);
  document.querySelectorAll<HTMLElement>('#items .item-line').forEach((line) => {
    const sku = (line.querySelector('.sku') as HTMLInputElement).value;
    const stock = stockOf(sku);
    (line.querySelector('.available') as HTMLElement).textContent = stock ? String(stock.available) : sku.trim() ? ENTRY.unknownSku[lang] : '';
    (line.querySelector('.price') as HTMLElement).textContent = stock ? formatRupiah(stock.sellingPrice) : '';
    (line.querySelector('.label') as HTMLElement).textContent = stock ? [stock.name, stock.variant].filter((p) => p).join(' · ') : '';
  });
  byId('subtotal').textContent = check.price ? formatRupiah(check.price.subtotal) : '–';
  byId('total').textContent = check.price ? formatRupiah(check.price.total) : '–';
  return showProblems(asShown(check.problems), all);
}

/** Adds one item line (SKU picked from the stock list or typed, and a quantity). */
function addItemLine(sku = '', quantity = '1'): void {
  const line = document.createElement('div');
  line.className = 'item-line';
  line.innerHTML =
    `<input class="sku" list="skus" autocomplete="off" placeholder="${t(lang, ENTRY.sku)}" value="${esc(sku)}">` +
    `<input class="qty" inputmode="numeric" value="${esc(quantity)}" aria-label="${t(lang, ENTRY.quantity)}">` +
    `<span class="available"></span><span class="price"></span>` +
    `<button type="button" class="remove" title="${t(lang, ENTRY.removeItem)}">×</button>` +
    `<div class="label"></div>`;
  (line.querySelector('.remove') as HTMLButtonElement).addEventListener('click', () => {
    line.remove();
    touched.add('items');
    validate();
  });
  byId('items').appendChild(line);
}

function setStatus(message: string, kind: 'info' | 'error' | 'ok'): void {
  const status = byId('status');
  status.className = `status ${kind}`;
  status.innerHTML = message.split('\n').map((lineText) => `<div>${esc(lineText)}</div>`).join('');
}

/** Saves once: the button is off while the call runs, and the request ID stays the same until the order is saved. */
async function save(): Promise<void> {
  if (saving || saved) return;
  if (validate(true) > 0) {
    setStatus(ENTRY.fix[lang], 'error');
    return;
  }
  saving = true;
  const button = byId<HTMLButtonElement>('save');
  button.disabled = true;
  button.textContent = ENTRY.saving[lang];
  try {
    const reply = await callServer<SaveOutcome>('saveNewOrder', readDraft());
    if (!reply.ok) setStatus(reply.message, 'error');
    else if (!reply.value.saved) {
      showProblems(reply.value.problems.map((p) => ({ ...p, line: p.line < 0 ? undefined : p.line })), true);
      setStatus(reply.message, 'error');
    } else {
      saved = true;
      setStatus(reply.message, 'ok');
      byId('another').hidden = false;
    }
  } catch (error) {
    setStatus(`${ENTRY.failed[lang]} ${(error as Error).message ?? String(error)}`, 'error');
  } finally {
    saving = false;
    button.textContent = ENTRY.save[lang];
    button.disabled = saved;
  }
}

/** Empties the form for the next order, with a new request ID. */
function reset(): void {
  (byId('form') as HTMLFormElement).reset();
  byId('items').innerHTML = '';
  addItemLine();
  touched.clear();
  requestId = newRequestId();
  saved = false;
  byId<HTMLButtonElement>('save').disabled = false;
  byId('another').hidden = true;
  setStatus('', 'info');
  validate();
}

function options(values: readonly string[]): string {
  return `<option value="">${t(lang, ENTRY.choose)}</option>` + values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
}

/** Writes the labels in the page's language and fills the lists from the server's data. */
function render(): void {
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((node) => {
    const key = node.dataset.text as keyof typeof ENTRY;
    if (ENTRY[key]) node.textContent = ENTRY[key][lang];
  });
  input('phone').placeholder = ENTRY.phoneHint[lang];
  byId('channel').innerHTML = options(data.channels);
  byId('paymentMethod').innerHTML = options(data.paymentMethods);
  byId('couriers').innerHTML = data.couriers.map((c) => `<option value="${esc(c)}"></option>`).join('');
  byId('skus').innerHTML = data.stock
    .map((s) => `<option value="${esc(s.sku)}">${esc([s.name, s.variant].filter((p) => p).join(' · '))} — ${t(lang, ENTRY.available)} ${esc(s.available)}</option>`)
    .join('');
  byId('items').innerHTML = '';
  addItemLine();
}

function wire(): void {
  const form = byId<HTMLFormElement>('form');
  const fieldOf = (target: EventTarget | null): DraftField | null => {
    const node = target as HTMLElement | null;
    if (!node) return null;
    if (node.closest('#items')) return 'items';
    return (node.closest('[data-field]') as HTMLElement | null)?.dataset.field as DraftField | null;
  };
  const onChange = (event: Event) => {
    const field = fieldOf(event.target);
    if (field) touched.add(field);
    validate();
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  byId('add-item').addEventListener('click', () => {
    addItemLine('', '1');
    validate();
  });
  byId('another').addEventListener('click', reset);
  byId('close').addEventListener('click', closePage);
}

onReady(async () => {
  lang = pageLang();
  byId('status').textContent = ENTRY.loading[lang];
  wire();
  try {
    const reply = await callServer<EntryData>('orderEntryData');
    lang = reply.lang;
    if (!reply.ok) {
      setStatus(reply.message, 'error');
      byId<HTMLButtonElement>('save').disabled = true;
      return;
    }
    data = reply.value;
    render();
    setStatus('', 'info');
    validate();
    byId('form').hidden = false;
  } catch (error) {
    setStatus(`${ENTRY.failed[lang]} ${(error as Error).message ?? String(error)}`, 'error');
  }
});
