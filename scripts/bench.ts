/**
 * `npm run bench`: service calls and time of the order actions (1 and 50 selected orders at 100, 1,000 and
 * 10,000 rows per sheet) and of the monthly report (1,000 and 100,000 orders), on the built bundle in the
 * local runtime. Prints the tables and refreshes them in docs/benchmarks.md between its
 * `<!-- bench:… -->` markers, leaving the prose around them alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchPipeline, formatPipelineBench } from './bench-pipeline';
import { benchMonthlyReport, formatReportTable } from './bench-report';

const DOC = 'docs/benchmarks.md';

/** Replaces the text between `<!-- bench:name -->` and `<!-- /bench:name -->`; unchanged when absent. */
function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return doc;
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}

console.log(`Benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}\n`);
const pipeline = formatPipelineBench(benchPipeline());
console.log('Order pipeline\n');
console.log(pipeline);
const report = formatReportTable(benchMonthlyReport());
console.log('\nMonthly report\n');
console.log(report);

let doc = readFileSync(DOC, 'utf8');
doc = replaceSection(doc, 'pipeline', pipeline);
doc = replaceSection(doc, 'report', report);
writeFileSync(DOC, doc);
console.log(`\n${DOC} refreshed.`);
