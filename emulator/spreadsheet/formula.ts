/**
 * A deliberately small formula evaluator: numbers, strings, TRUE/FALSE, cell and range references
 * (optionally `Sheet!`/`'My sheet'!`), + - * / ^ & comparisons and unary minus/percent, and the
 * functions SUM, AVERAGE, MIN, MAX, COUNT, COUNTA, IF, ROUND, ABS. Anything else evaluates to
 * `#NAME?` (unknown function or name) or `#ERROR!` (a formula that does not parse), as Sheets shows
 * them; `#DIV/0!`, `#VALUE!` and `#REF!` (missing sheet, circular reference) as Sheets computes them.
 */
import { columnNumber } from './a1-notation';

/** A formula error value; getValue returns its code as a string ('#NAME?'). */
export class FormulaError {
  constructor(readonly code: '#NAME?' | '#ERROR!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#N/A' | '#NUM!') {}
}

/** A value as formulas see it: dates already turned into serial numbers, undefined for empty. */
export type FormulaScalar = number | string | boolean | undefined | FormulaError;

/** What the evaluator needs from the workbook. */
export interface FormulaHost {
  /** The cell's value (1-based); a FormulaError('#REF!') for an unknown sheet. */
  cell(sheetName: string | undefined, row: number, column: number): FormulaScalar;
  /** A block's values row by row; `endRow` undefined means to the last row of the sheet. */
  block(sheetName: string | undefined, startRow: number, startColumn: number, endRow: number | undefined, endColumn: number): FormulaScalar[] | FormulaError;
}

type Node =
  | { kind: 'literal'; value: FormulaScalar }
  | { kind: 'cell'; sheetName?: string; row: number; column: number }
  | { kind: 'range'; sheetName?: string; startRow: number; startColumn: number; endRow?: number; endColumn: number }
  | { kind: 'unary'; op: string; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] };

type Token = { type: 'num' | 'str' | 'ref' | 'ident' | 'op' | '(' | ')' | ','; text: string };

class ParseFailure extends Error {}

const REFERENCE = /^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(])/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const rest = source.slice(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ type: 'num', text: number[0] });
      i += number[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= source.length) throw new ParseFailure('unterminated string');
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += source[j++];
      }
      tokens.push({ type: 'str', text });
      i = j + 1;
      continue;
    }
    const reference = REFERENCE.exec(rest);
    if (reference) {
      tokens.push({ type: 'ref', text: reference[0] });
      i += reference[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (ident) {
      tokens.push({ type: 'ident', text: ident[0] });
      i += ident[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>%])/.exec(rest);
    if (op) {
      tokens.push({ type: 'op', text: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ type: ch, text: ch });
      i++;
      continue;
    }
    if (ch === ',' || ch === ';') {
      tokens.push({ type: ',', text: ch });
      i++;
      continue;
    }
    throw new ParseFailure(`unexpected ${ch}`);
  }
  return tokens;
}

