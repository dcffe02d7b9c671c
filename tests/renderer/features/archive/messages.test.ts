/** The archive screens' texts: the same keys and placeholders in Indonesian and English, every bag problem named. */
import { describe, expect, it } from 'vitest';
import { bagProblemSchema } from '../../../../shared/contract/features/archive';
import { AUDIT_PROBLEM_CODES } from '../../../../shared/contract/features/office';
import { archiveMessages } from '../../../../renderer/features/archive/messages';
import { ARCHIVE_TABS } from '../../../../renderer/features/archive/tabs';
import { messageLeaves, placeholders } from '../../support/messageLeaves';

describe('archive texts', () => {
  const id = messageLeaves(archiveMessages.id);
  const en = messageLeaves(archiveMessages.en);

  it('has the same keys and placeholders in both languages, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    for (const [k, v] of id) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(en.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });

  it('names every problem the verifier and the fixity audit can report, and every tab', () => {
    for (const code of [...bagProblemSchema.shape.code.options, ...AUDIT_PROBLEM_CODES]) {
      expect(id.get(`problems.${code}`), code).toBeTruthy();
      expect(en.get(`problems.${code}`), code).toBeTruthy();
    }
    for (const tab of ARCHIVE_TABS) expect(id.get(`page.tabs.${tab}`), tab).toBeTruthy();
  });

  it('shows the UNC example with single backslashes as the officer types it', () => {
    expect(archiveMessages.id.settings.archiveRootHint).toContain('\\\\server\\arsip-ukpbj');
    expect(archiveMessages.id.settings.archiveRootHint.startsWith('Contoh: \\\\server')).toBe(true);
  });
});
