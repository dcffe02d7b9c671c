/**
 * Ordered schema migrations for one kind of file. Each step turns a document of version `from` into
 * version `to`; the chain must run without gaps up to the current version.
 */
export type JsonObject = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  migrate: (doc: JsonObject) => JsonObject;
}

/** Throws at start-up (a programming error) when the list does not chain up to `current`. */
export function checkMigrationChain(migrations: readonly Migration[], current: number): void {
  for (let i = 0; i < migrations.length; i++) {
    const m = migrations[i];
    if (!m || m.to <= m.from) throw new Error(`migration ${i}: 'to' must be greater than 'from'`);
    const next = migrations[i + 1];
    if (next && next.from !== m.to) throw new Error(`migration ${i + 1}: expected from=${m.to}, got ${next.from}`);
  }
  const last = migrations[migrations.length - 1];
  if (last && last.to !== current) throw new Error(`migrations end at ${last.to}, current version is ${current}`);
}

/**
 * Runs the steps from `version` up to the end of the chain, in order. Returns null when there is
 * no path from `version` (older than the oldest migration).
 */
export function migrate(doc: JsonObject, version: number, migrations: readonly Migration[]): JsonObject | null {
  let current = doc;
  let v = version;
  const start = migrations.findIndex((m) => m.from === version);
  if (start < 0) return null;
  for (const m of migrations.slice(start)) {
    current = { ...m.migrate(current), schemaVersion: m.to };
    v = m.to;
  }
  return v === version ? null : current;
}
