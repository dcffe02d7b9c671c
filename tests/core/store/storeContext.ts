/** A StoreContext over a temp folder, with a fixed clock, for tests of store parts. */
import { ProblemLog } from '../../../electron/core/store/problems';
import { SerialQueues } from '../../../electron/core/store/serialQueue';
import type { StoreContext } from '../../../electron/core/store/context';

export function testContext(dataDir: string, now = () => new Date('2026-11-25T01:02:03.456Z')): StoreContext {
  return { dataDir, queues: new SerialQueues(), problems: new ProblemLog(now), now };
}
