/** The current time, as Apps Script gives it (the only place product code reads the clock). */
export function nowMs(): number {
  return new Date().getTime();
}
