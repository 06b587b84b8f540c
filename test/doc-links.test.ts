/**
 * Every relative link in the repository's markdown leads somewhere: the file exists and, when the
 * link names a heading (`guide.md#section`), that heading is in it. No markdown names a path on one
 * person's machine. Links inside code (`…` and fenced blocks) are text, not links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');
/** Where npm start and the tools write their output (named in docs, not kept in the repository). */
const GENERATED_FOLDER = 'out';
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', '.git', 'reports', '.stryker-tmp', 'coverage']);

/** Every .md file of the repository, outside build output and dependencies. */
function markdownFiles(folder = root): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return SKIPPED_FOLDERS.has(name) ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The markdown without fenced code blocks and inline code, where brackets are not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The targets of inline links `[text](target)` and reference definitions `[name]: target`. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const references = [...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  return [...inline, ...references];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a markdown file offers (headings, with GitHub's -1, -2 … for repeats). */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const match of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = anchorOf(match[1]);
    const count = seen.get(base) ?? 0;
    anchors.add(count === 0 ? base : `${base}-${count}`);
    seen.set(base, count + 1);
  }
  return anchors;
}

/** What is wrong with one link of `file`, or null when it leads somewhere. */
function brokenLink(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: …
  if (target.startsWith('/')) return 'an absolute path: link relative to the file';
  const [pathPart, anchor] = target.split('#');
  const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
  if (!path.startsWith(root)) return 'leads outside the repository';
  if (!existsSync(path)) return 'no such file';
  if (anchor && path.endsWith('.md') && !anchorsOf(readFileSync(path, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())) {
    return `no heading #${anchor} in ${relative(root, path)}`;
  }
  return null;
}

describe('links in the docs', () => {
  const files = markdownFiles();

  it('finds the README, the engineering docs and the team guides', () => {
    const names = files.map((f) => relative(root, f));

    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'emulator/FIDELITY.md']));
  });

  it('every relative link in every markdown file leads to a file, and to a heading when it names one', () => {
    const broken = files.flatMap((file) =>
      linkTargets(readFileSync(file, 'utf8'))
        .map((target) => ({ target, problem: brokenLink(file, target) }))
        .filter((link) => link.problem !== null)
        .map((link) => `${relative(root, file)}: (${link.target}) — ${link.problem}`),
    );

    expect(broken).toEqual([]);
  });

  it('every markdown file a doc names by its path, linked or not, exists (relative to the doc or to the repository)', () => {
    const missing = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?<![\w./-])((?:\.\.?\/)?[\w-]+(?:\/[\w.-]+)*\.md)\b/g)]
        .map((m) => m[1])
        .filter((named) => !named.startsWith(`${GENERATED_FOLDER}/`))
        .filter((named) => !existsSync(resolve(dirname(file), named)) && !existsSync(resolve(root, named)))
        .map((named) => `${relative(root, file)}: ${named}`),
    );

    expect(missing).toEqual([]);
  });

  it('no markdown names a path on one machine, outside the repository', () => {
    const outside = files.filter((file) => /(^|[\s`(])\/(work|home|Users|tmp)\//m.test(readFileSync(file, 'utf8'))).map((f) => relative(root, f));

    expect(outside).toEqual([]);
  });
});
