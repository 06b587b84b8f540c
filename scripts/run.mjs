// Runs a TypeScript script under Node (npm start, npm run bench): esbuild bundles it, dependencies stay external.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [script, ...args] = process.argv.slice(2);
const outdir = join(root, '.tmp');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(script, '.ts')}.mjs`);
await build({
  entryPoints: [resolve(script)], bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', outfile, logLevel: 'warning', sourcemap: 'inline',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
