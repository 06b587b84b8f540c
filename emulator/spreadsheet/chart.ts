/**
 * Embedded charts: sheet.newChart() builds one (type, ranges, position, options such as the title),
 * insertChart/updateChart/removeChart keep them on the sheet. `asColumnChart()` and the other `as…`
 * steps give the typed builder Google gives (EmbeddedColumnChartBuilder …), sharing the chart being
 * built; only typed builders offer `setTitle` and friends to the script (see api-surface.ts). The builder is local (not counted);
 * EmbeddedChart methods count as `EmbeddedChart.<method>`.
 */
import { EnumValue } from '../enum-value';
import { ChartType } from './enums';
import { appsScriptError } from './errors';
import { expose, unwrap } from './exposed';
import { ChartModel, GridArea, SheetModel } from './sheet-model';
import type { SpreadsheetEnv } from './spreadsheet-env';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

let nextChartId = 1;

function copyChart(chart: ChartModel, chartId = chart.chartId): ChartModel {
  return { ...chart, chartId, ranges: chart.ranges.map((r) => ({ ...r })), options: { ...chart.options } };
}

function areaOf(range: unknown): GridArea {
  const inner = unwrap<{ area: GridArea }>(range);
  if (!inner || !inner.area) throw appsScriptError('Invalid argument: range');
  return { ...inner.area };
}

/** sheet.newChart() and chart.modify(); see the file comment. */
export class FakeEmbeddedChartBuilder
  implements Pick<Builder,
    | 'addRange' | 'removeRange' | 'clearRanges' | 'getRanges' | 'setChartType' | 'getChartType' | 'setOption'
    | 'setPosition' | 'build' | 'setNumHeaders' | 'setTransposeRowsAndColumns' | 'asColumnChart' | 'asBarChart'
    | 'asLineChart' | 'asPieChart' | 'asAreaChart' | 'asTableChart' | 'asScatterChart' | 'asComboChart' | 'asHistogramChart'>
{
  private readonly chart: ChartModel;

  /** `typeName` is the Apps Script class this builder stands for; `shared` is the chart of the builder it was made from by an `as…` step. */
  constructor(
    private readonly env: SpreadsheetEnv,
    private readonly sheet: SheetModel,
    from?: ChartModel,
    private readonly typeName = 'EmbeddedChartBuilder',
    shared?: ChartModel,
  ) {
    this.chart = shared
      ?? (from
        ? copyChart(from)
        : { chartId: 0, chartType: 'COLUMN', ranges: [], anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0, options: {} });
  }

  private self(): any {
    return expose<Builder>(this, this.typeName);
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    this.chart.ranges.push(areaOf(range));
    return this.self();
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const area = areaOf(range);
    this.chart.ranges = this.chart.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(area));
    return this.self();
  }

  clearRanges(): Builder {
    this.chart.ranges = [];
    return this.self();
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.chart.ranges.map((area) => this.env.factories.range(this.sheet, area));
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.chart.chartType = String(type);
    return this.self();
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    const type = (ChartType as Record<string, EnumValue>)[this.chart.chartType];
    return type as unknown as GoogleAppsScript.Charts.ChartType;
  }

  setOption(option: string, value: any): Builder {
    this.chart.options[option] = value;
    return this.self();
  }

  /** Same as setOption('title', …), as the typed builders offer it. */
  setTitle(title: string): Builder {
    return this.setOption('title', title);
  }

  setXAxisTitle(title: string): Builder {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): Builder {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: unknown): Builder {
    return this.setOption('legend.position', String(position));
  }

  setStacked(): Builder {
    return this.setOption('isStacked', true);
  }

  setColors(colors: string[]): Builder {
    return this.setOption('colors', [...colors]);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    Object.assign(this.chart, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return this.self();
  }

  setNumHeaders(headers: number): Builder {
    return this.setOption('numHeaders', headers);
  }

  setTransposeRowsAndColumns(transpose: boolean): Builder {
    return this.setOption('transposeRowsAndColumns', transpose);
  }

  private as(type: keyof typeof ChartType, typeName: string): any {
    this.chart.chartType = type;
    return expose<Builder>(new FakeEmbeddedChartBuilder(this.env, this.sheet, undefined, typeName, this.chart), typeName);
  }

  asColumnChart(): any { return this.as('COLUMN', 'EmbeddedColumnChartBuilder'); }
  asBarChart(): any { return this.as('BAR', 'EmbeddedBarChartBuilder'); }
  asLineChart(): any { return this.as('LINE', 'EmbeddedLineChartBuilder'); }
  asPieChart(): any { return this.as('PIE', 'EmbeddedPieChartBuilder'); }
  asAreaChart(): any { return this.as('AREA', 'EmbeddedAreaChartBuilder'); }
  asTableChart(): any { return this.as('TABLE', 'EmbeddedTableChartBuilder'); }
  asScatterChart(): any { return this.as('SCATTER', 'EmbeddedScatterChartBuilder'); }
  asComboChart(): any { return this.as('COMBO', 'EmbeddedComboChartBuilder'); }
  asHistogramChart(): any { return this.as('HISTOGRAM', 'EmbeddedHistogramChartBuilder'); }

  build(): Chart {
    return exposeChart(this.env, this.sheet, copyChart(this.chart, this.chart.chartId || nextChartId++));
  }
}

