// How long the quote check takes: building its index over the PolNeAR corpus, and checking a
// 100 KB draft against it.
//
// The index is built from PolNeAR's own annotated attributions (content spans, speakers), so the
// figure measures the check over the corpus's real quotations whatever the engine finds today.
// The draft is dev articles' paragraphs, with some quotations misquoted, some given to another
// speaker and some made up, up to 100 KB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { QuoteIndex, checkDraft, forgetParagraphs } from '../core/check';
import type { Actor, Source, Statement } from '../core/model';
import type { Article, BenchContext, BenchRow } from './index';

const DRAFT_BYTES = 100 * 1024;
/** Checks of another draft before the timed ones, for the JIT. */
const WARM_UP_CHECKS = 20;

interface Indexed {
  actorIds: Map<string, string>;
  sources: Source[];
  actors: Actor[];
  statements: Statement[];
}

const listings = new Map<string, string[]>();

/** A folder's .ann files in name order, read once. */
function annotationFiles(dir: string): string[] {
  let names = listings.get(dir);
  if (!names) {
    names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.ann')).sort() : [];
    listings.set(dir, names);
  }
  return names;
}

/** Sources, speakers and statements from an article's first brat annotation file. */
function annotated(article: Article, into: Indexed): void {
  const dir = join(dirname(dirname(article.path)), 'attributions');
  const stem = basename(article.path, '.txt');
  const file = annotationFiles(dir).find((n) => n.startsWith(stem + '_'));
  const source: Source = { id: article.path, path: article.path, title: stem, format: 'text', text: article.text };
  into.sources.push(source);
  if (!file) return;
  const spans = new Map<string, { kind: string; ranges: { start: number; end: number }[]; text: string }>();
  const relations: Record<string, string>[] = [];
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [kind, ...rest] = body.split(' ');
      const ranges = rest
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(' ').map(Number))
        .map(([start, end]) => ({ start: start as number, end: end as number }));
      spans.set(id, { kind: kind as string, ranges, text: text ?? '' });
    } else if (id.startsWith('E')) {
      relations.push(Object.fromEntries(body.split(' ').map((p) => p.split(':') as [string, string])));
    }
  }
  for (const r of relations) {
    const content = r.Content ? spans.get(r.Content) : undefined;
    if (!content) continue;
    const speakerText = r.Source ? spans.get(r.Source)?.text : undefined;
    let speaker: string | null = null;
    if (speakerText) {
      // One actor per name across the corpus, as the corpus merges them.
      const name = speakerText.replace(/\s+/g, ' ').trim();
      speaker = into.actorIds.get(name) ?? null;
      if (!speaker) {
        speaker = `actor${into.actorIds.size}`;
        into.actorIds.set(name, speaker);
        into.actors.push({ id: speaker, name, kind: 'person', aliases: [name], mentions: [] });
      }
    }
    const text = content.ranges.map((s) => article.text.slice(s.start, s.end)).join(' … ');
    const quoted = /[“"]/.test(text);
    const direct = /^\s*[“"]/.test(text) && /[”"][\s.,]*$/.test(text);
    into.statements.push({
      id: `${source.id}#s${into.statements.length}`,
      source: source.id,
      speaker,
      speakerSpan: null,
      cue: null,
      content: content.ranges,
      text,
      kind: direct ? 'direct' : quoted ? 'mixed' : 'indirect',
    });
  }
}

/** A draft of about `bytes` characters: articles' paragraphs with some quotations altered. */
export function draftOf(articles: Article[], bytes: number): { text: string; altered: number } {
  const paragraphs: string[] = [];
  let length = 0;
  let altered = 0;
  let n = 0;
  for (const article of articles) {
    for (const para of article.text.split(/\n\s*\n/)) {
      if (length >= bytes) break;
      let p = para.trim();
      if (!p) continue;
      n++;
      // Every third quoted paragraph is altered: a word changed, or a quote nobody said added.
      if (/“[^”]{20,}”/.test(p) && n % 3 === 0) {
        p = p.replace(/“(\S+) (\S+) (\S+)/, (_m, a: string, _b: string, c: string) => `“${a} really ${c}`);
        altered++;
      } else if (n % 7 === 0) {
        p += ' “We will build a bridge across the whole sea by next spring,” Jane Doe said.';
        altered++;
      }
      paragraphs.push(p);
      length += p.length + 2;
    }
  }
  return { text: paragraphs.join('\n\n').slice(0, bytes), altered };
}

