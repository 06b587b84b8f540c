/** A sheet Toko builds whole (the monthly report, the dashboard): its cells, styles, widths, chart and built-at stamp. */

/** A whole sheet as one block: values and, cell for cell, number formats, font weights and backgrounds; plus widths and a chart. */
export interface SheetLayout<C extends string | number | null = string | number | null> {
  readonly values: ReadonlyArray<ReadonlyArray<C>>;
  readonly numberFormats: string[][];
  readonly fontWeights: string[][];
  readonly backgrounds: string[][];
  /** Pixel widths; what each entry covers is the layout's own (see its writer). */
  readonly columnWidths: readonly number[];
  /** The chart's data range (1-based) and title. */
  readonly chart: { readonly row: number; readonly column: number; readonly numRows: number; readonly numColumns: number; readonly title: string };
  /** Where the chart's top-left corner goes (1-based row and column). */
  readonly chartAnchor: { readonly row: number; readonly column: number };
  /** The cell whose value is when the sheet was built, in epoch ms: the writer puts it in as a date. */
  readonly builtAtCell: { readonly row: number; readonly column: number };
}
