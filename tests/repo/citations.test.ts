/**
 * The repository stands on its own (developers' guide): code, scripts and docs cite the product's
 * own docs/sop.md, docs/reference.md and docs/architecture.md — never the design notes kept beside
 * the repository — and every section they cite exists, so renaming or renumbering one cannot leave
 * a citation pointing nowhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CITED_DOCS = ['sop', 'reference', 'architecture'] as const;
type CitedDoc = (typeof CITED_DOCS)[number];

/** The notes beside the repository; the pattern is built from parts so this file does not match it. */
const OUTSIDE_NOTES = new RegExp(String.raw`\b(?:${['SOP', 'DESIGN', 'REFERENCE'].join('|')})\.md\b`);

interface Citation {
  doc: CitedDoc;
  kind: 'section' | 'principle';
  /** The text after "§" to the end of the line (a section), or the principle's number. */
  target: string;
  line: number;
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Citations in a file's text; `self` names the doc being read, whose bare "§X" cite itself. */
export function citationsIn(text: string, self?: CitedDoc): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(/\b(sop|reference|architecture)\.md §([^\n]*)/g))
    out.push({ doc: m[1] as CitedDoc, kind: 'section', target: m[2] ?? '', line: lineAt(text, m.index) });
  for (const m of text.matchAll(/\bsop\.md step (\d+)/gi))
    out.push({ doc: 'sop', kind: 'section', target: `Step ${m[1] ?? ''}`, line: lineAt(text, m.index) });
  for (const m of text.matchAll(/\barchitecture\.md,? principles? (\d+)/g))
    out.push({ doc: 'architecture', kind: 'principle', target: m[1] ?? '', line: lineAt(text, m.index) });
  if (self === 'sop')
    for (const m of text.matchAll(/(?<!\.md )§([^\n]*)/g))
      out.push({ doc: 'sop', kind: 'section', target: m[1] ?? '', line: lineAt(text, m.index) });
  return out;
}

/**
 * A heading's anchor: its number ("## 5. Scanning …" → "5"), else its text before a " (" or " — "
 * ("### Step 5 — …" → "Step 5", "## Peringatan (warnings)" → "Peringatan").
 */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/^#{2,4} (.+)$/gm)) {
    const heading = (m[1] ?? '').trim();
    const numbered = /^(\d+)\. /.exec(heading);
    anchors.add(numbered ? (numbered[1] ?? '') : (heading.split(/ \(| — /)[0] ?? '').trim());
  }
  return anchors;
}

/** The numbers of the list under "## Principles". */
export function principlesOf(markdown: string): Set<string> {
  const section = /^## Principles\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown)?.[1] ?? '';
  return new Set([...section.matchAll(/^(\d+)\. /gm)].map((m) => m[1] ?? ''));
}

/**
 * Whether a cited "§…" text names an anchor: the longest anchor it starts with, ending at a word
 * boundary. "Decided: X" must name one decision, not stop at the "Decided" section.
 */
export function resolves(target: string, anchors: ReadonlySet<string>): boolean {
  const match = [...anchors]
    .filter((a) => a !== '' && target.startsWith(a) && !/^[\p{L}\p{N}]/u.test(target.slice(a.length)))
    .sort((a, b) => b.length - a.length)[0];
  if (match === undefined) return false;
  const familyHead = [...anchors].some((a) => a.startsWith(`${match}:`));
  return !(familyHead && target.slice(match.length).startsWith(':'));
}

/** The repository's files as git sees them: everything but what .gitignore (and git itself) leaves out. */
function repoFiles(): string[] {
  const dirs = new Set(['.git']);
  const names = new Set<string>();
  const suffixes: string[] = [];
  for (const raw of readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')) {
    const entry = raw.trim().replace(/^\//, '');
    if (entry === '' || entry.startsWith('#')) continue;
    if (entry.endsWith('/')) dirs.add(entry.slice(0, -1));
    else if (entry.startsWith('*')) suffixes.push(entry.slice(1));
    else names.add(entry);
  }
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!dirs.has(e.name)) walk(full);
      } else if (e.isFile() && !names.has(e.name) && !suffixes.some((s) => e.name.endsWith(s))) {
        out.push(path.relative(ROOT, full).split(path.sep).join('/'));
      }
    }
  };
  walk(ROOT);
  return out.sort();
}

