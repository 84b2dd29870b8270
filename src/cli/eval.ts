// `eval`: scores the engine's statements against hand annotation.
//   eval <text-dir> <ann-dir>               brat standoff gold (PolNeAR)
//   eval --gold <file.gold.json> <article>  the sample's own annotation format
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Extraction, Span, Statement } from '../core/model';
import { extractSource } from '../core/extract/index';

/** One gold attribution: its content and source spans (either may have several fragments). */
export interface GoldAttribution {
  content: Span[];
  sources: Span[];
}

/** What the engine said, reduced to what the scorer needs. */
export interface Predicted {
  content: Span[];
  speakerSpan: Span | null;
}

export interface Score {
  gold: number;
  predicted: number;
  /** Content matches. */
  matched: number;
  /** Content matches whose speaker span overlaps a gold source span of that attribution. */
  matchedWithSource: number;
}

export interface Match {
  predicted: number;
  gold: number;
  overlap: number;
}

const length = (spans: readonly Span[]): number => spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);

/** Characters that two span lists share. */
export function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/**
 * Pairs predictions with gold attributions one to one, greedily by overlap (largest first).
 * A pair counts when the overlap is at least half of the shorter content.
 */
export function matchContent(predicted: readonly Predicted[], gold: readonly GoldAttribution[]): Match[] {
  const candidates: Match[] = [];
  predicted.forEach((p, i) => {
    const pl = length(p.content);
    gold.forEach((g, j) => {
      const o = overlap(p.content, g.content);
      const shorter = Math.min(pl, length(g.content));
      if (o > 0 && shorter > 0 && o * 2 >= shorter) candidates.push({ predicted: i, gold: j, overlap: o });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.predicted - b.predicted || a.gold - b.gold);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (usedP.has(c.predicted) || usedG.has(c.gold)) continue;
    usedP.add(c.predicted);
    usedG.add(c.gold);
    matches.push(c);
  }
  return matches;
}

export function scoreDocument(predicted: readonly Predicted[], gold: readonly GoldAttribution[]): Score {
  const matches = matchContent(predicted, gold);
  let withSource = 0;
  for (const m of matches) {
    const speaker = predicted[m.predicted]!.speakerSpan;
    if (speaker && overlap([speaker], gold[m.gold]!.sources) > 0) withSource++;
  }
  return { gold: gold.length, predicted: predicted.length, matched: matches.length, matchedWithSource: withSource };
}

/** Maps code point offsets (brat's) to UTF-16 offsets (ours); the identity when no astral characters. */
function codePointMapper(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (o) => map[Math.min(o, map.length - 1)]!;
}

/** Reads brat standoff: `T` lines give Source/Cue/Content fragments, `E` lines tie one attribution. */
export function parseBrat(ann: string, text = ''): GoldAttribution[] {
  const toUnits = codePointMapper(text);
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const fields = line.split('\t');
    const id = fields[0] ?? '';
    const info = fields[1];
    if (info === undefined) continue;
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)/.exec(info);
      if (!m) continue;
      const frags = m[2]!.split(';').map((f) => {
        const [s, e] = f.split(' ').map(Number);
        return { start: toUnits(s!), end: toUnits(e!) };
      });
      spans.set(id, { type: m[1]!, spans: frags });
    } else if (id.startsWith('E')) {
      events.push(info.trim().split(/\s+/));
    }
  }
  const gold: GoldAttribution[] = [];
  for (const parts of events) {
    const content: Span[] = [];
    const sources: Span[] = [];
    for (const part of parts) {
      const [role, ref] = part.split(':');
      const t = ref ? spans.get(ref) : undefined;
      if (!role || !t) continue;
      if (role.startsWith('Content')) content.push(...t.spans);
      else if (role.startsWith('Source')) sources.push(...t.spans);
    }
    if (content.length > 0) gold.push({ content: content.sort((a, b) => a.start - b.start), sources });
  }
  return gold;
}

function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function extract(path: string, text: string): Extraction {
  return extractSource({ path, text });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number): string => x.toFixed(3);

export interface CorpusResult extends Score {
  documents: number;
  contentPrecision: number;
  contentRecall: number;
  contentF1: number;
  sourcePrecision: number;
  sourceRecall: number;
  sourceF1: number;
}

