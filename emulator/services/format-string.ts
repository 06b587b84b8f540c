/** Utilities.formatString and Logger.log's format: a small printf (%s %d %i %f %.Nf %%, %o/%O/%j as JSON). */

/** Formats a value the way Apps Script's log shows it: strings as-is, objects as JSON. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return String(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return String(value);
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    return `${(value as Error).name}: ${(value as Error).message}`;
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Replaces printf placeholders in `template` by `args`, in order; leftover placeholders stay as written. */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(/%(?:\.(\d+))?([sdifoOj%])/g, (match, precision: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    if (next >= args.length) return match;
    const value = args[next++];
    switch (kind) {
      case 'd':
      case 'i':
        return String(Math.trunc(Number(value)));
      case 'f':
        return precision === undefined ? String(Number(value)) : Number(value).toFixed(Number(precision));
      case 's':
        return displayValue(value);
      default:
        return displayValue(value);
    }
  });
}
