/**
 * docs/sop.md and shared/sop/definition.ts tell the same procedure (docs/architecture.md
 * principle 3: the SOP is data, and its reading is the doc): actors, standard minutes, documents
 * and arrows. A change to either without the other fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOP_ARROWS, SOP_STEPS, sopStep, type Actor, type StepNo } from '../../shared/sop/definition';

const doc = readFileSync(fileURLToPath(new URL('../../docs/sop.md', import.meta.url)), 'utf8');

const ACTOR_TEXT: Record<Actor, string> = { pokja: 'Pokja', admin: 'Admin', admin_to_pokja: 'Admin → Pokja' };

/** The text under "### Step N — …", up to the next heading. */
function stepSection(no: StepNo): string {
  const start = doc.indexOf(`\n### Step ${no} — `);
  if (start < 0) return '';
  const end = doc.indexOf('\n#', start + 1);
  return doc.slice(start + 1, end < 0 ? undefined : end);
}

describe('docs/sop.md follows the SOP definition', () => {
  it('the procedure table gives each step its actor, standard minutes and documents', () => {
    const rows = [...doc.matchAll(/^\| (\d) \| ([^|]+) \| ([^|]+) \| [^|]+ \| ([^|]+) \|$/gm)].map((m) => ({
      no: Number(m[1]),
      by: (m[2] ?? '').trim(),
      minutes: (m[3] ?? '').trim(),
      documents: (m[4] ?? '').trim(),
    }));
    expect(rows).toEqual(
      SOP_STEPS.map((s) => ({
        no: s.no,
        by: ACTOR_TEXT[s.actor],
        minutes: s.standardMinutes === null ? 'N/A' : String(s.standardMinutes),
        documents: s.documents.length > 0 ? s.documents.join(', ') : '—',
      })),
    );
  });

  it('each step\'s section states its actor and minutes, and every arrow leaving it (ours marked)', () => {
    for (const s of SOP_STEPS) {
      const section = stepSection(s.no);
      const heading = section.split('\n')[0] ?? '';
      expect(heading).toContain(`(${ACTOR_TEXT[s.actor]}${s.standardMinutes === null ? '' : `, ${s.standardMinutes} min`})`);
      for (const a of SOP_ARROWS.filter((x) => x.from === s.no)) {
        const arrow = `\`${a.outcome}\` → ${a.to ?? 'end'}`;
        expect(section, `step ${s.no}`).toContain(a.decided ? `${arrow} (ours, §Decided: ` : arrow);
      }
    }
  });

  it('states the admin time of a case served without a detour as the definition sums it', () => {
    const served: StepNo[] = [2, 5, 6, 8, 9];
    const minutes = served.reduce((n, no) => n + (sopStep(no).standardMinutes ?? 0), 0);
    expect(doc).toContain(`Served without a detour (${served.join(', ')}): **${minutes} minutes**`);
  });
});
