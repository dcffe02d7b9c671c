/**
 * Problems the store found with files on disk (corrupt, restored, migrated, index rebuilt, newer
 * version). Collected from open for `app.problems`; once the core is open each new one is also
 * pushed to the renderer as a `store.problem` event.
 */
import type { StoreProblem } from '../../../shared/contract/contract';

export type ProblemInput = Omit<StoreProblem, 'at'>;

export class ProblemLog {
  readonly #problems: StoreProblem[] = [];
  #listener: ((p: StoreProblem) => void) | undefined;

  constructor(private readonly now: () => Date) {}

  add(p: ProblemInput): StoreProblem {
    // The same file read twice (e.g. a newer-version case opened again) is one problem, not two.
    const same = this.#problems.find((q) => q.file === p.file && q.kind === p.kind && q.message === p.message);
    if (same) return same;
    const problem: StoreProblem = { ...p, at: this.now().toISOString() };
    this.#problems.push(problem);
    this.#listener?.(problem);
    return problem;
  }

  list(): StoreProblem[] {
    return [...this.#problems];
  }

  /** Called once the core is open: problems found at open are returned by `app.problems`, later ones are pushed too. */
  onProblem(listener: (p: StoreProblem) => void): void {
    this.#listener = listener;
  }
}
