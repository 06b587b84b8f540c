/**
 * The product typecheck is the guard that keeps Node-only APIs out of src/: Apps Script has no
 * setTimeout and no require. Each case writes a file into src/, runs the real `tsc -p tsconfig.json`
 * once for all of them, and reads the errors of each file.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const unique = `${process.pid}-${Date.now()}`;

const CASES = {
  timer: 'export function later(): void {\n  setTimeout(() => undefined, 1);\n}\n',
  module: "export const fs: unknown = require('fs');\n",
  clean: "export function shopName(): string {\n  return SpreadsheetApp.getActiveSpreadsheet().getName();\n}\n",
} as const;

function typecheckErrors(): Record<keyof typeof CASES, string[]> {
  const paths = Object.fromEntries(
    Object.keys(CASES).map((name) => [name, join(root, 'src', `typecheck-guard-${name}-${unique}.ts`)]),
  ) as Record<keyof typeof CASES, string>;
  try {
    for (const name of Object.keys(CASES) as Array<keyof typeof CASES>) writeFileSync(paths[name], CASES[name]);
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const lines = output.split('\n');
    const errorsOf = (path: string) => lines.filter((line) => line.startsWith(relative(root, path)));
    return { timer: errorsOf(paths.timer), module: errorsOf(paths.module), clean: errorsOf(paths.clean) };
  } finally {
    for (const path of Object.values(paths)) rmSync(path, { force: true });
  }
}

describe('the src/ typecheck guard', () => {
  let errors: ReturnType<typeof typecheckErrors>;
  beforeAll(() => {
    errors = typecheckErrors();
  });

  it('rejects setTimeout in product code, naming it', () => {
    expect(errors.timer.join('\n')).toMatch(/Cannot find name 'setTimeout'/);
  });

  it('rejects require in product code, naming it', () => {
    expect(errors.module.join('\n')).toMatch(/Cannot find name 'require'/);
  });

  it('accepts a clean file that uses Apps Script globals', () => {
    expect(errors.clean).toEqual([]);
  });
});

describe('the domain typecheck guard (tsconfig.domain.json: no Apps Script types)', () => {
  it('rejects an Apps Script service in domain/, so the pure core cannot call out', () => {
    const path = join(root, 'src', 'domain', `typecheck-guard-service-${unique}.ts`);
    let output = '';
    try {
      writeFileSync(path, 'export function flushAll(): void {\n  SpreadsheetApp.flush();\n}\n');
      try {
        execFileSync(process.execPath, [tsc, '-p', 'tsconfig.domain.json', '--noEmit', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? '');
      }
    } finally {
      rmSync(path, { force: true });
    }

    expect(output).toMatch(new RegExp(`${relative(root, path).replace(/[.]/g, '\\.')}.*Cannot find name 'SpreadsheetApp'`));
  });
});
