/**
 * What each Apps Script class offers a script, read from @types/google-apps-script (never a
 * hand-kept list): the member names (methods and properties) of every interface, per namespace.
 * Emulated objects are registered with the simple name of the class they stand for; the realm
 * boundary shows the bundle exactly that class's members, so a helper of the emulator (`range.fill`)
 * or a method Google does not have (`setTitle` on a generic EmbeddedChartBuilder) is absent there,
 * as on Google. The table is derived once per @types version and cached under node_modules/.cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Works under jest (CommonJS) and under scripts/run.mjs (ESM): resolve from the repository root.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** namespace ('' for global interfaces such as Console) → interface → member names. */
export type MemberTable = Record<string, Record<string, string[]>>;

/** Where a simple class name is looked for, first match wins (the services the emulator models). */
const NAMESPACE_ORDER = ['Spreadsheet', 'Base', 'Charts', 'Script', 'Mail', 'Gmail', 'HTML', 'Lock', 'Cache', 'Properties', 'Utilities', ''];

const apiTypes = new WeakMap<object, string>();
let table: MemberTable | undefined;
const resolved = new Map<string, ReadonlySet<string>>();

/** Marks `object` (what the script will hold) as an instance of the Apps Script class `className`. */
export function registerApiType(object: object, className: string): void {
  apiTypes.set(object, className);
}

/** The Apps Script class `object` was registered as, or undefined (data, enums). */
export function apiTypeOf(object: object): string | undefined {
  return apiTypes.get(object);
}

/** The members @types gives the class `className` (first namespace in NAMESPACE_ORDER that has it); throws if none does. */
export function apiMembers(className: string): ReadonlySet<string> {
  let members = resolved.get(className);
  if (members) return members;
  const types = memberTable();
  const namespace = NAMESPACE_ORDER.find((ns) => types[ns]?.[className] !== undefined);
  if (namespace === undefined) throw new Error(`Emulator: @types/google-apps-script has no class ${className}`);
  members = new Set(types[namespace][className]);
  resolved.set(className, members);
  return members;
}

function typesDir(): string {
  return dirname(requireFromRoot.resolve('@types/google-apps-script/package.json'));
}

/** The member table, from the cache when it matches the installed @types version, else derived and cached. */
export function memberTable(): MemberTable {
  if (table) return table;
  const dir = typesDir();
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const cacheDir = join(dir, '..', '..', '.cache', 'toko-emulator');
  const cache = join(cacheDir, `apps-script-members-${version}.json`);
  if (existsSync(cache)) {
    try {
      table = JSON.parse(readFileSync(cache, 'utf8')) as MemberTable;
      return table;
    } catch {
      // A damaged cache is derived again below.
    }
  }
  table = deriveMemberTable(dir);
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cache, JSON.stringify(table));
  } catch {
    // Read-only node_modules: derive again next time.
  }
  return table;
}

/** Parses every .d.ts of @types/google-apps-script (TypeScript's own parser) into the member table. */
export function deriveMemberTable(dir = typesDir()): MemberTable {
  // Loaded only here: the parser is needed when the cache is missing.
  const ts = requireFromRoot('typescript') as typeof import('typescript');
  const out: MemberTable = {};
  const heritage: Array<{ namespace: string; name: string; bases: string[] }> = [];
  const nameOf = (node: import('typescript').PropertyName | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNumericLiteral(node)) return node.text;
    return undefined;
  };
  const visit = (statements: readonly import('typescript').Statement[], namespace: string): void => {
    for (const statement of statements) {
      if (ts.isModuleDeclaration(statement) && statement.body) {
        const inner = statement.name.text;
        const path = inner === 'GoogleAppsScript' ? '' : namespace === '' ? inner : `${namespace}.${inner}`;
        if (ts.isModuleBlock(statement.body)) visit(statement.body.statements, path);
        continue;
      }
      if (!ts.isInterfaceDeclaration(statement) && !ts.isClassDeclaration(statement)) continue;
      const name = statement.name?.text;
      if (!name) continue;
      const members = ((out[namespace] ??= {})[name] ??= []);
      for (const member of statement.members) {
        const memberName = nameOf(member.name);
        if (memberName !== undefined && !members.includes(memberName)) members.push(memberName);
      }
      const bases = (statement.heritageClauses ?? []).flatMap((clause) => clause.types.map((t) => t.expression.getText()));
      if (bases.length) heritage.push({ namespace, name, bases });
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    visit(source.statements, '');
  }
  for (const { namespace, name, bases } of heritage) {
    for (const base of bases) {
      const parts = base.split('.');
      const baseName = parts.pop() as string;
      const baseNamespace = parts.filter((p) => p !== 'GoogleAppsScript').join('.') || namespace;
      for (const member of out[baseNamespace]?.[baseName] ?? out['']?.[baseName] ?? []) {
        if (!out[namespace][name].includes(member)) out[namespace][name].push(member);
      }
    }
  }
  return out;
}
