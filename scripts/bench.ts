/**
 * `npm run bench`: the realistic shop's costs on the built bundle in the local runtime — the order actions
 * at three history sizes and with 10,000 rows in each order sheet, the monthly report on a 100,000-order
 * year from the trigger and from the menu — and issue 8's goals beside what was measured. Prints the
 * tables; `npm run bench -- --write` also refreshes them in docs/benchmarks.md between its
 * `<!-- bench:… -->` markers (the prose around them is written by hand), so a plain run changes no file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { formatGoalTable, judgeGoals } from './bench-goals';
import { benchPipeline, formatCallsByMethod, formatGrowthTable, formatSizeTable } from './bench-pipeline';
import { benchMonthlyReport, formatReportTable } from './bench-report';
import { benchDashboard, formatDashboardTable } from './bench-dashboard';
import { benchPromo, formatPromoTable } from './bench-promo';
import { benchStockCount, formatStockCountTable } from './bench-stock-count';
import { benchContacts, formatContactsTable } from './bench-contacts';

const DOC = 'docs/benchmarks.md';

/** Replaces the text between `<!-- bench:name -->` and `<!-- /bench:name -->`; throws when the markers are missing. */
function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${start} … ${end} section`);
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}

const write = process.argv.includes('--write');
const started = performance.now();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the start`;
console.log(`Benchmarks on ${machine}\n`);

const pipeline = benchPipeline();
const growth = formatGrowthTable(pipeline.byHistory);
const tenK = formatSizeTable(pipeline.orderSheets10k);
const byMethod = formatCallsByMethod(pipeline.byHistory);
console.log(`Order actions, 300 rows in each working sheet, history growing\n\n${growth}\n`);
console.log(`Order actions, 10,000 rows in each order sheet\n\n${tenK}\n`);
console.log(`Calls by method, 50 orders, largest history\n\n${byMethod}\n`);

const reportResults = benchMonthlyReport();
const report = formatReportTable(reportResults);
console.log(`Monthly report\n\n${report}\n`);

const dashboard = formatDashboardTable(benchDashboard());
console.log(`Management dashboard (same recent weeks, history growing)\n\n${dashboard}\n`);
const promo = formatPromoTable(benchPromo());
console.log(`Promo codes on Konfirmasi pesanan\n\n${promo}\n`);
const stockCount = formatStockCountTable(benchStockCount());
console.log(`Stock opname (500 SKUs)\n\n${stockCount}\n`);
const contacts = formatContactsTable(benchContacts());
console.log(`Contact list: Perbarui kontak and Daftar broadcast (Selesai and Kontak growing)\n\n${contacts}\n`);

const goals = formatGoalTable(judgeGoals(pipeline, reportResults));
console.log(`Goals\n\n${goals}\n`);
console.log(`Bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);

if (write) {
  let doc = readFileSync(DOC, 'utf8');
  doc = replaceSection(doc, 'machine', `Measured on ${machine}.`);
  doc = replaceSection(doc, 'goals', goals);
  doc = replaceSection(doc, 'growth', growth);
  doc = replaceSection(doc, 'orders10k', tenK);
  doc = replaceSection(doc, 'calls', byMethod);
  doc = replaceSection(doc, 'report', report);
  doc = replaceSection(doc, 'dashboard', dashboard);
  doc = replaceSection(doc, 'promo', promo);
  doc = replaceSection(doc, 'contacts', contacts);
  doc = replaceSection(doc, 'stockcount', stockCount);
  writeFileSync(DOC, doc);
  console.log(`${DOC} refreshed.`);
} else {
  console.log(`${DOC} left as it is (npm run bench -- --write refreshes it).`);
}
