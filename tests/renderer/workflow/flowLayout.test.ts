/** The flowchart's layout follows the SOP definition: every step and arrow drawn, no boxes overlapping. */
import { describe, expect, it } from 'vitest';
import { FLOW, FLOW_TEXT, layoutFlow, takenOutcomes, wrapText } from '../../../renderer/features/workflow/flowLayout';
import { REQUEST_KINDS } from '../../../shared/domain/case';
import { SOP_ARROWS, SOP_DECISIONS, SOP_STEPS, stepTitle } from '../../../shared/sop/definition';

describe('layoutFlow', () => {
  const layout = layoutFlow();
  const node = (step: number) => {
    const n = layout.nodes.find((x) => x.step === step);
    if (!n) throw new Error(`step ${step} not drawn`);
    return n;
  };

  it('draws every step once and every arrow of the definition, plus the start arrow', () => {
    expect(layout.nodes.map((n) => n.step).sort()).toEqual(SOP_STEPS.map((s) => s.no).sort());
    for (const a of SOP_ARROWS) expect(layout.edges.filter((e) => e.from === a.from && e.outcome === a.outcome), `${a.from}:${a.outcome}`).toHaveLength(1);
    expect(layout.edges).toHaveLength(SOP_ARROWS.length + 1);
  });

  it('puts the main path (each decision’s "yes") down the middle and the "no" branches on alternate sides', () => {
    for (const s of [1, 2, 5, 6, 8, 9]) expect(node(s).col, `step ${s}`).toBe(0);
    expect([1, 2, 5, 6, 8, 9].map((s) => node(s).row)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(node(3).col).toBe(-1);
    expect(node(4).col).toBe(-1);
    expect(node(4).row).toBe(node(3).row + 1);
    expect(node(7).col).toBe(1);
    for (const d of SOP_DECISIONS) expect(node(d.step).shape).toBe('decision');
    expect(node(4).shape).toBe('waiting');
  });

  it('labels the decisions’ branches Ya/Tidak and routes the loop 4 → 2 as a back arrow into the top of 2', () => {
    const branches = layout.edges.filter((e) => e.branch !== null).map((e) => `${e.from}:${e.outcome}:${e.branch}`).sort();
    expect(branches).toEqual(['2:complete:yes', '2:incomplete:no', '5:invalid:no', '5:valid:yes']);
    const loop = layout.edges.find((e) => e.from === 4 && e.outcome === 'supplemented');
    expect(loop?.back).toBe(true);
    const last = loop?.points.at(-1);
    expect(last).toEqual([node(2).x, node(2).y - node(2).h / 2]);
    expect(layout.edges.filter((e) => e.decided).map((e) => `${e.from}:${e.outcome}`).sort()).toEqual(['4:expired', '7:rejection_sent']);
  });

  it('keeps boxes apart and inside the drawing', () => {
    for (const a of layout.nodes) {
      expect(a.x - a.w / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.h / 2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2;
        expect(apart, `${a.step} and ${b.step}`).toBe(true);
      }
    }
  });
});

describe('takenOutcomes', () => {
  it('names the arrows a case has taken, not the open step', () => {
    const taken = takenOutcomes([
      { step: 1, outcome: 'submitted' },
      { step: 2, outcome: 'incomplete' },
      { step: 3, outcome: 'notice_sent' },
      { step: 4, outcome: null },
    ]);
    expect([...taken].sort()).toEqual(['1:submitted', '2:incomplete', '3:notice_sent']);
  });
});

describe('wrapText', () => {
  it('wraps on words and ellipsises what does not fit', () => {
    expect(wrapText('Meminta anggota Pokja melengkapi berkas', 22, 2)).toEqual(['Meminta anggota Pokja', 'melengkapi berkas']);
    expect(wrapText('Mengarsipkan berkas sesuai SOP Pengarsipan Berkas UKPBJ', 22, 2)).toEqual(['Mengarsipkan berkas', 'sesuai SOP Pengarsipan…']);
    expect(wrapText('Singkat', 22, 2)).toEqual(['Singkat']);
  });
});

describe('the flowchart’s titles', () => {
  it('fit their boxes whole, every step and decision in both languages (issue 10 §10: no cut text)', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const s of SOP_STEPS) {
        const decision = SOP_DECISIONS.find((d) => d.step === s.no);
        const text = decision ? FLOW_TEXT.decision : FLOW_TEXT.activity;
        // The SOP's title and each kind's (step 6 as a User-ID change or both: walk s6 P2).
        for (const kind of REQUEST_KINDS) {
          const lines = wrapText(decision ? decision.question[lang] : stepTitle(s.no, kind)[lang], text.chars, text.lines);
          expect(lines.join(' '), `${lang} step ${s.no} ${kind}`).not.toContain('…');
          if (!decision) expect(22 + lines.length * text.lineH, `${lang} step ${s.no} ${kind} height`).toBeLessThanOrEqual(FLOW.boxH);
        }
      }
    }
  });
});

describe('the side branches’ labels', () => {
  it('have room for "Tidak" between a diamond and the box beside it', () => {
    for (const e of layoutFlow().edges.filter((x) => x.branch === 'no' && x.labelAnchor === 'middle')) {
      const [a, b] = [e.points[0], e.points.at(-1)];
      // "Tidak" in 10 px bold is about 28 units wide.
      expect(Math.abs((b?.[0] ?? 0) - (a?.[0] ?? 0)), `${e.from}:${e.outcome}`).toBeGreaterThanOrEqual(34);
    }
  });
});
