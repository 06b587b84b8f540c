/**
 * What both CS pages share in the browser: google.script.run as a promise, the page's language (set by
 * the server in a boot element), texts in that language, and HTML built only from escaped text.
 * Bundled into each page by build.mjs; never part of dist/Code.js.
 */
import { escapeHtml } from '../domain/html';
import { Lang, Text } from '../domain/i18n';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [functionName: string]: unknown;
}

declare const google: { script: { run: ScriptRunner; host: { close(): void } } };

/** What every server function of the pages returns (src/app/dialog-call.ts). */
export type Reply<T> = { ok: true; value: T; message: string; lang: Lang } | { ok: false; message: string; lang: Lang };

/** Calls a server function through google.script.run; rejects with the error Apps Script reports. */
export function callServer<T>(functionName: string, ...args: unknown[]): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as Reply<T>)).withFailureHandler(reject);
    (runner[functionName] as (...a: unknown[]) => void)(...args);
  });
}

/** Closes the dialog (Apps Script's host). */
export function closePage(): void {
  google.script.host.close();
}

/** The language the server wrote into the page (`<script type="application/json" id="toko-boot">`), Indonesian by default. */
export function pageLang(): Lang {
  try {
    const boot = document.getElementById('toko-boot');
    return (JSON.parse(boot?.textContent ?? '{}') as { lang?: string }).lang === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** A text in the page's language, escaped for HTML. */
export function t(lang: Lang, text: Text): string {
  return escapeHtml(text[lang]);
}

/** Escaped text; the only way data reaches innerHTML on these pages. */
export const esc = (value: unknown): string => escapeHtml(String(value ?? ''));

/** An escaped href, only for http(s) and wa.me links ('' otherwise). */
export function safeHref(url: string): string {
  return /^https:\/\/|^http:\/\//i.test(url) ? escapeHtml(url) : '';
}

/** The element with this id (the pages' own markup: a missing one is a bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`page: no element #${id}`);
  return found as T;
}

/** Copies text to the clipboard (the Clipboard API where allowed, else a hidden textarea); whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // falls back below (the sandboxed iframe may refuse the Clipboard API)
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  area.remove();
  return done;
}

/** Runs `start` once the page is parsed (the boot element comes after the script). */
export function onReady(start: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