export function summarize(scores: readonly Score[]): CorpusResult {
  const total = scores.reduce<Score>(
    (t, s) => ({ gold: t.gold + s.gold, predicted: t.predicted + s.predicted, matched: t.matched + s.matched, matchedWithSource: t.matchedWithSource + s.matchedWithSource }),
    { gold: 0, predicted: 0, matched: 0, matchedWithSource: 0 },
  );
  const cp = ratio(total.matched, total.predicted);
  const cr = ratio(total.matched, total.gold);
  const sp = ratio(total.matchedWithSource, total.predicted);
  const sr = ratio(total.matchedWithSource, total.gold);
  return { ...total, documents: scores.length, contentPrecision: cp, contentRecall: cr, contentF1: f1(cp, cr), sourcePrecision: sp, sourceRecall: sr, sourceF1: f1(sp, sr) };
}

/** Scores every text of `textDir` that has an annotation in `annDir` (the first in name order). */
export function evalBrat(textDir: string, annDir: string): CorpusResult {
  const anns = readdirSync(annDir).filter((n) => n.endsWith('.ann')).sort();
  const texts = readdirSync(textDir).filter((n) => n.endsWith('.txt')).sort();
  const scores: Score[] = [];
  for (const name of texts) {
    const stem = basename(name, '.txt');
    // PolNeAR names annotations `<text>_<annotator>.ann`.
    const ann = anns.find((a) => a === `${stem}.ann` || (a.startsWith(`${stem}_`) && !a.slice(stem.length + 1, -4).includes('_')));
    if (!ann) continue;
    const text = readText(join(textDir, name));
    const gold = parseBrat(readFileSync(join(annDir, ann), 'utf8'), text);
    const extraction = extract(join(textDir, name), text);
    scores.push(scoreDocument(extraction.statements, gold));
  }
  return summarize(scores);
}

interface GoldFile {
  actors?: { name: string; aliases?: string[]; optional?: boolean }[];
  statements?: { speaker?: string; kind?: string; text: string; optional?: boolean }[];
  not_statements?: string[];
}

export interface SampleReport {
  lines: string[];
  required: number;
  found: number;
  rightSpeaker: number;
  extra: number;
  notStatementsHit: number;
  actorsRequired: number;
  actorsFound: number;
}

/** Scores one article against a `.gold.json` annotation. */
export function evalSample(gold: GoldFile, text: string, extraction: Extraction): SampleReport {
  const lines: string[] = [];
  const actorsById = new Map(extraction.actors.map((a) => [a.id, a]));
  const goldActors = gold.actors ?? [];
  const aliasesOf = (name: string): string[] => {
    const a = goldActors.find((x) => x.name === name);
    return [name, ...(a?.aliases ?? [])].map((s) => s.toLowerCase());
  };
  const statements = (gold.statements ?? []).map((s) => {
    const start = text.indexOf(s.text);
    return { ...s, span: start < 0 ? null : { start, end: start + s.text.length } };
  });
  for (const s of statements) if (!s.span) lines.push(`  gold text not in article: ${JSON.stringify(s.text.slice(0, 60))}`);
  const located = statements.filter((s) => s.span);
  const gold4match: GoldAttribution[] = located.map((s) => ({ content: [s.span!], sources: [] }));
  const predicted: Statement[] = extraction.statements;
  const matches = matchContent(predicted, gold4match);
  const byGold = new Map(matches.map((m) => [m.gold, m.predicted]));
  const matchedPredicted = new Set(matches.map((m) => m.predicted));
  let found = 0;
  let rightSpeaker = 0;
  let required = 0;
  const speakerName = (st: Statement): string => {
    const actor = st.speaker ? actorsById.get(st.speaker) : undefined;
    if (actor) return actor.name;
    return st.speakerSpan ? text.slice(st.speakerSpan.start, st.speakerSpan.end) : '(none)';
  };
  located.forEach((g, j) => {
    if (!g.optional) required++;
    const p = byGold.get(j);
    const label = `${g.speaker ?? '?'}: ${JSON.stringify(g.text.length > 70 ? g.text.slice(0, 70) + '…' : g.text)}`;
    if (p === undefined) {
      if (!g.optional) lines.push(`  missed         ${label}`);
      return;
    }
    if (!g.optional) found++;
    const st = predicted[p]!;
    const actor = st.speaker ? actorsById.get(st.speaker) : undefined;
    const aliases = g.speaker ? aliasesOf(g.speaker) : [];
    const byActor = actor !== undefined && [actor.name, ...actor.aliases].some((n) => aliases.includes(n.toLowerCase()));
    const exact = st.content.length === 1 && text.slice(st.content[0]!.start, st.content[0]!.end) === g.text;
    if (byActor) {
      if (!g.optional) rightSpeaker++;
      lines.push(`  found${exact ? ' (exact)' : '        '} ${label}`);
    } else {
      lines.push(`  wrong speaker  ${label}  got ${JSON.stringify(speakerName(st))}${actor ? '' : ' (no actor)'}`);
    }
  });
  let extra = 0;
  predicted.forEach((st, i) => {
    if (matchedPredicted.has(i)) return;
    extra++;
    lines.push(`  extra          ${speakerName(st)}: ${JSON.stringify(st.text.length > 70 ? st.text.slice(0, 70) + '…' : st.text)}`);
  });
  let notStatementsHit = 0;
  for (const phrase of gold.not_statements ?? []) {
    let at = text.indexOf(phrase);
    while (at >= 0) {
      const span = { start: at, end: at + phrase.length };
      if (predicted.some((st) => overlap(st.content, [span]) > 0 && length(st.content) <= phrase.length + 4)) {
        notStatementsHit++;
        lines.push(`  not a statement, but given as one: ${JSON.stringify(phrase)}`);
      }
      at = text.indexOf(phrase, at + 1);
    }
  }
  let actorsRequired = 0;
  let actorsFound = 0;
  for (const g of goldActors) {
    if (g.optional) continue;
    actorsRequired++;
    const aliases = [g.name, ...(g.aliases ?? [])].map((s) => s.toLowerCase());
    const holders = extraction.actors.filter((a) => [a.name, ...a.aliases].some((n) => aliases.includes(n.toLowerCase())));
    if (holders.length === 0) {
      lines.push(`  actor missed   ${g.name}`);
      continue;
    }
    actorsFound++;
    if (holders.length > 1) lines.push(`  actor split    ${g.name}: ${holders.map((h) => JSON.stringify(h.name)).join(', ')}`);
  }
  return { lines, required, found, rightSpeaker, extra, notStatementsHit, actorsRequired, actorsFound };
}

