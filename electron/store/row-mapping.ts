/** One SQLite value as better-sqlite3 reads and binds it. */
export type SqlValue = string | number | bigint | Buffer | null;

/** A row as a statement answers it: column name to value. */
export type Row = Record<string, SqlValue>;

/** How one field is stored: its column (by default the field's name in snake_case) and the conversion each way. */
export interface Column<T> {
  readonly column?: string;
  read(value: SqlValue): T;
  write(value: T): SqlValue;
}

/** The column kinds the stores use. */
export const col = {
  /** Stored as it is: text, a number or null. */
  value: <T extends SqlValue>(column?: string): Column<T> => ({ column, read: (v) => v as T, write: (v) => v }),
  /** 0 or 1. */
  flag: (column?: string): Column<boolean> => ({ column, read: (v) => v === 1, write: (v) => (v ? 1 : 0) }),
  /** JSON text, checked by `parse` as it is read. */
  json: <T>(parse: (raw: unknown) => T, column?: string): Column<T> => ({ column, read: (v) => parse(JSON.parse(String(v))), write: (v) => JSON.stringify(v) }),
  /** Anything else: the conversions given. */
  of: <T>(column: string, read: (value: SqlValue) => T, write: (value: T) => SqlValue): Column<T> => ({ column, read, write }),
};

export interface RowMapping<T> {
  /** The columns in field order, for SELECT lists and INSERTs. */
  readonly columns: readonly string[];
  /** A row (with at least these columns) as the object. */
  read(row: Row): T;
  /** The fields present as column-named parameters (`@column` in the SQL). */
  write(value: Partial<T>): Row;
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Declares once how a table's rows map to objects, for reads and writes alike. */
export function rowMapping<T>(fields: { [K in keyof T]-?: Column<T[K]> }): RowMapping<T> {
  // Field by field the types were checked above; inside, one field's value is as good as another's.
  const entries = Object.entries<Column<unknown>>(fields).map(([field, convert]) => ({ field, column: convert.column ?? snakeCase(field), convert }));
  return {
    columns: entries.map((e) => e.column),
    read(row) {
      const out: Record<string, unknown> = {};
      for (const e of entries) out[e.field] = e.convert.read(row[e.column] ?? null);
      return out as T;
    },
    write(value) {
      const given: Record<string, unknown> = value;
      const out: Row = {};
      for (const e of entries) if (given[e.field] !== undefined) out[e.column] = e.convert.write(given[e.field]);
      return out;
    },
  };
}