function referenceNode(text: string): Node {
  let sheetName: string | undefined;
  let body = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    if (sheetName.startsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    body = text.slice(bang + 1);
  }
  const cells = body.replace(/\$/g, '').split(':');
  const parse = (cell: string) => {
    const m = /^([A-Za-z]{1,3})(\d*)$/.exec(cell) as RegExpExecArray;
    return { column: columnNumber(m[1]), row: m[2] ? Number(m[2]) : undefined };
  };
  const a = parse(cells[0]);
  if (cells.length === 1) return { kind: 'cell', sheetName, row: a.row as number, column: a.column };
  const b = parse(cells[1]);
  if (a.row === undefined || b.row === undefined) {
    return { kind: 'range', sheetName, startRow: 1, endRow: undefined, startColumn: Math.min(a.column, b.column), endColumn: Math.max(a.column, b.column) };
  }
  return {
    kind: 'range', sheetName,
    startRow: Math.min(a.row, b.row), endRow: Math.max(a.row, b.row),
    startColumn: Math.min(a.column, b.column), endColumn: Math.max(a.column, b.column),
  };
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node {
    const node = this.comparison();
    if (this.at < this.tokens.length) throw new ParseFailure('trailing input');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private takeOp(...ops: string[]): string | undefined {
    const token = this.peek();
    if (token && token.type === 'op' && ops.includes(token.text)) {
      this.at++;
      return token.text;
    }
    return undefined;
  }

  private comparison(): Node {
    let left = this.concat();
    for (let op = this.takeOp('=', '<>', '<', '>', '<=', '>='); op; op = this.takeOp('=', '<>', '<', '>', '<=', '>=')) {
      left = { kind: 'binary', op, left, right: this.concat() };
    }
    return left;
  }

  private concat(): Node {
    let left = this.additive();
    for (let op = this.takeOp('&'); op; op = this.takeOp('&')) left = { kind: 'binary', op, left, right: this.additive() };
    return left;
  }

  private additive(): Node {
    let left = this.term();
    for (let op = this.takeOp('+', '-'); op; op = this.takeOp('+', '-')) left = { kind: 'binary', op, left, right: this.term() };
    return left;
  }

  private term(): Node {
    let left = this.power();
    for (let op = this.takeOp('*', '/'); op; op = this.takeOp('*', '/')) left = { kind: 'binary', op, left, right: this.power() };
    return left;
  }

  private power(): Node {
    let left = this.unary();
    for (let op = this.takeOp('^'); op; op = this.takeOp('^')) left = { kind: 'binary', op, left, right: this.unary() };
    return left;
  }

  private unary(): Node {
    const op = this.takeOp('-', '+');
    if (op) return { kind: 'unary', op, operand: this.unary() };
    let node = this.primary();
    while (this.takeOp('%')) node = { kind: 'unary', op: '%', operand: node };
    return node;
  }

  private primary(): Node {
    const token = this.tokens[this.at++];
    if (!token) throw new ParseFailure('unexpected end');
    switch (token.type) {
      case 'num':
        return { kind: 'literal', value: Number(token.text) };
      case 'str':
        return { kind: 'literal', value: token.text };
      case 'ref':
        return referenceNode(token.text);
      case '(': {
        const inner = this.comparison();
        if (this.peek()?.type !== ')') throw new ParseFailure('missing )');
        this.at++;
        return inner;
      }
      case 'ident': {
        if (this.peek()?.type === '(') {
          this.at++;
          const args: Node[] = [];
          if (this.peek()?.type !== ')') {
            for (;;) {
              args.push(this.comparison());
              if (this.peek()?.type === ',') {
                this.at++;
                continue;
              }
              break;
            }
          }
          if (this.peek()?.type !== ')') throw new ParseFailure('missing )');
          this.at++;
          return { kind: 'call', name: token.text.toUpperCase(), args };
        }
        const upper = token.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', value: upper === 'TRUE' };
        return { kind: 'literal', value: new FormulaError('#NAME?') };
      }
      default:
        throw new ParseFailure(`unexpected ${token.text}`);
    }
  }
}

/** Thrown inside evaluation to carry an error value out. */
class ErrorSignal {
  constructor(readonly error: FormulaError) {}
}

function fail(code: FormulaError['code']): never {
  throw new ErrorSignal(new FormulaError(code));
}

function check(value: FormulaScalar): Exclude<FormulaScalar, FormulaError> {
  if (value instanceof FormulaError) throw new ErrorSignal(value);
  return value;
}

function toNumber(value: FormulaScalar): number {
  const v = check(value);
  if (v === undefined || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  if (v.trim() === '' || Number.isNaN(n)) fail('#VALUE!');
  return n;
}

function toText(value: FormulaScalar): string {
  const v = check(value);
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function toBoolean(value: FormulaScalar): boolean {
  const v = check(value);
  if (typeof v === 'string') {
    if (v.toUpperCase() === 'TRUE') return true;
    if (v.toUpperCase() === 'FALSE' || v === '') return false;
    fail('#VALUE!');
  }
  return !!v;
}

function compare(op: string, a: FormulaScalar, b: FormulaScalar): boolean {
  const x = check(a);
  const y = check(b);
  const rank = (v: unknown) => (typeof v === 'number' || v === undefined ? 0 : typeof v === 'string' ? 1 : 2);
  let order: number;
  if (x === undefined && y === undefined) order = 0;
  else if (x === undefined || y === undefined) {
    const other = x === undefined ? y : x;
    const blank = typeof other === 'number' ? 0 : typeof other === 'string' ? '' : false;
    order = x === undefined ? cmp(blank, other) : cmp(other, blank);
  } else if (rank(x) !== rank(y)) order = rank(x) - rank(y);
  else order = cmp(x, y);
  switch (op) {
    case '=': return order === 0;
    case '<>': return order !== 0;
    case '<': return order < 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    default: return order >= 0;
  }
}

function cmp(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

class Evaluator {
  constructor(private readonly host: FormulaHost) {}

  scalar(node: Node): FormulaScalar {
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'cell':
        return this.host.cell(node.sheetName, node.row, node.column);
      case 'range':
        return fail('#VALUE!');
      case 'unary': {
        const n = toNumber(this.scalar(node.operand));
        return node.op === '-' ? -n : node.op === '%' ? n / 100 : n;
      }
      case 'binary':
        return this.binary(node.op, node.left, node.right);
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  private binary(op: string, leftNode: Node, rightNode: Node): FormulaScalar {
    const left = this.scalar(leftNode);
    const right = this.scalar(rightNode);
    if (op === '&') return toText(left) + toText(right);
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, left, right);
    const a = toNumber(left);
    const b = toNumber(right);
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': return b === 0 ? fail('#DIV/0!') : a / b;
      default: {
        const p = a ** b;
        return Number.isFinite(p) ? p : fail('#NUM!');
      }
    }
  }

  /** Values of an argument: a range's cells (flagged), or one scalar. */
  private values(node: Node): { fromRange: boolean; items: FormulaScalar[] } {
    if (node.kind === 'range') {
      const block = this.host.block(node.sheetName, node.startRow, node.startColumn, node.endRow, node.endColumn);
      if (block instanceof FormulaError) throw new ErrorSignal(block);
      return { fromRange: true, items: block };
    }
    if (node.kind === 'cell') return { fromRange: true, items: [this.scalar(node)] };
    return { fromRange: false, items: [this.scalar(node)] };
  }

  private numbers(args: Node[]): number[] {
    const out: number[] = [];
    for (const arg of args) {
      const { fromRange, items } = this.values(arg);
      for (const item of items) {
        const v = check(item);
        if (fromRange) {
          if (typeof v === 'number') out.push(v);
        } else out.push(toNumber(v));
      }
    }
    return out;
  }

  private call(name: string, args: Node[]): FormulaScalar {
    switch (name) {
      case 'SUM':
        return this.numbers(args).reduce((a, b) => a + b, 0);
      case 'AVERAGE': {
        const numbers = this.numbers(args);
        return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : fail('#DIV/0!');
      }
      case 'MIN': {
        const numbers = this.numbers(args);
        return numbers.length ? Math.min(...numbers) : 0;
      }
      case 'MAX': {
        const numbers = this.numbers(args);
        return numbers.length ? Math.max(...numbers) : 0;
      }
      case 'COUNT':
        return args.reduce((n, arg) => n + this.values(arg).items.filter((v) => typeof v === 'number').length, 0);
      case 'COUNTA':
        return args.reduce((n, arg) => n + this.values(arg).items.filter((v) => v !== undefined && v !== '').length, 0);
      case 'IF':
        if (args.length < 2 || args.length > 3) return fail('#N/A');
        return toBoolean(this.scalar(args[0])) ? this.scalar(args[1]) : args[2] ? this.scalar(args[2]) : false;
      case 'ROUND': {
        if (args.length < 1 || args.length > 2) return fail('#N/A');
        const digits = args[1] ? Math.trunc(toNumber(this.scalar(args[1]))) : 0;
        const x = toNumber(this.scalar(args[0]));
        const factor = 10 ** digits;
        return (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
      }
      case 'ABS':
        if (args.length !== 1) return fail('#N/A');
        return Math.abs(toNumber(this.scalar(args[0])));
      default:
        return fail('#NAME?');
    }
  }
}

/** The value of `formula` (with its leading `=`): a number, text, boolean, '' for empty, or an error. */
export function evaluateFormula(formula: string, host: FormulaHost): number | string | boolean | FormulaError {
  let tree: Node;
  try {
    tree = new Parser(tokenize(formula.replace(/^=/, ''))).parseAll();
  } catch (e) {
    if (e instanceof ParseFailure) return new FormulaError('#ERROR!');
    throw e;
  }
  try {
    const value = new Evaluator(host).scalar(tree);
    if (value === undefined) return '';
    if (typeof value === 'number' && !Number.isFinite(value)) return new FormulaError('#NUM!');
    return value;
  } catch (e) {
    if (e instanceof ErrorSignal) return e.error;
    throw e;
  }
}
