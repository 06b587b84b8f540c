/** A1 notation: column letters, parsing `Sheet!A1:B2` forms, and writing a range back as A1. */

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'A' → 1, 'AA' → 27 (case-insensitive). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed reference; a missing bound means "to the edge of the sheet" (A:A, 2:5, A2:C). */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits `'My sheet'!A1:B2` into sheet name and the range part; undefined when malformed. */
export function splitSheetName(a1: string): { sheetName?: string; rest: string } | undefined {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { rest: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'")) {
    if (!name.endsWith("'") || name.length < 2) return undefined;
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  if (name === '') return undefined;
  return { sheetName: name, rest: a1.slice(bang + 1) };
}

/** Parses A1 notation (A1, A1:B2, A:C, 2:5, A2:C, Sheet!A1); undefined when it is not a range. */
export function parseA1(a1: string): A1Reference | undefined {
  const split = splitSheetName(a1.trim());
  if (!split) return undefined;
  const parts = split.rest.split(':');
  if (parts.length > 2 || parts[0] === '') return undefined;
  const first = CELL.exec(parts[0]);
  if (!first || (!first[1] && !first[2])) return undefined;
  const reference: A1Reference = { sheetName: split.sheetName };
  const firstColumn = first[1] ? columnNumber(first[1]) : undefined;
  const firstRow = first[2] ? Number(first[2]) : undefined;
  if (firstRow === 0) return undefined;
  if (parts.length === 1) {
    if (firstColumn === undefined || firstRow === undefined) return undefined;
    return { ...reference, startRow: firstRow, startColumn: firstColumn, endRow: firstRow, endColumn: firstColumn };
  }
  const second = CELL.exec(parts[1]);
  if (!second || (!second[1] && !second[2])) return undefined;
  const secondColumn = second[1] ? columnNumber(second[1]) : undefined;
  const secondRow = second[2] ? Number(second[2]) : undefined;
  if (secondRow === 0) return undefined;
  const bothCells = firstColumn !== undefined && firstRow !== undefined;
  const secondCell = secondColumn !== undefined && secondRow !== undefined;
  if (bothCells && secondCell) {
    return {
      ...reference,
      startRow: Math.min(firstRow, secondRow), endRow: Math.max(firstRow, secondRow),
      startColumn: Math.min(firstColumn, secondColumn), endColumn: Math.max(firstColumn, secondColumn),
    };
  }
  if (bothCells && secondColumn !== undefined) {
    // A2:C — open at the bottom.
    return { ...reference, startRow: firstRow, startColumn: Math.min(firstColumn, secondColumn), endColumn: Math.max(firstColumn, secondColumn) };
  }
  if (firstColumn !== undefined && firstRow === undefined && secondColumn !== undefined && secondRow === undefined) {
    return { ...reference, startColumn: Math.min(firstColumn, secondColumn), endColumn: Math.max(firstColumn, secondColumn) };
  }
  if (firstColumn === undefined && firstRow !== undefined && secondColumn === undefined && secondRow !== undefined) {
    return { ...reference, startRow: Math.min(firstRow, secondRow), endRow: Math.max(firstRow, secondRow) };
  }
  return undefined;
}

/** 'A1' for one cell, 'A1:B2' otherwise (the form Range.getA1Notation returns). */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A sheet name as it must appear before `!` (quoted when it has anything but letters and digits). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
