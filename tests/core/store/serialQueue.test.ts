import { describe, expect, it } from 'vitest';
import { SerialQueues } from '../../../electron/core/store/serialQueue';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SerialQueues (one writer queue per file)', () => {
  it('runs tasks for one key one at a time, in queue order, even when later ones are faster', async () => {
    const q = new SerialQueues();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      log.push(`start ${name}`);
      await delay(ms);
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all([q.run('a', task('1', 30)), q.run('a', task('2', 1)), q.run('a', task('3', 10))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(maxRunning).toBe(1);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('runs different keys concurrently', async () => {
    const q = new SerialQueues();
    let running = 0;
    let maxRunning = 0;
    const task = async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await delay(20);
      running -= 1;
    };
    await Promise.all([q.run('a', task), q.run('b', task), q.run('c', task)]);
    expect(maxRunning).toBe(3);
  });

  it('a failed task rejects its caller but does not block the tasks behind it', async () => {
    const q = new SerialQueues();
    const failing = q.run('a', async () => {
      throw new Error('disk full');
    });
    const next = q.run('a', async () => 'ok');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('ok');
  });

  it('idle() waits for everything queued, including tasks queued while waiting', async () => {
    const q = new SerialQueues();
    const done: string[] = [];
    void q.run('a', async () => {
      await delay(10);
      done.push('a');
      void q.run('b', async () => {
        await delay(10);
        done.push('b');
      });
    });
    await q.idle();
    expect(done).toEqual(['a', 'b']);
  });
});
