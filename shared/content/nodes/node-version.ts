/**
 * Every Presswork node writes its own schema version into its JSON. Lexical's `version`
 * field is otherwise unused, so the content model owns it: a reader upgrades older JSON
 * step by step and refuses JSON written by a newer Presswork, because reading it here and
 * saving it again would silently drop whatever the newer version added.
 */
export type Migration = (older: Record<string, unknown>) => Record<string, unknown>;

export class NodeVersionError extends Error {
  constructor(
    readonly nodeType: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This story contains a "${nodeType}" block saved by a newer Presswork (format ${found}; this version reads up to ${supported}). Update Presswork to open it without losing content.`,
    );
    this.name = 'NodeVersionError';
  }
}

/**
 * Brings serialized node JSON up to `current`. `migrations[n]` turns version n into n + 1.
 * A missing version (Lexical's compact export) is read as the current one.
 */
export function migrateNodeJSON(
  nodeType: string,
  json: Record<string, unknown>,
  current: number,
  migrations: Readonly<Record<number, Migration>> = {},
): Record<string, unknown> {
  const raw = json.version;
  let version = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? raw : current;
  if (version > current) throw new NodeVersionError(nodeType, version, current);
  let out = json;
  while (version < current) {
    const step = migrations[version];
    out = step ? step(out) : out;
    version++;
  }
  return { ...out, version: current };
}
