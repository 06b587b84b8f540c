/**
 * The CS pages in a real browser: the dialog's and the sidebar's built HTML (as the menu shows it, from
 * dist/) served on a local port, with google.script.run bridged to the local runtime running the built
 * bundle, driven by puppeteer-core in the Chromium that @sparticuz/chromium ships (installed by npm ci;
 * nothing is downloaded). One browser for the whole file; screenshots go to out/browser/.
 */
import chromium from '@sparticuz/chromium';
import { mkdirSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { Browser, Page } from 'puppeteer-core';
import { LocalRuntime } from '../../emulator/runtime';
import { DONE_SHEET, ORDERS_SHEET, SHIPPING_SHEET } from '../../src/sheets/schema';
import { appendRecords, openShop, recordsOf, sheetOrder } from '../e2e/pipeline-shop';

const SHOTS = join(__dirname, '..', '..', 'out', 'browser');
/** The name a customer typed, with markup that must be shown, never run. */
const SCRIPT_NAME = 'Siti <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';

/**
 * google.script.run in the page, as Apps Script's client gives it (withSuccessHandler,
 * withFailureHandler, withUserObject, one call per server function), over one exposed function.
 */
const GOOGLE_SCRIPT_SHIM = `(() => {
  const runner = (config) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner({ ...config, success: fn });
      if (name === 'withFailureHandler') return (fn) => runner({ ...config, failure: fn });
      if (name === 'withUserObject') return (object) => runner({ ...config, userObject: object });
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args) => {
        window.__tokoScriptRun(name, args).then((answer) => {
          if (answer.ok) { if (config.success) config.success(answer.value, config.userObject); }
          else if (config.failure) config.failure(new Error(answer.message), config.userObject);
        });
      };
    },
  });
  window.google = { script: { run: runner({}), host: { close() { window.__tokoClosed = true; } } } };
})();`;

let browser: Browser;
let server: Server;
let origin = '';
/** The page served at each path (the HTML the menu handed to showModalDialog / showSidebar). */
const pages = new Map<string, string>();
/** The runtime the pages talk to (one per test). */
let rt: LocalRuntime;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
}, 120000);

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => server?.close(closed));
});

