/**
 * Workflow figures over a 20,000-case folder: the work queue (served from the in-memory index),
 * one step move (open + complete, a durable save of the case with its trail), the trail check of one
 * case, and of every case (`loket verify-trail` without a case: chain and record, issue 9) against
 * plain reading of the same files.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/createCore';
import { fillDemo } from '../../electron/core/demo/fillDemo';
import { dispatch } from '../../shared/contract/dispatch';
import type { MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../shared/contract/contract';
import type { Core } from '../../electron/core/core';
import { median, round, type Figure } from './figure';

const BIG = 20_000;
const MOVES = 30;

async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function workflowBench(): Promise<Figure[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-wfbench-'));
  try {
    const core = await createCore({ dataDir: work, host: 'cli' });
    await fillDemo(core, BIG, 2026);
    await call(core, 'operators.create', { name: 'Bench Admin', nip: '199001152015032001', role: 'admin_agency', pin: '1234', pinConfirm: '1234' });
    const queue: number[] = [];
    for (let i = 0; i < 15; i++) queue.push(await timed(() => call(core, 'workflow.queue', { perGroup: 50 })));
    const ids = (await call(core, 'cases.list', { limit: MOVES })).items.map((s) => s.id);
    const moves: number[] = [];
    const trails: number[] = [];
    for (const id of ids) {
      moves.push(
        await timed(async () => {
          const s = await call(core, 'workflow.open', { id, step: 2 });
          const yes = { letter_present: 'yes', letter_signed_stamped: 'yes', letter_dated_addressed: 'yes', requester_identified: 'yes', sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: 'yes' } as const;
          const kind = (await call(core, 'cases.get', { id })).intake.kind;
          await call(core, 'workflow.complete', {
            id,
            revision: s.revision,
            payload: { step: 2, checklist: { ...yes, changes_stated: kind === 'reset_password' ? 'na' : 'yes' }, decision: 'complete' },
            overrunReason: '',
          });
        }),
      );
      trails.push(await timed(() => call(core, 'workflow.trail', { id })));
    }
    // Every case, as `loket verify-trail` does it: through the contract, one case after another.
    const all: string[] = [];
    for (;;) {
      const page = await call(core, 'cases.list', { offset: all.length, limit: 200 });
      all.push(...page.items.map((c) => c.id));
      if (page.items.length === 0 || all.length >= page.total) break;
    }
    let broken = 0;
    const verifyAll = await timed(async () => {
      for (const id of all) if (!(await call(core, 'workflow.trail', { id })).ok) broken += 1;
    });
    if (broken > 0) throw new Error(`${broken} trails broken in a fresh demo folder`);
    const casesDir = path.join(work, 'cases');
    const readAll = await timed(async () => {
      for (const id of all) await fs.readFile(path.join(casesDir, `${id}.json`));
    });
    await core.close();
    const indexBytes = (await fs.stat(path.join(work, 'index.json'))).size;
    return [
      { name: `workflow.queue_ms@${BIG}`, value: round(median(queue)), unit: 'ms', max: 150 },
      { name: 'workflow.step_open_complete_ms', value: round(median(moves)), unit: 'ms', max: 100 },
      { name: 'trail.verify_ms', value: round(median(trails), 3), unit: 'ms', max: 20 },
      { name: `trail.verify_all_ms@${all.length}`, value: Math.round(verifyAll), unit: 'ms', max: 10_000 },
      { name: 'trail.verify_all_vs_read_ratio', value: round(verifyAll / readAll), unit: '×' },
      // The summary carries the queue's fields (step, waiting deadline, result): the index must stay small.
      { name: `store.index_bytes_per_case@${BIG}`, value: Math.round(indexBytes / BIG), unit: 'bytes', max: 600 },
    ];
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
