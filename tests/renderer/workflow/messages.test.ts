/** The guided SOP's texts: the same keys and placeholders in Indonesian and English, every queue state named. */
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../shared/domain/case';
import { workflowMessages } from '../../../renderer/features/workflow/messages';
import { messageLeaves, placeholders } from '../support/messageLeaves';


describe('workflow texts', () => {
  const id = messageLeaves(workflowMessages.id);
  const en = messageLeaves(workflowMessages.en);

  it('has the same keys and placeholders in both languages, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    for (const [k, v] of id) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(en.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });

  it('names every state of the work queue', () => {
    for (const s of CASE_STATUSES) expect(id.get(`queue.groups.${s}`), s).toBeTruthy();
    expect(workflowMessages.id.queue.groups.registered).toBe('Baru');
    expect(workflowMessages.id.queue.groups.waiting_pokja).toBe('Menunggu Pokja');
  });
});
