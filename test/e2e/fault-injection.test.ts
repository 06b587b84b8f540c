/**
 * Fault injection on the built bundle (issue 7): for every action, at every service call of a clean
 * run, a failure ("this call throws once" and "the run dies at this call"), then the person's clean
 * rerun and the outbox retry trigger once. The end state must equal a clean run's; the figures (fault
 * points tried, points that ended different) are printed and written to out/fault-injection.md, and
 * with FAULT_FIGURES=docs also between the markers of docs/reliability.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FaultFigures, figuresOf, figuresTable, FaultPoint, KNOWN_DIVERGENT, sweep } from './fault-harness';
import { FAULT_SCENARIOS } from './fault-scenarios';

const figures: FaultFigures[] = [];
const divergent: FaultPoint[] = [];

describe('a failure at any service call, then a clean rerun and the retry trigger, ends as a clean run', () => {
  for (const scenario of FAULT_SCENARIOS) {
    const known = KNOWN_DIVERGENT.has(scenario.action);
    it(`${scenario.action}: every fault point ends with every order, rupiah, unit and e-mail as a clean run leaves them${known ? ' (known divergent: measured, not asserted — issue 7)' : ''}`, () => {
      const { clean, points } = sweep(scenario);
      const bad = points.filter((p) => p.differences.length > 0);
      figures.push(figuresOf(scenario.action, clean.methods.length, points));
      divergent.push(...bad);

      expect(clean.methods.length).toBeGreaterThan(0);
      if (!known) expect(bad.map((p) => `${p.mode} @${p.call} ${p.method}: ${p.differences.join(' / ')}`)).toEqual([]);
    });
  }
});

afterAll(() => {
  const table = figuresTable(figures);
  const details = divergent.map((p) => `- ${p.action} · ${p.mode} @ call ${p.call} (${p.method}): ${p.differences.join(' / ')}`).join('\n');
  const report = `# Fault injection figures\n\n${table}\n\n## Divergent points\n\n${details || 'none'}\n`;
  const dir = join(process.cwd(), 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fault-injection.md'), report);
  writeFileSync(join(dir, 'fault-injection.json'), JSON.stringify({ figures, divergent }, null, 1));
  console.log(`Fault injection (issue 7)\n${table}`);
  if (process.env.FAULT_FIGURES === 'docs') {
    const doc = join(process.cwd(), 'docs', 'reliability.md');
    const text = readFileSync(doc, 'utf8');
    const start = '<!-- fault-figures:start -->';
    const end = '<!-- fault-figures:end -->';
    const at = text.indexOf(start);
    const until = text.indexOf(end);
    if (at >= 0 && until > at) writeFileSync(doc, `${text.slice(0, at + start.length)}\n${table}\n${text.slice(until)}`);
  }
});
