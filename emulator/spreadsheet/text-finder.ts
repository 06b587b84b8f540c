/**
 * TextFinder (Range/Sheet.createTextFinder): finds cells by their displayed text on the server, so a
 * script can look an ID up in a long sheet without reading it. Every public method is counted as
 * `TextFinder.<method>`; the cells it scans are not cells read by the script (they never leave Google).
 * Documented behaviour kept: case-insensitive unless matchCase(true); a substring match unless
 * matchEntireCell(true); a regular expression with useRegularExpression(true); cells searched row by
 * row, left to right; findAll returns one single-cell Range per match, in that order; findNext walks
 * the matches and returns null after the last.
 */
import { GridArea, SheetModel } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';
import { appsScriptError } from './errors';

type TextFinder = GoogleAppsScript.Spreadsheet.TextFinder;
type Range = GoogleAppsScript.Spreadsheet.Range;

type EmulatedTextFinderMethods = 'findAll' | 'findNext' | 'matchCase' | 'matchEntireCell' | 'useRegularExpression' | 'matchFormulaText';

/** One search over one rectangle of one sheet; see the file comment. */
export class FakeTextFinder implements Pick<TextFinder, EmulatedTextFinderMethods> {
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private cursor = -1;

  constructor(
    private readonly env: SpreadsheetEnv,
    private readonly sheet: SheetModel,
    private readonly area: GridArea,
    private readonly text: string,
  ) {
    if (text === '') throw appsScriptError('Exception: The text to find cannot be empty.');
  }

  private count(method: string): void {
    this.env.count(`TextFinder.${method}`);
  }

  private self(): TextFinder {
    return this.env.factories.textFinder(this);
  }

  matchCase(matchCase: boolean): TextFinder {
    this.count('matchCase');
    this.caseSensitive = Boolean(matchCase);
    return this.self();
  }

  matchEntireCell(matchEntireCell: boolean): TextFinder {
    this.count('matchEntireCell');
    this.entireCell = Boolean(matchEntireCell);
    return this.self();
  }

  useRegularExpression(useRegEx: boolean): TextFinder {
    this.count('useRegularExpression');
    this.regex = Boolean(useRegEx);
    return this.self();
  }

  /** Toko searches values only; formula text is never matched here (accepted for the signature). */
  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this.count('matchFormulaText');
    if (matchFormulaText) throw appsScriptError('Emulator: TextFinder.matchFormulaText(true) is not implemented');
    return this.self();
  }

  findAll(): Range[] {
    this.count('findAll');
    return this.matches().map((area) => this.env.factories.range(this.sheet, area));
  }

  findNext(): Range | null {
    this.count('findNext');
    const matches = this.matches();
    this.cursor++;
    if (this.cursor >= matches.length) return null;
    return this.env.factories.range(this.sheet, matches[this.cursor]);
  }

  private matcher(): (cell: string) => boolean {
    const flags = this.caseSensitive ? '' : 'i';
    if (this.regex) {
      const pattern = new RegExp(this.entireCell ? `^(?:${this.text})$` : this.text, flags);
      return (cell) => pattern.test(cell);
    }
    const needle = this.caseSensitive ? this.text : this.text.toLowerCase();
    return (cell) => {
      const hay = this.caseSensitive ? cell : cell.toLowerCase();
      return this.entireCell ? hay === needle : hay.includes(needle);
    };
  }

  private matches(): GridArea[] {
    const lastRow = Math.min(this.area.row + this.area.numRows - 1, this.sheet.lastRow());
    if (lastRow < this.area.row) return [];
    const scanned: GridArea = { ...this.area, numRows: lastRow - this.area.row + 1 };
    const displayed = this.env.model.readDisplayValues(this.sheet, scanned);
    const matches = this.matcher();
    const found: GridArea[] = [];
    displayed.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (cell !== '' && matches(cell)) found.push({ row: scanned.row + i, column: scanned.column + j, numRows: 1, numColumns: 1 });
      }),
    );
    return found;
  }
}
