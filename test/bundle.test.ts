/**
 * What clasp pushes is what Apps Script runs: dist/Code.js must be a plain script (no modules),
 * declare every src/main.ts export as a top-level function, load in a realm holding only Apps
 * Script globals, and build the Toko menu on open. `npm test` builds before jest runs.
 */
import { buildSync } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalRuntime } from '../emulator/runtime';

const root = join(__dirname, '..');
const bundlePath = join(root, 'dist', 'Code.js');

/** The names src/main.ts exports, found the way build.mjs finds them. */
function mainExports(): string[] {
  const result = buildSync({
    entryPoints: [join(root, 'src', 'main.ts')], bundle: true, format: 'esm', write: false, metafile: true,
    target: 'es2020', platform: 'neutral', logLevel: 'silent', outfile: 'entry-scan.js',
  });
  const [output] = Object.values(result.metafile!.outputs);
  return [...output.exports].sort();
}

describe('dist/Code.js', () => {
  let code = '';
  beforeAll(() => {
    if (!existsSync(bundlePath)) throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first)');
    code = readFileSync(bundlePath, 'utf8');
  });

  it('has no import or export statements', () => {
    expect(code).not.toMatch(/^\s*import\s[^(]/m);
    expect(code).not.toMatch(/^\s*export\s/m);
  });

  it('declares every export of src/main.ts as a top-level function', () => {
    const exported = mainExports();

    const missing = exported.filter((name) => !new RegExp(`^function ${name}\\(`, 'm').test(code));

    expect(exported).toContain('onOpen');
    expect(missing).toEqual([]);
  });

  it('loads in the bare Apps Script realm and exposes those functions', () => {
    const rt = LocalRuntime.load({ bundle: bundlePath });

    expect(rt.entryPoints().sort()).toEqual(expect.arrayContaining(mainExports()));
  });

  it('builds a menu titled Toko when the spreadsheet opens', () => {
    const rt = LocalRuntime.load({ bundle: bundlePath });

    rt.open();

    expect(rt.failures).toEqual([]);
    expect(rt.workbook.menus.map((menu) => menu.title)).toEqual(['Toko']);
  });
});