/** Opens what the menu item showed last in a new tab, with google.script.run bridged to `rt`. */
async function openShown(path: string, width: number, height: number): Promise<Page> {
  pages.set(path, rt.workbook.dialogs.at(-1)?.html ?? '');
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.exposeFunction('__tokoScriptRun', async (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: await rt.scriptRun(name, ...args) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.evaluateOnNewDocument(GOOGLE_SCRIPT_SHIM);
  await page.goto(`${origin}${path}`);
  return page;
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (node) => (node.textContent ?? '').trim());

/** Types into a field after clearing it. */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

describe('the CS pages in Chromium', () => {
  it('the order-entry dialog checks as CS types, refuses a bad SKU, saves once on a double click and shows the name escaped', async () => {
    rt = openShop();
    rt.clickMenu('Pesanan baru');
    const page = await openShown('/pesanan-baru', 640, 900);
    await page.waitForSelector('#form:not([hidden])');

    await page.type('#customerName', SCRIPT_NAME);
    await page.type('#phone', '12345');
    await page.type('#address', 'Jl. Melati 5, Bandung');
    expect(await textOf(page, '.error[data-for="phone"]')).toContain('bukan nomor Indonesia');
    expect(await textOf(page, '.error[data-for="address"]')).toBe('');
    await retype(page, '#phone', '+62 812-3456-7890');
    expect(await textOf(page, '.error[data-for="phone"]')).toBe('');

    await page.select('#channel', 'WA');
    await retype(page, '#items .item-line:nth-child(1) .sku', 'KAOS-XXL');
    expect(await textOf(page, '.error[data-for="items"]')).toBe('Item 1: SKU KAOS-XXL tidak ada di Gudang · Stok');
    expect(await textOf(page, '#items .item-line:nth-child(1) .available')).toBe('SKU tidak dikenal');
    await retype(page, '#items .item-line:nth-child(1) .sku', 'KAOS-HTM-L');
    await retype(page, '#items .item-line:nth-child(1) .qty', '2');
    await page.click('#add-item');
    await page.type('#items .item-line:nth-child(2) .sku', 'TOPI-01');
    expect(await textOf(page, '#items .item-line:nth-child(1) .available')).toBe('20');
    expect(await textOf(page, '.error[data-for="items"]')).toBe('');
    await page.click('#variantConfirmed');
    await page.type('#shippingCost', 'Rp18.000');
    await page.select('#paymentMethod', 'Transfer');
    expect(await textOf(page, '#total')).toBe('Rp238.000');
    await page.screenshot({ path: join(SHOTS, 'pesanan-baru.png'), fullPage: true });

    await page.click('#save', { clickCount: 2 });
    await page.waitForSelector('.status.ok');

    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([expect.objectContaining({ customerName: SCRIPT_NAME, phone: '6281234567890', items: 'KAOS-HTM-L x2, TOPI-01 x1', total: 238000 })]);
    expect(await textOf(page, '#status')).toContain(`Pesanan ${SCRIPT_NAME} disimpan di CS · Pesanan baris 2`);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$('#status script, #status img')).toHaveLength(0);
    expect(await page.$eval('#save', (b) => (b as unknown as { disabled: boolean }).disabled)).toBe(true);
    await page.close();
  });

  it('Simpan on an empty dialog marks every missing field and sends nothing', async () => {
    rt = openShop();
    rt.clickMenu('Pesanan baru');
    const page = await openShown('/pesanan-baru-kosong', 640, 900);
    await page.waitForSelector('#form:not([hidden])');

    await page.click('#save');

    expect(await textOf(page, '#status')).toBe('Perbaiki dulu yang ditandai merah.');
    expect(await textOf(page, '.error[data-for="customerName"]')).toBe('nama pelanggan belum diisi');
    expect(await textOf(page, '.error[data-for="variantConfirmed"]')).toContain('belum dikonfirmasi');
    expect(recordsOf(rt, ORDERS_SHEET)).toEqual([]);
    await page.close();
  });

  it('the sidebar finds a customer from any form of the number, with resi, tracking link and a WhatsApp answer to copy', async () => {
    rt = openShop();
    appendRecords(rt, ORDERS_SHEET, [sheetOrder('', { customerName: SCRIPT_NAME, phone: '0812-3456-7890', fulfilment: 'Baru', paymentStatus: 'Belum bayar' })]);
    appendRecords(rt, SHIPPING_SHEET, [sheetOrder('TK-2611-0003', { customerName: 'Siti Aminah', phone: '6281234567890', fulfilment: 'Sudah dikirim', courier: 'JNE', trackingNumber: 'JNE0012345' })]);
    appendRecords(rt, DONE_SHEET, [sheetOrder('TK-2610-0009', { customerName: 'Siti Aminah', phone: '081234567890' })]);
    rt.clickMenu('Cari pelanggan / pesanan');
    const page = await openShown('/cari-pelanggan', 320, 900);

    await page.type('#query', '+62 812 3456 7890');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.order');

    const cards = await page.$$eval('.order', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(cards).toHaveLength(3);
    expect(cards.join('\n')).toContain(SCRIPT_NAME);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$('#results script, #results img')).toHaveLength(0);
    const shipped = cards.find((c) => c.includes('TK-2611-0003')) as string;
    expect(shipped).toContain('Sudah dikirim');
    expect(shipped).toContain('Resi JNE0012345');
    const links = await page.$$eval('.order a', (nodes) => nodes.map((n) => (n as unknown as { href: string }).href));
    expect(links).toContain('https://www.jne.co.id/tracking-package?resi=JNE0012345');
    expect(links.filter((l) => l.startsWith('https://wa.me/6281234567890?text='))).toHaveLength(3);
    await page.screenshot({ path: join(SHOTS, 'cari-pelanggan.png'), fullPage: true });

    const copy = await page.$$('.order button.copy');
    await copy[0].click();
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.order button.copy')?.textContent !== 'Salin pesan');
    expect(await textOf(page, '.order button.copy')).toBe('Tersalin');
    expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>)).toBe(await textOf(page, '.order .message'));
    await page.close();
  });
});