/** The PolNeAR articles as a corpus of their annotated statements. */
export function annotatedCorpus(articles: Article[]): Indexed {
  const corpus: Indexed = { actorIds: new Map(), sources: [], actors: [], statements: [] };
  for (const article of articles) annotated(article, corpus);
  return corpus;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median CPU time of `runs` calls, and median wall time. CPU time (this process's user and
 * system time) is what the check costs; wall time also counts waiting for a core on a busy machine.
 * The mean CPU time counts in the full collections that the checks' garbage sets off every few
 * runs (tens of milliseconds each, which the median passes over).
 */
function time(fn: () => void, runs: number): { cpu: number; wall: number; mean: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall), mean: cpu.reduce((sum, c) => sum + c, 0) / cpu.length };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const articles = ctx.polnearTexts();
  if (articles.length === 0) {
    ctx.log('check: the PolNeAR corpus (../shared/corpus) is absent; skipped');
    return [];
  }
  const corpus = annotatedCorpus(articles);
  // Enough runs that the median is not decided by where the full collections fall.
  const runs = ctx.quick ? 3 : 25;

  const index = new QuoteIndex(corpus);

  const dev = articles.filter((a) => a.path.includes(`${join('polnear', 'dev')}`));
  const { text: draft, altered } = draftOf(dev.length ? dev : articles, DRAFT_BYTES);
  // The session's very first check: the code not yet compiled by the JIT, on a draft no check has read.
  const cold = time(() => checkDraft(draft, index), 1);
  const findings = checkDraft(draft, index);
  // An editor checks drafts all day: before the drafts are timed, the code is warmed up on another
  // draft (training articles, so nothing of the timed draft is kept). Otherwise the median of the
  // first few runs measures V8 compiling the code, on helper threads whose time counts as the process's.
  const train = articles.filter((a) => !dev.includes(a));
  const { text: warmDraft } = draftOf(train.length ? train : articles, DRAFT_BYTES);
  for (let i = 0; i < WARM_UP_CHECKS; i++) {
    forgetParagraphs();
    checkDraft(warmDraft, index);
  }
  const counts = { exact: 0, misquote: 0, wrongSpeaker: 0, unsourced: 0 };
  for (const f of findings) counts[f.verdict]++;
  // A first check reads every quoted sentence; a check after a keystroke reads again only what
  // changed (the others' attributions are kept by their text).
  const first = time(() => {
    forgetParagraphs();
    checkDraft(draft, index);
  }, runs);
  const paragraphs = draft.split('\n\n');
  let edit = 0;
  const again = time(() => {
    const at = (edit++ * 7) % paragraphs.length;
    const edited = paragraphs.map((p, i) => (i === at ? `${p} Edit ${edit}.` : p)).join('\n\n');
    checkDraft(edited, index);
  }, runs);
  // The index build is timed last: the garbage of its rebuilds, collected on V8's helper threads,
  // would otherwise count in the process CPU time of the checks timed after it.
  const build = time(() => new QuoteIndex(corpus), ctx.quick ? 1 : 3);
  const load = `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
  return [
    {
      name: 'index build (924 articles)',
      value: build.cpu,
      unit: 'ms CPU',
      note: `${index.passages.length} quoted passages from ${corpus.statements.length} annotated statements in ${corpus.sources.length} articles; wall ${build.wall.toFixed(0)} ms, ${load}`,
    },
    {
      name: 'check a 100 KB draft',
      value: first.cpu,
      unit: 'ms CPU',
      goal: { max: 20 },
      note: `first check of a draft, after ${WARM_UP_CHECKS} checks of another (the session's very first check: ${cold.cpu.toFixed(1)} ms CPU, wall ${cold.wall.toFixed(1)} ms): ${findings.length} quotations (${counts.exact} exact, ${counts.misquote} misquote, ${counts.wrongSpeaker} wrong speaker, ${counts.unsourced} unsourced; ${altered} altered), the engine's speaker rules on the sentences of the quotes found word for word; median of ${runs} (mean ${first.mean.toFixed(1)} ms CPU), wall ${first.wall.toFixed(1)} ms`,
    },
    {
      name: 'check it again after an edit',
      value: again.cpu,
      unit: 'ms CPU',
      goal: { max: 20 },
      note: `one paragraph changed, the speaker rules read again only what changed; median of ${runs} (mean ${again.mean.toFixed(1)} ms CPU), wall ${again.wall.toFixed(1)} ms`,
    },
  ];
}