/** A built chart, inserted or not; see the file comment. */
export class FakeEmbeddedChart
  implements Pick<Chart, 'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo' | 'modify' | 'getNumHeaders' | 'getTransposeRowsAndColumns'>
{
  constructor(private readonly env: SpreadsheetEnv, readonly sheet: SheetModel, readonly chart: ChartModel) {}

  getChartId(): number {
    this.env.count('EmbeddedChart.getChartId');
    return this.chart.chartId;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.env.count('EmbeddedChart.getRanges');
    return this.chart.ranges.map((area) => this.env.factories.range(this.sheet, area));
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.env.count('EmbeddedChart.getOptions');
    const options = { ...this.chart.options };
    return expose<GoogleAppsScript.Charts.ChartOptions>({ get: (option: string) => options[option] ?? null }, 'ChartOptions');
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.env.count('EmbeddedChart.getContainerInfo');
    const { anchorRow, anchorColumn, offsetX, offsetY } = this.chart;
    return expose<GoogleAppsScript.Spreadsheet.ContainerInfo>(
      { getAnchorRow: () => anchorRow, getAnchorColumn: () => anchorColumn, getOffsetX: () => offsetX, getOffsetY: () => offsetY },
      'ContainerInfo',
    );
  }

  getNumHeaders(): number {
    this.env.count('EmbeddedChart.getNumHeaders');
    return Number(this.chart.options.numHeaders ?? -1);
  }

  getTransposeRowsAndColumns(): boolean {
    this.env.count('EmbeddedChart.getTransposeRowsAndColumns');
    return this.chart.options.transposeRowsAndColumns === true;
  }

  modify(): Builder {
    this.env.count('EmbeddedChart.modify');
    return expose<Builder>(new FakeEmbeddedChartBuilder(this.env, this.sheet, this.chart), 'EmbeddedChartBuilder');
  }
}

/** The script-facing EmbeddedChart for a chart's data. */
export function exposeChart(env: SpreadsheetEnv, sheet: SheetModel, chart: ChartModel): Chart {
  return expose<Chart>(new FakeEmbeddedChart(env, sheet, chart), 'EmbeddedChart');
}

/** A new, empty chart builder for a sheet. */
export function newChartBuilder(env: SpreadsheetEnv, sheet: SheetModel): Builder {
  return expose<Builder>(new FakeEmbeddedChartBuilder(env, sheet), 'EmbeddedChartBuilder');
}

/** The chart data behind an EmbeddedChart the script passes in. */
export function chartOf(chart: unknown): ChartModel {
  const fake = unwrap<FakeEmbeddedChart>(chart);
  if (!(fake instanceof FakeEmbeddedChart)) throw appsScriptError('Invalid argument: chart');
  return fake.chart;
}

/** The Charts service: its enums (not counted) and loud failures for the rest. */
export function createCharts(): GoogleAppsScript.Charts.Charts {
  return expose<GoogleAppsScript.Charts.Charts>({ ChartType }, 'Charts');
}
