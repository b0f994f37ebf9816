import { migrateNodeJSON, type Migration } from './node-version';

/**
 * One saved property of a story node: how its value is read from JSON (anything else, `undefined`
 * included, reads as the default), and the name its getter and setter take when it is not the
 * capitalised key (`url` → `getURL`). A `readonly` field gets no generated setter: its node
 * writes it through a method of its own that keeps it consistent with another field.
 */
export interface FieldSpec<V> {
  parse: (json: unknown) => V;
  accessor?: string;
  readonly?: boolean;
  /**
   * Words a reader reads (a pull quote, a caption): counted, searched and compared with the text.
   * A field holding more than text (a gallery's images) says how its words are read.
   */
  readerText?: boolean | ReadWords<V>;
}

// Method syntax: a field of images may say how it reads them where any field's value is `unknown`.
type ReadWords<V> = { read(value: V): string }['read'];

export type FieldSpecs = Readonly<Record<string, FieldSpec<unknown>>>;

export type FieldValues<F extends FieldSpecs> = { -readonly [K in keyof F]: F[K] extends FieldSpec<infer V> ? V : never };

/** Serialized node JSON as the converters build and read it. */
export interface NodeJSON {
  type: string;
  children?: NodeJSON[];
  [key: string]: unknown;
}

/** Reads a plain-text field; empty by default. */
export function parseText(json: unknown): string {
  return typeof json === 'string' ? json : '';
}

export interface StoryNodeDeclaration<T extends string, F extends FieldSpecs> {
  readonly type: T;
  /** The node's own schema version, written into its JSON (see node-version.ts). */
  readonly version: number;
  readonly fields: F;
  /** Every key the node's saved JSON may carry, in the order it is written. */
  readonly keys: readonly string[];
  /** Saved JSON brought up to the current version, ready for its fields to be read. */
  upgrade(json: Record<string, unknown>): Record<string, unknown>;
  /** Each field's value in upgraded JSON. */
  read(json: Record<string, unknown>): FieldValues<F>;
  /** The node's saved JSON: every field, missing ones at their default. */
  json(values?: Partial<FieldValues<F>>): NodeJSON;
  /** The words of its `readerText` fields, a line each; what the editor and the library count. */
  readerText(values: Partial<Record<string, unknown>>): string;
}

export interface DeclarationOptions {
  /** `migrations[n]` turns version n into n + 1. */
  migrations?: Readonly<Record<number, Migration>>;
  /** Fills what one field's default depends on another (an embed's provider, from its URL). */
  complete?: (json: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * A story node's type, version and fields, declared once: the node class takes its state,
 * accessors and JSON from it, and the paste scrubber and body validation its keys.
 */
export function declareStoryNode<const T extends string, const F extends FieldSpecs>(
  type: T,
  version: number,
  fields: F,
  options: DeclarationOptions = {},
): StoryNodeDeclaration<T, F> {
  const names = Object.keys(fields);
  const read = (json: Record<string, unknown>): FieldValues<F> =>
    Object.fromEntries(names.map((key) => [key, fields[key]!.parse(json[key])])) as FieldValues<F>;
  return {
    type,
    version,
    fields,
    keys: ['type', 'version', ...names],
    upgrade(json) {
      const current = migrateNodeJSON(type, json, version, options.migrations);
      return options.complete ? options.complete(current) : current;
    },
    read,
    readerText(values) {
      return names
        .filter((key) => fields[key]!.readerText)
        .map((key) => {
          const { readerText: read, parse } = fields[key]!;
          return typeof read === 'function' ? read(parse(values[key])) : values[key];
        })
        .filter((value): value is string => typeof value === 'string' && value !== '')
        .join('\n');
    },
    json(values = {}) {
      const complete = this.upgrade({ ...values, type, version });
      return { type, version, ...read(complete) };
    },
  };
}
