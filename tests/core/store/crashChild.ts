/**
 * Crash-test child: opens the store on a data folder and saves cases in a loop (three concurrent
 * writers: creates and updates), printing an acknowledgement line after each save resolves.
 * The parent kills it with SIGKILL at a random moment. Usage: node crashChild.mjs <dataDir> <seed>
 */
import { createCore } from '../../../electron/core/createCore';
import { generateIntakes } from '../../../electron/core/demo/generateIntakes';
import { Prng } from '../../../electron/core/demo/prng';
import { intakeSchema, type CaseRecord } from '../../../shared/domain/case';
import { formatAck, notesFor, READY } from './crashProtocol';
import { runningClock, testNow } from '../../support/clock';
import { atTheKeyboard } from '../support/operator';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir || !seedArg) throw new Error('usage: crashChild <dataDir> <seed>');
const seed = Number(seedArg);
const WRITERS = 3;

const core = await createCore({ dataDir, host: 'cli', now: runningClock().now });
await atTheKeyboard(core);
const { items } = await core.handlers['cases.list']({ text: '', status: [], kind: [], receivedFrom: '', receivedTo: '', offset: 0, limit: 1000 });
const intakes = generateIntakes(30, seed, { now: testNow() }).map((p) => intakeSchema.parse(p));
const rng = new Prng(seed);
const nonce = () => rng.int(0, 0xffffff).toString(16);

// Each writer edits only its own cases, so updates never race on a revision; creates do race on numbers.
const owned: string[][] = Array.from({ length: WRITERS }, () => []);
items.forEach((c, i) => owned[i % WRITERS]?.push(c.id));

async function writer(k: number): Promise<never> {
  const mine = owned[k] as string[];
  for (let n = 0; ; n++) {
    let saved: CaseRecord;
    if (mine.length < 3 || rng.chance(0.25)) {
      const intake = intakes[(n * WRITERS + k) % intakes.length];
      if (!intake) throw new Error('no intake');
      saved = await core.handlers['cases.create']({ ...intake, notes: notesFor(0, nonce()) });
      mine.push(saved.id);
    } else {
      const id = rng.pick(mine);
      const current = await core.handlers['cases.get']({ id });
      saved = await core.handlers['cases.update']({ id, revision: current.revision, intake: { ...current.intake, notes: notesFor(current.revision + 1, nonce()) } });
    }
    // Pipes are synchronous on Linux: once written here, the parent holds the acknowledgement.
    process.stdout.write(formatAck(saved));
  }
}

process.stdout.write(`${READY}\n`);
await Promise.all(Array.from({ length: WRITERS }, (_, k) => writer(k)));
