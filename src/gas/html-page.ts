/** The CS pages as HtmlService outputs: the built file (its script already inlined by build.mjs) plus the page's language. */
import { Lang } from '../domain/i18n';

/** The page `file` (dist/<file>.html) with a boot element telling its script the shop's language. */
export function htmlPage(file: string, lang: Lang): GoogleAppsScript.HTML.HtmlOutput {
  const boot = JSON.stringify({ lang: lang === 'en' ? 'en' : 'id' });
  return HtmlService.createHtmlOutputFromFile(file).append(`<script type="application/json" id="toko-boot">${boot}</script>`);
}
