/** Apps Script enums, shared by the services and SpreadsheetApp: each value is one shared object printed by its name. */

/** One value of an Apps Script enum; compared by identity (`button === ui.Button.OK`), printed by name. */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly valueName: string,
    private readonly position: number,
  ) {}

  /** The value's name, e.g. 'CLOCK'. */
  toString(): string {
    return this.valueName;
  }

  /** The value's name, as Java-backed Apps Script enums offer it. */
  name(): string {
    return this.valueName;
  }

  /** The value's position in its enum. */
  ordinal(): number {
    return this.position;
  }

  /** Serialises as the name, as Apps Script's JSON.stringify (and Logger) show an enum. */
  toJSON(): string {
    return this.valueName;
  }
}

/** A frozen enum object mapping each name to its one shared EnumValue, positions in the order given. */
export function makeEnum<N extends string>(enumName: string, names: readonly N[]): Readonly<Record<N, EnumValue>> {
  const values = {} as Record<N, EnumValue>;
  names.forEach((name, position) => {
    values[name] = new EnumValue(enumName, name, position);
  });
  return Object.freeze(values);
}
