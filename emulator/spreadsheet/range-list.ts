/** RangeList: several ranges acted on together. Methods count once as `RangeList.<method>`. */
import { expose } from './exposed';
import { FakeRange } from './range';
import { GridArea, SheetModel } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** Script-facing range list; see the file comment. */
export class FakeRangeList
  implements Pick<RangeList,
    | 'getRanges' | 'activate' | 'clear' | 'clearContent' | 'setValue' | 'setNumberFormat' | 'setFontWeight'
    | 'setBackground' | 'setHorizontalAlignment'>
{
  constructor(private readonly env: SpreadsheetEnv, readonly items: ReadonlyArray<{ sheet: SheetModel; area: GridArea }>) {}

  private self(): RangeList {
    return expose<RangeList>(this, 'RangeList');
  }

  /** Runs `action` on each range without counting Range calls (the list call is the one counted). */
  private each(method: string, action: (range: FakeRange) => void): RangeList {
    this.env.count(`RangeList.${method}`);
    for (const { sheet, area } of this.items) action(new FakeRange(this.env, sheet, area, false));
    return this.self();
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.env.count('RangeList.getRanges');
    return this.items.map(({ sheet, area }) => this.env.factories.range(sheet, area));
  }

  /** Selects all the ranges; the last one becomes the active range. */
  activate(): RangeList {
    this.env.count('RangeList.activate');
    const last = this.items[this.items.length - 1];
    if (last) {
      this.env.model.activeSheet = last.sheet;
      last.sheet.selection = {
        ranges: this.items.filter((i) => i.sheet === last.sheet).map((i) => i.area),
        current: { row: last.area.row, column: last.area.column },
      };
    }
    return this.self();
  }

  clear(): RangeList {
    return this.each('clear', (r) => r.clear());
  }

  clearContent(): RangeList {
    return this.each('clearContent', (r) => r.clearContent());
  }

  setValue(value: any): RangeList {
    return this.each('setValue', (r) => r.setValue(value));
  }

  setNumberFormat(format: string): RangeList {
    return this.each('setNumberFormat', (r) => r.setNumberFormat(format));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeList {
    return this.each('setFontWeight', (r) => r.setFontWeight(fontWeight));
  }

  setBackground(color: string | null): RangeList {
    return this.each('setBackground', (r) => r.setBackground(color));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeList {
    return this.each('setHorizontalAlignment', (r) => r.setHorizontalAlignment(alignment));
  }
}

/** A script-facing RangeList over the given areas. */
export function exposeRangeList(env: SpreadsheetEnv, items: ReadonlyArray<{ sheet: SheetModel; area: GridArea }>): RangeList {
  return expose<RangeList>(new FakeRangeList(env, items), 'RangeList');
}
