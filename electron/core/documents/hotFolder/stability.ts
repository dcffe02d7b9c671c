/**
 * "Is the MFP done writing this file?" A file is taken only once its size and modification time have
 * stayed the same for `stableMs` (docs/reference.md §5), and it is not empty. Pure logic over observations,
 * so the rule is tested without waiting on a clock.
 */
export interface Observation {
  size: number;
  mtimeMs: number;
}

interface Seen extends Observation {
  /** When this size+mtime was first observed. */
  since: number;
}

export class StabilityTracker {
  readonly #seen = new Map<string, Seen>();

  constructor(private readonly stableMs: number) {}

  /** Records what a stat returned now; true when the file has been unchanged for long enough. */
  observe(key: string, o: Observation, now: number): boolean {
    const prev = this.#seen.get(key);
    if (!prev || prev.size !== o.size || prev.mtimeMs !== o.mtimeMs) {
      this.#seen.set(key, { ...o, since: now });
      return false;
    }
    return o.size > 0 && now - prev.since >= this.stableMs;
  }

  forget(key: string): void {
    this.#seen.delete(key);
  }

  has(key: string): boolean {
    return this.#seen.has(key);
  }

  keys(): string[] {
    return [...this.#seen.keys()];
  }

  get size(): number {
    return this.#seen.size;
  }
}
