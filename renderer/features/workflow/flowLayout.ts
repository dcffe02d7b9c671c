/**
 * Lays out the SOP flowchart from the definition (docs/architecture.md principle 3): the main path runs
 * down the middle following each decision's "yes" arrow; each decision's "no" branch is a column on
 * its own side (the first decision's on the left, the next on the right, …); arrows are routed
 * orthogonally, back arrows (the loop 4 → 2) over the top of their target. Pure: tested on its own.
 */
import { SOP_ARROWS, SOP_DECISIONS, SOP_STEPS, type Outcome, type SopArrow, type StepNo } from '../../../shared/sop/definition';

export const FLOW = { colW: 176, rowH: 100, boxW: 140, boxH: 78, diamondH: 74, margin: 10, termH: 26 } as const;

/**
 * Titles are drawn whole (issue 10 §10: no cut text at 1366×768): a box holds `lines` lines of
 * about `chars` characters at `size` (viewBox units, about 0.9 px each in the case page's column).
 * The longest SOP title, in either language, fits; tests/renderer/workflow/flowLayout.test.ts checks.
 */
export const FLOW_TEXT = {
  activity: { size: 11.5, lineH: 13, chars: 22, lines: 4 },
  decision: { size: 11, lineH: 13, chars: 15, lines: 2 },
} as const;

export interface FlowNode {
  step: StepNo;
  shape: 'activity' | 'decision' | 'waiting';
  row: number;
  col: number;
  /** Centre. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FlowEdge {
  from: StepNo | 'start';
  /** null = the end terminal. */
  to: StepNo | null;
  outcome: Outcome | null;
  points: [number, number][];
  /** Where a decision's Ya/Tidak label goes. */
  branch: 'yes' | 'no' | null;
  labelAt: [number, number] | null;
  /** How the label hangs from `labelAt` (SVG text-anchor). */
  labelAnchor: 'start' | 'middle' | 'end';
  /** Added by a decision (docs/sop.md §Decided), not in the SOP's chart: drawn dashed. */
  decided: boolean;
  back: boolean;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
  start: { x: number; y: number };
  end: { x: number; y: number };
}

const decisionOf = (step: StepNo) => SOP_DECISIONS.find((d) => d.step === step);

/** The main path: from step 1, each decision's "yes", otherwise the first arrow to an unseen, non-Decided step. */
function mainPath(): StepNo[] {
  const path: StepNo[] = [];
  let at: StepNo | null = 1;
  while (at !== null && !path.includes(at)) {
    path.push(at);
    const here: StepNo = at;
    const d = decisionOf(here);
    const next: SopArrow | undefined = d
      ? SOP_ARROWS.find((a) => a.from === here && a.outcome === d.yes)
      : SOP_ARROWS.find((a) => a.from === here && !a.decided && a.to !== null && !path.includes(a.to));
    at = next?.to ?? null;
  }
  return path;
}

