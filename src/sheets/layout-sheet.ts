/** Writing a SheetLayout: the sheet rebuilt in place, styles, widths, one column chart, then the values with their built-at date. */
import { SheetLayout } from '../domain/sheet-layout';

/** How a layout's chart differs from the plain one (a column chart, one header row, titled). */
export interface ChartStyle {
  /** Series are the rows, not the columns. */
  readonly transpose?: boolean;
  /** No legend (one series). */
  readonly noLegend?: boolean;
}

/**
 * Writes `layout` into the sheet `name`: an existing one is cleared (charts too) and refilled, so a rerun
 * never makes a second sheet; a new one gets `tabColor`. Formats, weights and backgrounds go in one block
 * each, then the widths (`setWidths`) and the chart, and the values last, with the built-at cell as a
 * date: a sheet carries that stamp only if every write before it succeeded.
 */
export function writeLayoutSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  tabColor: string,
  layout: SheetLayout,
  setWidths: (sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: number) => void,
  chartStyle: ChartStyle = {},
): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = ss.getSheetByName(name);
  if (sheet) {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  } else {
    sheet = ss.insertSheet(name);
    sheet.setTabColor(tabColor);
  }
  const columns = layout.values[0].length;
  const range = sheet.getRange(1, 1, layout.values.length, columns);
  range.setNumberFormats(layout.numberFormats);
  range.setFontWeights(layout.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setBackgrounds(layout.backgrounds);
  setWidths(sheet, columns);
  const { chart } = layout;
  let builder = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(chart.row, chart.column, chart.numRows, chart.numColumns));
  if (chartStyle.transpose) builder = builder.setTransposeRowsAndColumns(true);
  builder = builder.setNumHeaders(1).setOption('title', chart.title);
  if (chartStyle.noLegend) builder = builder.setOption('legend', { position: 'none' });
  sheet.insertChart(builder.setPosition(layout.chartAnchor.row, layout.chartAnchor.column, 0, 0).build());
  const values: unknown[][] = layout.values.map((row) => row.map((cell) => (cell === null ? '' : cell)));
  const stamp = layout.builtAtCell;
  values[stamp.row - 1][stamp.column - 1] = new Date(Number(layout.values[stamp.row - 1][stamp.column - 1]));
  range.setValues(values);
  return sheet;
}
