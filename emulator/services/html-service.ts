/**
 * HtmlService: HtmlOutput, templates with scriptlets (`<? ?>`, `<?= ?>` HTML-escaped, `<?!= ?>`
 * raw) and files from the bundle's folder. Template code runs in the script's realm, so it sees the
 * script's globals (the usual `include()` helper) and the template's variables.
 */
import type { EmulatorState } from '../state';
import { newFakeBlob, readBlobSource } from './blob';
import { SANDBOX_MODE, XFRAME_OPTIONS_MODE } from './enums';
import { failLoudly, scriptError } from './errors';

/** Turns template code into a function in the script's realm (vm.runInContext for a loaded bundle). */
export type TemplateCompiler = (source: string) => (vars: object, escape: (value: unknown) => string, output: object) => string;

/** Finds `<name>.html` among the script's files; undefined when there is none. */
export type HtmlFileFinder = (name: string) => string | undefined;

/** HTML-escapes text the way `<?= ?>` prints it; null and undefined print as ''. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type HtmlOutputMethods = 'append' | 'appendUntrusted' | 'clear' | 'getContent' | 'setContent' | 'getTitle' | 'setTitle'
  | 'getWidth' | 'setWidth' | 'getHeight' | 'setHeight' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag'
  | 'setFaviconUrl' | 'getFaviconUrl' | 'getBlob' | 'getAs' | 'asTemplate';

/** An HtmlOutput; a local builder, so its methods are not counted calls. */
export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMethods> {
  private title = '';
  private width?: number;
  private height?: number;
  private favicon = '';
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(private content: string, private readonly makeTemplate: (html: string) => GoogleAppsScript.HTML.HtmlTemplate) {}

  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this.self();
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return this.self();
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = String(content);
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = String(title);
    return this.self();
  }
  getWidth(): number {
    return this.width as number;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = Number(width);
    return this.self();
  }
  getHeight(): number {
    return this.height as number;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = Number(height);
    return this.self();
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    return this.self();
  }
  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this.favicon = String(iconUrl);
    return this.self();
  }
  getFaviconUrl(): string {
    return this.favicon;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return newFakeBlob(Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.getBlob().getAs(contentType);
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return this.makeTemplate(this.content);
  }

  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}

/** Compiles template text into the body of a function(vars, escape, output) returning the page. */
export function templateCode(html: string): string {
  let code = 'var __out = [], __v;\n';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<?', at);
    if (open < 0) {
      code += `__out.push(${JSON.stringify(html.slice(at))});\n`;
      break;
    }
    if (open > at) code += `__out.push(${JSON.stringify(html.slice(at, open))});\n`;
    const close = html.indexOf('?>', open + 2);
    if (close < 0) throw scriptError('Unterminated scriptlet: a "<?" has no matching "?>".');
    const inner = html.slice(open + 2, close);
    if (inner.startsWith('!=')) {
      // A printing scriptlet prints its first statement's value; any further statements only run.
      code += `__v = ${inner.slice(2)}\n;__out.push(__v === null || __v === undefined ? '' : String(__v));\n`;
    } else if (inner.startsWith('=')) {
      code += `__v = ${inner.slice(1)}\n;__out.push(__escape(__v));\n`;
    } else {
      code += `${inner}\n;\n`;
    }
    at = close + 2;
  }
  return `${code}return __out.join('');`;
}

/** The default compiler, in the host realm (use-case tests without a bundle). */
export const hostTemplateCompiler: TemplateCompiler = (source) =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function(`return ${source}`)() as ReturnType<TemplateCompiler>;

/** The wrapper every compiler receives: template variables in scope through `with`, plus `output`. */
export function templateFunctionSource(html: string): string {
  return `(function (__vars, __escape, output) { with (__vars) { ${templateCode(html)} } })`;
}

const templateInternals = new WeakMap<object, { html: string }>();

/** An HtmlTemplate: its own properties are the template variables; evaluate() is a counted call. */
class FakeHtmlTemplate {
  constructor(html: string, private readonly evaluateWith: (template: FakeHtmlTemplate, html: string) => GoogleAppsScript.HTML.HtmlOutput) {
    templateInternals.set(this, { html });
    Object.defineProperty(this, 'evaluateWith', { enumerable: false });
  }
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    return this.evaluateWith(this, templateInternals.get(this)!.html);
  }
  getRawContent(): string {
    return templateInternals.get(this)!.html;
  }
  getCode(): string {
    return templateCode(templateInternals.get(this)!.html);
  }
  getCodeWithComments(): string {
    return this.getCode();
  }
}

/** HtmlService over the script's files; `compile` decides the realm template code runs in. */
export function createHtmlService(
  state: EmulatorState,
  findFile: HtmlFileFinder,
  compile: () => TemplateCompiler = () => hostTemplateCompiler,
): GoogleAppsScript.HTML.HtmlService {
  const output = (html: string) =>
    failLoudly(new FakeHtmlOutput(html, makeTemplate), 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;

  function evaluateTemplate(template: FakeHtmlTemplate, html: string): GoogleAppsScript.HTML.HtmlOutput {
    state.recordCall('HtmlTemplate.evaluate');
    const vars: Record<string, unknown> = {};
    for (const key of Object.keys(template)) vars[key] = (template as unknown as Record<string, unknown>)[key];
    const page = output('');
    const pageOutput = {
      append: (text: unknown) => page.append(String(text)),
      appendUntrusted: (text: unknown) => page.appendUntrusted(String(text)),
    };
    const render = compile()(templateFunctionSource(html));
    const body = render(vars, escapeHtml, pageOutput);
    return page.setContent(page.getContent() + body);
  }

  function makeTemplate(html: string): GoogleAppsScript.HTML.HtmlTemplate {
    return failLoudly(new FakeHtmlTemplate(html, evaluateTemplate), 'HtmlTemplate') as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  function readFile(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const content = findFile(name);
    if (content === undefined) throw scriptError(`No HTML file named ${name} was found.`);
    return content;
  }

  function textOf(source: unknown): string {
    if (source === undefined) return '';
    if (typeof source === 'string') return source;
    return readBlobSource(source).bytes.toString('utf8');
  }

  const service = {
    SandboxMode: SANDBOX_MODE,
    XFrameOptionsMode: XFRAME_OPTIONS_MODE,
    createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
      state.recordCall('HtmlService.createHtmlOutput');
      return output(textOf(html));
    },
    createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
      state.recordCall('HtmlService.createHtmlOutputFromFile');
      return output(readFile(filename));
    },
    createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
      state.recordCall('HtmlService.createTemplate');
      return makeTemplate(textOf(html));
    },
    createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
      state.recordCall('HtmlService.createTemplateFromFile');
      return makeTemplate(readFile(filename));
    },
  };
  return failLoudly(service, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
