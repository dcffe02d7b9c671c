/**
 * The SOP flowchart as SVG, drawn from shared/sop/definition.ts (issue 3 §6): activity boxes,
 * decision diamonds with Ya/Tidak branches, the Pokja's waiting step, the loop 3 → 4 → 2; the
 * current step and the path the case has taken are highlighted.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowState } from '../../../shared/domain/workflow';
import type { RequestKind } from '../../../shared/domain/case';
import { sopStep, stepTitle, SOP_DECISIONS, type StepNo } from '../../../shared/sop/definition';
import { DIMMED } from '../../themeContrast';
import { bi, formatMinutes } from './format';
import { FLOW, FLOW_TEXT, layoutFlow, takenOutcomes, wrapText, type FlowNode } from './flowLayout';

const C = {
  line: '#adb5bd',
  taken: '#0ca678',
  current: '#1c7ed6',
  currentFill: '#e7f5ff',
  doneFill: '#e6fcf5',
  idleFill: '#ffffff',
  text: '#212529',
  // The app's dimmed text (WCAG 1.4.3 at these small sizes), not Mantine's lighter default.
  dim: DIMMED,
};

type Mark = 'current' | 'done' | 'idle';

function NodeShape({ n, mark, lang, kind }: { n: FlowNode; mark: Mark; lang: string; kind: RequestKind | undefined }) {
  const { t } = useTranslation('workflow');
  const step = sopStep(n.step);
  // A case's chart names step 6 as its kind does it; the bare chart keeps the SOP's wording.
  const title = kind ? stepTitle(n.step, kind) : step.title;
  const stroke = mark === 'current' ? C.current : mark === 'done' ? C.taken : C.line;
  const fill = mark === 'current' ? C.currentFill : mark === 'done' ? C.doneFill : C.idleFill;
  const sw = mark === 'current' ? 3 : mark === 'done' ? 2 : 1.2;
  const decision = SOP_DECISIONS.find((d) => d.step === n.step);
  const label = decision ? bi(decision.question, lang) : bi(title, lang);
  const text = decision ? FLOW_TEXT.decision : FLOW_TEXT.activity;
  const lines = wrapText(label, text.chars, text.lines);
  const x0 = n.x - n.w / 2;
  const y0 = n.y - n.h / 2;
  // Activity text sits under the number badge, centred in the rest of the box.
  const firstY = decision ? n.y + 4 - ((lines.length - 1) * text.lineH) / 2 + 6 : y0 + 22 + (n.h - 22 - lines.length * text.lineH) / 2 + text.size * 0.8;
  const pokja = step.actor === 'pokja';
  const minutes = step.standardMinutes;
  return (
    <g data-step={n.step} data-mark={mark} aria-label={`${n.step}. ${bi(title, lang)}`} role="listitem">
      <title>{`${n.step}. ${bi(title, lang)}`}</title>
      {n.shape === 'decision' ? (
        <polygon points={`${n.x},${y0} ${x0 + n.w},${n.y} ${n.x},${y0 + n.h} ${x0},${n.y}`} fill={fill} stroke={stroke} strokeWidth={sw} />
      ) : (
        <rect x={x0} y={y0} width={n.w} height={n.h} rx={n.shape === 'waiting' ? 16 : 5} fill={fill} stroke={stroke} strokeWidth={sw} strokeDasharray={pokja ? '5 3' : undefined} />
      )}
      {n.shape === 'decision' ? (
        <text x={n.x} y={n.y - 16} textAnchor="middle" fontSize={11} fontWeight={700} fill={mark === 'idle' ? C.dim : stroke}>
          {n.step}
        </text>
      ) : (
        <>
          <circle cx={x0 + 12} cy={y0 + 12} r={9} fill={mark === 'idle' ? '#f1f3f5' : stroke} />
          <text x={x0 + 12} y={y0 + 16} textAnchor="middle" fontSize={11} fontWeight={700} fill={mark === 'idle' ? C.text : '#fff'}>
            {n.step}
          </text>
          <text x={x0 + n.w - 5} y={y0 + 14} textAnchor="end" fontSize={10.5} fill={C.dim}>
            {minutes === null ? t('flow.na') : formatMinutes(minutes, t)}
          </text>
        </>
      )}
      {lines.map((line, i) => (
        <text
          key={i}
          x={n.x}
          y={firstY + i * text.lineH}
          textAnchor="middle"
          fontSize={text.size}
          fill={C.text}
          fontWeight={mark === 'current' ? 600 : 400}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

export function Flowchart({ state, kind }: { state: Pick<WorkflowState, 'path' | 'step' | 'closed'>; kind?: RequestKind }) {
  const { t, i18n } = useTranslation('workflow');
  const layout = useMemo(() => layoutFlow(), []);
  const taken = takenOutcomes(state.path);
  const visited = new Set<StepNo>(state.path.map((p) => p.step));
  const markOf = (s: StepNo): Mark => (state.step === s ? 'current' : visited.has(s) ? 'done' : 'idle');
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      style={{ maxWidth: layout.width, display: 'block', fontFamily: 'inherit' }}
      role="img"
      aria-label={t('flow.title')}
      data-testid="sop-flowchart"
    >
      <defs>
        {(['line', 'taken'] as const).map((k) => (
          <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={C[k]} />
          </marker>
        ))}
      </defs>
      {layout.edges.map((e) => {
        const isTaken = e.from === 'start' || (e.outcome !== null && taken.has(`${e.from}:${e.outcome}`));
        const color = isTaken ? C.taken : C.line;
        const d = e.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x} ${y}`).join(' ');
        return (
          <g key={`${e.from}-${e.outcome ?? 'start'}`} data-edge={`${e.from}:${e.outcome ?? ''}`} data-taken={isTaken ? 'true' : 'false'}>
            <path d={d} fill="none" stroke={color} strokeWidth={isTaken ? 2.4 : 1.3} strokeDasharray={e.decided ? '5 4' : undefined} markerEnd={`url(#arrow-${isTaken ? 'taken' : 'line'})`} />
            {e.branch && e.labelAt ? (
              <text x={e.labelAt[0]} y={e.labelAt[1]} textAnchor={e.labelAnchor} fontSize={10} fontWeight={700} fill={isTaken ? C.taken : C.dim}>
                {e.branch === 'yes' ? t('flow.yes') : t('flow.no')}
              </text>
            ) : null}
          </g>
        );
      })}
      <g role="list">
        {layout.nodes.map((n) => (
          <NodeShape key={n.step} n={n} mark={markOf(n.step)} lang={i18n.language} kind={kind} />
        ))}
      </g>
      {[
        { at: layout.start, label: t('flow.start'), on: true },
        { at: layout.end, label: t('flow.end'), on: state.closed },
      ].map(({ at, label, on }) => (
        <g key={label}>
          <rect x={at.x - 38} y={at.y - FLOW.termH / 2} width={76} height={FLOW.termH} rx={FLOW.termH / 2} fill={on ? C.doneFill : '#f8f9fa'} stroke={on ? C.taken : C.line} />
          <text x={at.x} y={at.y + 4} textAnchor="middle" fontSize={10.5} fontWeight={600} fill={C.text}>
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}