function textFiles(): { file: string; text: string }[] {
  return repoFiles()
    .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }))
    .filter((f) => !f.text.includes('\0'));
}

const docText = (doc: CitedDoc): string => readFileSync(path.join(ROOT, 'docs', `${doc}.md`), 'utf8');

describe('citations point into the repository', () => {
  const files = textFiles();

  it('no file cites the design notes kept beside the repository', () => {
    expect(files.length).toBeGreaterThan(200);
    const offenders = files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((l, i) => (OUTSIDE_NOTES.test(l) ? [`${file}:${i + 1}: ${l.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('every cited section of docs/sop.md, docs/reference.md and docs/architecture.md exists', () => {
    const anchors = Object.fromEntries(CITED_DOCS.map((d) => [d, anchorsOf(docText(d))])) as Record<CitedDoc, Set<string>>;
    const principles = principlesOf(docText('architecture'));
    const cited = files.flatMap(({ file, text }) => {
      const self = CITED_DOCS.find((d) => file === `docs/${d}.md`);
      return citationsIn(text, self).map((c) => ({ file, ...c }));
    });
    expect(cited.length).toBeGreaterThan(60);
    const broken = cited
      .filter((c) => (c.kind === 'principle' ? !principles.has(c.target) : !resolves(c.target, anchors[c.doc])))
      .map((c) => `${c.file}:${c.line}: ${c.doc}.md ${c.kind === 'principle' ? 'principle ' : '§'}${c.target.slice(0, 50)}`);
    expect(broken).toEqual([]);
  });
});

describe('the citation checker', () => {
  const doc = [
    '# Title',
    '## 1. Machines (what works)',
    '## 12. Letters',
    '## Peringatan (warnings)',
    '### Step 5 — Check validity (Admin, 15 min)',
    '## Decided (Keputusan)',
    '### Decided: Step 5 sources',
    '## Principles',
    '1. **Thin host.**',
    '2. **One contract.**',
    '## After',
    '3. not a principle',
  ].join('\n');
  const anchors = anchorsOf(doc);

  it('reads numbered, plain and "Decided: X" headings as anchors, and the principles list', () => {
    expect([...anchors].sort()).toEqual(['1', '12', 'After', 'Decided', 'Decided: Step 5 sources', 'Peringatan', 'Principles', 'Step 5'].sort());
    expect([...principlesOf(doc)]).toEqual(['1', '2']);
  });

  it('accepts a cited section only when its anchor exists, whole', () => {
    expect(resolves('1: without these flags', anchors)).toBe(true);
    expect(resolves('12.', anchors)).toBe(true);
    expect(resolves('2', anchors)).toBe(false);
    expect(resolves('13', anchors)).toBe(false);
    expect(resolves('Peringatan, item 2', anchors)).toBe(true);
    expect(resolves('Peringatanx', anchors)).toBe(false);
    expect(resolves('Decided: Step 5 sources)', anchors)).toBe(true);
    expect(resolves('Decided), drawn dashed', anchors)).toBe(true);
    expect(resolves('Decided: Step 6 sources', anchors)).toBe(false);
    expect(resolves('Decided: Step', anchors)).toBe(false);
  });

  it('finds section, step and principle citations with their lines, and bare "§" only inside the SOP doc', () => {
    const at = (d: string, rest: string) => `docs/${d}.md ${rest}`;
    const text = ['x', `// ${at('reference', '§5): hot folder')}`, `${at('sop', 'step 9')} and ${at('architecture', 'principle 4')}`, 'RFC 8493 §2.1.3'].join('\n');
    expect(citationsIn(text)).toEqual([
      { doc: 'reference', kind: 'section', target: '5): hot folder', line: 2 },
      { doc: 'sop', kind: 'section', target: 'Step 9', line: 3 },
      { doc: 'architecture', kind: 'principle', target: '4', line: 3 },
    ]);
    expect(citationsIn('see §Peringatan', 'sop')).toEqual([{ doc: 'sop', kind: 'section', target: 'Peringatan', line: 1 }]);
    expect(citationsIn('see §Peringatan', 'reference')).toEqual([]);
  });
});