export function layoutFlow(): FlowLayout {
  const main = mainPath();
  const place = new Map<StepNo, { row: number; col: number }>();
  main.forEach((s, row) => place.set(s, { row, col: 0 }));
  SOP_DECISIONS.forEach((d, i) => {
    const side = i % 2 === 0 ? -1 : 1;
    const first = SOP_ARROWS.find((a) => a.from === d.step && a.outcome === d.no)?.to ?? null;
    let row = place.get(d.step)?.row ?? 0;
    let at: StepNo | null = first;
    while (at !== null && !place.has(at)) {
      place.set(at, { row, col: side });
      row += 1;
      const here: StepNo = at;
      at = SOP_ARROWS.find((a) => a.from === here && a.to !== null && !place.has(a.to) && !a.decided)?.to ?? null;
    }
  });
  const cols = [...place.values()].map((p) => p.col);
  const minCol = Math.min(0, ...cols);
  const maxCol = Math.max(0, ...cols);
  const top = FLOW.margin + FLOW.termH + 24;
  const xOf = (col: number) => FLOW.margin + (col - minCol) * FLOW.colW + FLOW.colW / 2;
  const yOf = (row: number) => top + row * FLOW.rowH + FLOW.diamondH / 2;

  const nodes: FlowNode[] = SOP_STEPS.filter((s) => place.has(s.no)).map((s) => {
    const p = place.get(s.no) ?? { row: 0, col: 0 };
    return { step: s.no, shape: s.shape, row: p.row, col: p.col, x: xOf(p.col), y: yOf(p.row), w: FLOW.boxW, h: s.shape === 'decision' ? FLOW.diamondH : FLOW.boxH };
  });
  const byStep = new Map(nodes.map((n) => [n.step, n]));
  const first = byStep.get(main[0] ?? 1);
  const last = byStep.get(main.at(-1) ?? 9);
  const start = { x: xOf(0), y: FLOW.margin + FLOW.termH / 2 };
  const end = { x: xOf(0), y: (last?.y ?? 0) + FLOW.boxH / 2 + 24 + FLOW.termH / 2 };

  const edges: FlowEdge[] = [];
  if (first) edges.push({ from: 'start', to: first.step, outcome: null, points: [[start.x, start.y + FLOW.termH / 2], [first.x, first.y - first.h / 2]], branch: null, labelAt: null, labelAnchor: 'start', decided: false, back: false });
  for (const a of SOP_ARROWS) {
    const s = byStep.get(a.from);
    if (!s) continue;
    const d = decisionOf(a.from);
    const branch = d ? (a.outcome === d.yes ? 'yes' : a.outcome === d.no ? 'no' : null) : null;
    const edge = (points: [number, number][], labelAt: [number, number] | null = null, back = false, labelAnchor: FlowEdge['labelAnchor'] = 'start'): FlowEdge => ({
      from: a.from, to: a.to, outcome: a.outcome, points, branch, labelAt, labelAnchor, decided: a.decided === true, back,
    });
    if (a.to === null) {
      edges.push(edge([[s.x, s.y + s.h / 2], [end.x, end.y - FLOW.termH / 2]]));
      continue;
    }
    const t = byStep.get(a.to);
    if (!t) continue;
    const sBottom = s.y + s.h / 2;
    const tTop = t.y - t.h / 2;
    if (t.row === s.row) {
      // Side by side: a decision's "no" leaves from its side vertex.
      const dir = Math.sign(t.x - s.x);
      const x1 = s.x + (dir * s.w) / 2;
      const x2 = t.x - (dir * t.w) / 2;
      // The label sits above the arrow, centred in the gap between the diamond and the box.
      edges.push(edge([[x1, s.y], [x2, t.y]], [(x1 + x2) / 2, s.y - 6], false, 'middle'));
    } else if (t.row > s.row && t.col === s.col) {
      edges.push(edge([[s.x, sBottom], [t.x, tTop]], branch ? [s.x + 16, sBottom + 12] : null));
    } else if (t.row > s.row) {
      // Down and across: enter the target from the side that faces the source.
      const dir = Math.sign(t.x - s.x);
      const tx = t.x - (dir * t.w) / 2;
      edges.push(edge([[s.x, sBottom], [s.x, t.y], [tx, t.y]]));
    } else {
      // A back arrow (the loop 4 → 2): out of the source's outer side, up a lane outside its column
      // (clear of the arrows between the columns), across above the target and down into its top.
      const dir = Math.sign(t.x - s.x) || 1;
      const lane = s.x - dir * (s.w / 2 + 12);
      const above = tTop - 14;
      edges.push(edge([[s.x - (dir * s.w) / 2, s.y], [lane, s.y], [lane, above], [t.x, above], [t.x, tTop]], null, true));
    }
  }
  const width = FLOW.margin * 2 + (maxCol - minCol + 1) * FLOW.colW;
  const height = end.y + FLOW.termH / 2 + FLOW.margin;
  return { width, height, nodes, edges, start, end };
}

/** Which arrows the case has taken: consecutive steps of its path with the outcome that left each. */
export function takenOutcomes(path: readonly { step: StepNo; outcome: Outcome | null }[]): Set<string> {
  const taken = new Set<string>();
  for (const p of path) if (p.outcome) taken.add(`${p.step}:${p.outcome}`);
  return taken;
}

/** Splits a title into at most `lines` lines of about `width` characters (an SVG text does not wrap). */
export function wrapText(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] ?? '').replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}