function runSample(goldPath: string, articlePath: string): number {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const text = readText(articlePath);
  const extraction = extract(articlePath, text);
  const r = evalSample(gold, extraction.sources[0]?.text ?? text, extraction);
  process.stdout.write(`${articlePath} against ${goldPath}\n`);
  for (const line of r.lines) process.stdout.write(line + '\n');
  process.stdout.write(
    `statements: ${r.found}/${r.required} required found, ${r.rightSpeaker}/${r.required} with the right speaker, ${r.extra} extra, ` +
      `${r.notStatementsHit} not-statements given as statements\n` +
      `actors: ${r.actorsFound}/${r.actorsRequired} required found\n`,
  );
  return 0;
}

function runBrat(textDir: string, annDir: string): number {
  const started = Date.now();
  const r = evalBrat(textDir, annDir);
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `${textDir}: ${r.documents} documents, ${r.gold} gold attributions, ${r.predicted} predicted (${seconds.toFixed(1)} s)\n` +
      `content          P ${fmt(r.contentPrecision)}  R ${fmt(r.contentRecall)}  F1 ${fmt(r.contentF1)}  (${r.matched} matched)\n` +
      `content+source   P ${fmt(r.sourcePrecision)}  R ${fmt(r.sourceRecall)}  F1 ${fmt(r.sourceF1)}  (${r.matchedWithSource} matched)\n`,
  );
  return 0;
}

const USAGE = 'usage: who-said-what eval <text-dir> <ann-dir>\n       who-said-what eval --gold <file.gold.json> <article>\n';

/** The `eval` command: prints its figures and returns an exit code. */
export async function runEval(args: string[]): Promise<number> {
  try {
    if (args[0] === '--gold') {
      const [, goldPath, article] = args;
      if (!goldPath || !article) {
        process.stderr.write(USAGE);
        return 2;
      }
      return runSample(goldPath, article);
    }
    const [textDir, annDir] = args;
    if (!textDir || !annDir) {
      process.stderr.write(USAGE);
      return 2;
    }
    for (const dir of [textDir, annDir]) {
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
        process.stderr.write(`who-said-what eval: not a folder: ${dir}\n`);
        return 1;
      }
    }
    return runBrat(textDir, annDir);
  } catch (error) {
    process.stderr.write(`who-said-what eval: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
