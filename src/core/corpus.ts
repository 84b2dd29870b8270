import type { Actor, Extraction, Position, Source, SourceInput, Stance, Statement } from './model';
import { extractSource } from './extract';

interface MergeRun {
  steps: Generator<void, void, void>;
  result?: Extraction;
}

interface Lookups {
  sources: Map<string, Source>;
  actors: Map<string, Actor>;
  statements: Map<string, Statement>;
  statementsByActor: Map<string, Statement[]>;
  positionsByActor: Map<string, Position[]>;
}

/** What a corpus's merge was made from: each source id and a key of its content (the cache's hash). */
export type MergeKeys = Record<string, string>;

/** A merged corpus as it can be saved and restored without merging again. */
export interface SavedMerge {
  merged: Extraction;
  keys: MergeKeys;
}

/**
 * Many sources in one index. Each source is extracted on its own (and can be cached by the
 * caller); the corpus merges their actors and remaps statements and positions to the merged ids.
 * Updating one source redoes only that source's extraction. The merge itself runs either at once
 * (`snapshot()`) or in steps (`mergeSteps()`, for a host that must stay responsive); a merge saved
 * with its sources' content keys can be restored (`restore()`) and stands while the same sources
 * are put back with the same keys.
 */
export class Corpus {
  private readonly bySource = new Map<string, Extraction>();
  private readonly keys = new Map<string, string>();
  private readonly plans = new Map<string, SourcePlan>();
  private merged: Extraction | undefined;
  /** The sources and keys the current `merged` was made from. */
  private mergedFrom = new Map<string, string | undefined>();
  /** Sources of a restored merge not put back yet: their text is still missing from `merged`. */
  private missing = new Set<string>();
  private tables: Lookups | undefined;
  private readonly merger = new Merger();
  private running: MergeRun | undefined;
  /** Changes on every update, so views can tell stale data. */
  version = 0;

  /** Extracts a source and puts it in the index, replacing an earlier version of it. */
  upsert(input: SourceInput): Extraction {
    const extraction = extractSource(input);
    this.put(extraction);
    return extraction;
  }

  /**
   * Puts an already extracted single-source extraction (from a cache) in the index. With a `key`
   * (a hash of the source's content) equal to the one a restored merge was made from, the merge
   * stands and nothing is merged again.
   */
  put(extraction: Extraction, key?: string): void {
    const source = extraction.sources[0];
    if (!source) throw new Error('an extraction without a source');
    this.bySource.set(source.id, extraction);
    if (key === undefined) this.keys.delete(source.id);
    else this.keys.set(source.id, key);
    // The same content as the merge was made from: the merge stands.
    if (this.merged && key !== undefined && this.mergedFrom.get(source.id) === key) {
      if (this.missing.delete(source.id) && !this.missing.size) this.completeRestored();
      return;
    }
    this.changed();
  }

  remove(sourceId: string): boolean {
    const had = this.bySource.delete(sourceId);
    this.keys.delete(sourceId);
    this.plans.delete(sourceId);
    if (had || this.mergedFrom.has(sourceId)) this.changed();
    return had;
  }

  has(sourceId: string): boolean {
    return this.bySource.has(sourceId);
  }

  /** Every source id put in the index. */
  sourceIds(): string[] {
    return [...this.bySource.keys()];
  }

  /**
   * Takes a saved merge as the corpus's merged view at once, before its sources are put back
   * (their text follows as they are). A source put with another key, or removed, or one that is
   * never put back (see `dropUnrestored`), makes the corpus merge again from what it holds.
   */
  restore(saved: SavedMerge): void {
    // A source held now that the saved merge lacks would be missing from it.
    if ([...this.bySource.keys()].some((id) => !(id in saved.keys))) return;
    this.merged = saved.merged;
    this.mergedFrom = new Map(Object.entries(saved.keys));
    this.missing = new Set([...this.mergedFrom.keys()].filter((id) => this.bySource.get(id) === undefined || this.keys.get(id) !== saved.keys[id]));
    this.tables = undefined;
    this.version++;
    if (!this.missing.size) this.completeRestored();
  }

  /** After restoring: sources of the restored merge that were not put back are dropped from it. */
  dropUnrestored(): void {
    if (this.missing.size) this.changed();
  }

  /** The merged view and what it was made from, for saving; undefined where it is not merged or a source has no key. */
  saved(): SavedMerge | undefined {
    const merged = this.snapshot();
    const keys: MergeKeys = {};
    for (const id of this.bySource.keys()) {
      const key = this.keys.get(id);
      if (key === undefined) return undefined;
      keys[id] = key;
    }
    return { merged, keys };
  }

  /** True while `snapshot()` would have to merge. */
  get stale(): boolean {
    return !this.merged;
  }

  /** The merged view of every source, in a stable order. */
  snapshot(): Extraction {
    while (!this.merged) {
      const steps = this.mergeSteps();
      let step = steps.next();
      while (!step.done) step = steps.next();
    }
    return this.merged;
  }

  /**
   * The merge in short steps: each `next()` does a bounded part of it, so a caller can yield to
   * its host in between. The merge is of the sources as they were when it began; where nothing
   * changed meanwhile, its result becomes the corpus's merged view. One merge runs at a time: a
   * second caller (or `snapshot()`) drives the same one on.
   */
  *mergeSteps(): Generator<void, Extraction, void> {
    for (;;) {
      if (this.merged) return this.merged;
      const run = (this.running ??= this.startMerge());
      const step = run.steps.next();
      if (!step.done) {
        yield;
        continue;
      }
      if (this.running === run) this.running = undefined;
      if (run.result) return run.result;
    }
  }

  private startMerge(): MergeRun {
    const run: MergeRun = { steps: undefined as unknown as Generator<void, void, void> };
    run.steps = this.runMerge(run);
    return run;
  }

  private *runMerge(run: MergeRun): Generator<void, void, void> {
    const version = this.version;
    const ids = [...this.bySource.keys()].sort();
    const parts = ids.map((id) => this.bySource.get(id) as Extraction);
    const keys = new Map(ids.map((id) => [id, this.keys.get(id)]));
    const plans: SourcePlan[] = [];
    for (let i = 0; i < ids.length; i++) {
      plans.push(this.planOf(ids[i] as string, parts[i] as Extraction));
      if (i % 10 === 9) yield;
    }
    const merged = yield* this.merger.merge(ids, plans);
    run.result = merged;
    if (this.version === version) {
      this.merged = merged;
      this.mergedFrom = keys;
      this.missing = new Set();
      this.tables = undefined;
    }
  }

  /**
   * After a restore, the merge's own bookkeeping (which actor went where) is built in steps, so
   * that the next change merges incrementally instead of from scratch. The merged view stays as it is.
   */
  *prepareSteps(): Generator<void, void, void> {
    if (this.merger.primed || !this.merged || this.running || this.missing.size) return;
    const run = (this.running = this.startMerge());
    while (!run.steps.next().done) yield;
    if (this.running === run) this.running = undefined;
  }

  /** How many local actors the last merge went over again (all of them on the first). */
  get lastRemerged(): number {
    return this.merger.lastRemerged;
  }

  get sources(): Source[] { return this.snapshot().sources; }

  /** A source as put (its text included), without waiting for a merge. */
  getSource(id: string): Source | undefined { return this.bySource.get(id)?.sources[0] ?? this.lookups().sources.get(id); }
  getActor(id: string): Actor | undefined { return this.lookups().actors.get(id); }
  getStatement(id: string): Statement | undefined { return this.lookups().statements.get(id); }
  /** The actor's statements, in source and text order. */
  statementsOf(actorId: string): Statement[] { return this.lookups().statementsByActor.get(actorId) ?? []; }
  positionsOf(actorId: string): Position[] { return this.lookups().positionsByActor.get(actorId) ?? []; }

  get actors(): Actor[] { return this.snapshot().actors; }
  get statements(): Statement[] { return this.snapshot().statements; }
  get positions(): Position[] { return this.snapshot().positions; }

  private lookups(): Lookups {
    if (!this.tables) {
      const snap = this.snapshot();
      const statementsByActor = new Map<string, Statement[]>();
      for (const s of snap.statements) {
        if (!s.speaker) continue;
        const list = statementsByActor.get(s.speaker);
        if (list) list.push(s);
        else statementsByActor.set(s.speaker, [s]);
      }
      const positionsByActor = new Map<string, Position[]>();
      for (const p of snap.positions) {
        const list = positionsByActor.get(p.actor);
        if (list) list.push(p);
        else positionsByActor.set(p.actor, [p]);
      }
      this.tables = {
        positionsByActor,
        sources: new Map(snap.sources.map((s) => [s.id, s])),
        actors: new Map(snap.actors.map((a) => [a.id, a])),
        statements: new Map(snap.statements.map((s) => [s.id, s])),
        statementsByActor,
      };
    }
    return this.tables;
  }

  /** Every source of a restored merge is back: its sources get their text. */
  private completeRestored(): void {
    const merged = this.merged as Extraction;
    this.merged = { ...merged, sources: merged.sources.map((s) => this.bySource.get(s.id)?.sources[0] ?? s) };
    this.tables = undefined;
  }

  private changed(): void {
    this.merged = undefined;
    this.mergedFrom = new Map();
    this.missing = new Set();
    this.tables = undefined;
    this.version++;
  }

  /** Each source's merge keys are worked out once, when the source is put, not on every merge. */
  private planOf(sourceId: string, extraction: Extraction): SourcePlan {
    let plan = this.plans.get(sourceId);
    if (!plan || plan.extraction !== extraction) {
      plan = planSource(extraction);
      if (this.bySource.get(sourceId) === extraction) this.plans.set(sourceId, plan);
    }
    return plan;
  }
}

// ---------------------------------------------------------------------------------------------
// Merging actors across sources

interface ActorPlan {
  actor: Actor;
  /** The key the actor is merged by: kind plus its normalized name. */
  key: string;
  /** Other keys that name the same actor (a country's abbreviations, an organization's acronym). */
  also: string[];
  /** A person named by one word ("Trump"): merged only where exactly one person has that surname. */
  surname?: string;
  /** A person's last name, where the full name has two words or more. */
  last?: string;
}

interface SourcePlan {
  extraction: Extraction;
  actors: ActorPlan[];
  /** The source's statements with merged speaker ids, from the last merge, and the ids they were mapped by. */
  remapped?: { map: Map<string, string>; by: string; statements: Statement[] };
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’.]/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

const NAME_PARTICLE = /^(?:jr|sr|ii|iii|iv)$/;

/** Works out how one source's actors are merged: by what keys. */
function planSource(extraction: Extraction): SourcePlan {
  const source = extraction.sources[0]?.id ?? '';
  const actors = extraction.actors.map((actor): ActorPlan => {
    const name = fold(actor.name);
    if (actor.kind === 'group') {
      // Unnamed officials in one article are not the same people as in another.
      return { actor, key: `group:${name}@${source}`, also: [] };
    }
    if (actor.kind === 'person') {
      const words = name.split(' ').filter((w) => !NAME_PARTICLE.test(w));
      if (words.length < 2) return { actor, key: `person:${name}`, also: [], surname: name };
      // "Hillary Rodham Clinton" is "Hillary Clinton", "Donald J. Trump" is "Donald Trump".
      return { actor, key: `person:${words[0]} ${words[words.length - 1]}`, also: [], last: words[words.length - 1] };
    }
    const family = actor.kind === 'place' || actor.kind === 'country' ? 'place' : actor.kind;
    // Proper aliases only: "the alliance" stands for NATO in one article, not in every one.
    const also = actor.aliases
      .filter((a) => /^\p{Lu}/u.test(a) && a !== actor.name)
      .map((a) => `${family}:${fold(a)}`);
    return { actor, key: `${family}:${name}`, also };
  });
  return { extraction, actors };
}

interface Merged {
  key: string;
  actor: Actor;
  aliases: Set<string>;
}

/** One local actor of one source, as the merge tracks it. */
interface ActorRef {
  source: string;
  index: number;
  plan: ActorPlan;
  /** Every key by which this actor can meet another: its own, its aliases', its surname. */
  touch: string[];
}

/** A merged actor, with where it was opened (the merge's order) and who is in it. */
interface Group extends Merged {
  pass: 1 | 2;
  source: string;
  index: number;
  /** The slug its id is made from. */
  base: string;
  /** The id it was given by the last merge. */
  id?: string;
  /** Its actors, in source order. */
  members: ActorRef[];
  /** The merged actor as last listed, kept while its id and affiliation stay the same. */
  listed?: Actor;
}

function touchKeys(a: ActorPlan): string[] {
  const keys = [a.key, ...a.also];
  if (a.surname !== undefined) keys.push(`surname:${a.surname}`);
  else if (a.last !== undefined) keys.push(`surname:${a.last}`);
  return keys;
}

/** Two sorted lists as one sorted list. */
function mergeSorted<T>(a: T[], b: T[], compare: (x: T, y: T) => number): T[] {
  if (!b.length) return a;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i] as T, b[j] as T) <= 0 ? (a[i++] as T) : (b[j++] as T));
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
}

function byPlace(x: { source: string; index: number }, y: { source: string; index: number }): number {
  return x.source < y.source ? -1 : x.source > y.source ? 1 : x.index - y.index;
}

/**
 * Merges actors across sources and keeps what it needs to merge again after a change: the keys by
 * which actors meet and the merged actor each local actor went to. A change of sources re-merges
 * only the actors that share a key with the changed sources' actors, transitively (the same name,
 * a proper alias, a surname): merging rules never reach beyond such a group, so the result is the
 * same as merging every source from scratch, in the sources' id order. Ids, the order of actors
 * and the pooled positions are then put together over the whole corpus, in cheap passes.
 */
class Merger {
  private readonly plans = new Map<string, SourcePlan>();
  private readonly refs = new Map<string, ActorRef[]>();
  private readonly byTouch = new Map<string, Set<ActorRef>>();
  private readonly groupOf = new Map<ActorRef, Group>();
  private readonly groups = new Set<Group>();
  /** The groups in the order actors are listed (where they were opened), and in key order (for ids). */
  private order: Group[] = [];
  private keyOrder: Group[] = [];
  /** Groups taken apart since the last assembly. */
  private readonly dissolved = new Set<Group>();
  /** Groups made since the last assembly. */
  private added: Group[] = [];
  /** Each source's local actor id → merged id, kept while its actors' merged ids stay the same. */
  private readonly localToGlobal = new Map<string, Map<string, string>>();
  private readonly dirtySources = new Set<string>();
  private result: Extraction | undefined;
  /** How many local actors the last merge re-merged, for tests and the benchmark. */
  lastRemerged = 0;

  get primed(): boolean {
    return this.result !== undefined;
  }

  *merge(ids: string[], plans: SourcePlan[]): Generator<void, Extraction, void> {
    const next = new Map<string, SourcePlan>();
    ids.forEach((id, i) => next.set(id, plans[i] as SourcePlan));
    const changed = ids.filter((id) => this.plans.get(id) !== next.get(id));
    const removed = [...this.plans.keys()].filter((id) => !next.has(id));
    if (this.result && !changed.length && !removed.length) return this.result;

    // Take out the changed sources' actors, and put in their new ones.
    const seeds = new Set<string>();
    let done = 0;
    for (const id of [...changed, ...removed]) {
      if (++done % 20 === 0) yield;
      for (const ref of this.refs.get(id) ?? []) {
        for (const k of ref.touch) {
          seeds.add(k);
          this.byTouch.get(k)?.delete(ref);
        }
        this.dissolve(this.groupOf.get(ref));
        this.groupOf.delete(ref);
      }
      this.refs.delete(id);
      this.plans.delete(id);
      this.localToGlobal.delete(id);
    }
    for (const id of changed) {
      if (++done % 20 === 0) yield;
      const plan = next.get(id) as SourcePlan;
      const refs = plan.actors.map((a, index): ActorRef => ({ source: id, index, plan: a, touch: touchKeys(a) }));
      for (const ref of refs) {
        for (const k of ref.touch) {
          seeds.add(k);
          let set = this.byTouch.get(k);
          if (!set) this.byTouch.set(k, (set = new Set()));
          set.add(ref);
        }
      }
      this.refs.set(id, refs);
      this.plans.set(id, plan);
      this.dirtySources.add(id);
    }
    yield;

    // Every actor that shares a key with the changes, and every actor that shares one with those.
    const involved = new Set<ActorRef>();
    const seen = new Set<string>(seeds);
    const queue = [...seeds];
    while (queue.length) {
      const k = queue.pop() as string;
      const set = this.byTouch.get(k);
      if (!set) continue;
      if (!set.size) this.byTouch.delete(k);
      if (++done % 200 === 0) yield;
      for (const ref of set) {
        if (involved.has(ref)) continue;
        involved.add(ref);
        for (const t of ref.touch) {
          if (seen.has(t)) continue;
          seen.add(t);
          queue.push(t);
        }
      }
    }
    yield;
    for (const ref of involved) {
      this.dissolve(this.groupOf.get(ref));
      this.dirtySources.add(ref.source);
    }
    yield;
    // In source order, as the rules go.
    const refs: ActorRef[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (i % 100 === 99) yield;
      if (!this.dirtySources.has(ids[i] as string)) continue;
      for (const ref of this.refs.get(ids[i] as string) ?? []) if (involved.has(ref)) refs.push(ref);
    }
    this.lastRemerged = refs.length;
    yield* this.regroup(refs);
    this.result = yield* this.assemble(ids, plans);
    return this.result;
  }

  private dissolve(group: Group | undefined): void {
    if (!group || !this.groups.delete(group)) return;
    this.dissolved.add(group);
  }

  /** The merging rules over some actors, in source order: those actors' merged actors. */
  private *regroup(refs: ActorRef[]): Generator<void, void, void> {
    const byKey = new Map<string, Group>();
    const opened: Group[] = [];
    const open = (ref: ActorRef, pass: 1 | 2): Group => {
      const plan = ref.plan;
      let m = byKey.get(plan.key);
      if (!m) for (const k of plan.also) if ((m = byKey.get(k))) break;
      if (!m) {
        m = { key: plan.key, actor: { ...plan.actor, aliases: [], mentions: [] }, aliases: new Set(), pass, source: ref.source, index: ref.index, base: '', members: [] };
        opened.push(m);
      }
      byKey.set(plan.key, m);
      for (const k of plan.also) if (!byKey.has(k)) byKey.set(k, m);
      return m;
    };
    let done = 0;
    // Full names first, so a one-word name can find its only full-named holder.
    for (const ref of refs) {
      if (!ref.plan.surname) this.groupOf.set(ref, open(ref, 1));
      if (++done % 500 === 0) yield;
    }
    const bySurname = new Map<string, Set<Group>>();
    for (const m of opened) {
      if (++done % 1000 === 0) yield;
      if (m.actor.kind !== 'person' || m.key.startsWith('group:')) continue;
      const words = fold(m.actor.name).split(' ').filter((w) => !NAME_PARTICLE.test(w));
      if (words.length < 2) continue;
      const surname = words[words.length - 1] as string;
      const set = bySurname.get(surname) ?? new Set();
      set.add(m);
      bySurname.set(surname, set);
    }
    for (const ref of refs) {
      const a = ref.plan;
      if (!a.surname) continue;
      if (++done % 500 === 0) yield;
      let holders = bySurname.get(a.surname);
      // Never merge by a surname that two people share; a shared role can tell them apart
      // ("President Obama" is the one of the two who is also a president).
      if (holders && holders.size > 1 && a.actor.role) {
        const role = a.actor.role.toLowerCase();
        holders = new Set([...holders].filter((m) => m.actor.role?.toLowerCase() === role));
      }
      if (holders && holders.size === 1) {
        const m = [...holders][0] as Group;
        this.groupOf.set(ref, m);
        byKey.set(a.key, m);
      } else {
        this.groupOf.set(ref, open(ref, 2));
      }
    }
    // Fill in names, aliases, roles and mentions in source order.
    for (const ref of refs) {
      if (++done % 500 === 0) yield;
      const a = ref.plan;
      const m = this.groupOf.get(ref) as Group;
      m.members.push(ref);
      const into = m.actor;
      if (a.actor.name.length > into.name.length && a.actor.kind === into.kind && !a.surname) into.name = a.actor.name;
      for (const alias of a.actor.aliases) m.aliases.add(alias);
      if (!into.role && a.actor.role) into.role = a.actor.role;
      into.mentions.push(...a.actor.mentions);
    }
    for (const m of opened) {
      if (++done % 1000 === 0) yield;
      m.base = m.key.startsWith('group:') ? slug(`${m.actor.name} ${m.key.slice(m.key.indexOf('@') + 1)}`) : slug(m.key.slice(m.key.indexOf(':') + 1));
      this.groups.add(m);
      this.added.push(m);
    }
  }

  /** Ids, actors, statements and positions over every source. */
  private *assemble(ids: string[], plans: SourcePlan[]): Generator<void, Extraction, void> {
    // The two orders, kept sorted: what was taken apart leaves them, what was made is merged in.
    const byOpening = (x: Group, y: Group): number => x.pass - y.pass || byPlace(x, y);
    const byKey = (x: Group, y: Group): number => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
    const added = this.added.filter((g) => this.groups.has(g));
    this.order = mergeSorted(this.order.filter((g) => !this.dissolved.has(g)), [...added].sort(byOpening), byOpening);
    this.keyOrder = mergeSorted(this.keyOrder.filter((g) => !this.dissolved.has(g)), [...added].sort(byKey), byKey);
    this.added = [];
    this.dissolved.clear();
    const order = this.order;
    yield;
    // Stable ids: the slug of the merge key's name, in key order so the same sources give the same ids.
    const idOf = new Map<Group, string>();
    const taken = new Set<string>();
    for (const m of this.keyOrder) {
      let id = m.base;
      for (let n = 2; taken.has(id); n++) id = `${m.base}-${n}`;
      taken.add(id);
      idOf.set(m, id);
      if (m.id !== id) {
        // A group that kept its actors but not its id (another took it first): its sources are mapped again.
        if (m.id !== undefined) for (const ref of m.members) this.dirtySources.add(ref.source);
        m.id = id;
      }
    }
    yield;
    // Local ids → merged ids, per source.
    const localToGlobal = ids.map((id) => {
      let map = this.localToGlobal.get(id);
      if (!map || this.dirtySources.has(id)) {
        map = new Map<string, string>();
        for (const ref of this.refs.get(id) ?? []) map.set(ref.plan.actor.id, idOf.get(this.groupOf.get(ref) as Group) as string);
        this.localToGlobal.set(id, map);
      }
      return map;
    });
    this.dirtySources.clear();
    const affiliationOf = new Map<Group, string>();
    ids.forEach((id, i) => {
      const map = localToGlobal[i] as Map<string, string>;
      for (const ref of this.refs.get(id) ?? []) {
        if (!ref.plan.actor.affiliation) continue;
        const m = this.groupOf.get(ref) as Group;
        const affiliation = map.get(ref.plan.actor.affiliation);
        if (affiliation && !affiliationOf.has(m) && affiliation !== idOf.get(m)) affiliationOf.set(m, affiliation);
      }
    });
    yield;
    const actors: Actor[] = [];
    let done = 0;
    for (const m of order) {
      if (++done % 2000 === 0) yield;
      const id = idOf.get(m) as string;
      const affiliation = affiliationOf.get(m);
      if (m.listed?.id !== id || m.listed.affiliation !== affiliation) {
        const actor: Actor = { ...m.actor, id, aliases: [m.actor.name, ...[...m.aliases].filter((x) => x !== m.actor.name)] };
        if (affiliation) actor.affiliation = affiliation;
        else delete actor.affiliation;
        m.listed = actor;
      }
      actors.push(m.listed);
    }
    // One position per actor and topic across sources: the evidence pooled, the stance by votes.
    const statements: Statement[] = [];
    const positions: Position[] = [];
    const byTopic = new Map<string, { position: Position; votes: Map<Stance, number> }>();
    yield;
    for (let i = 0; i < plans.length; i++) {
      if (i % 50 === 49) yield;
      const plan = plans[i] as SourcePlan;
      const part = plan.extraction;
      const map = localToGlobal[i] as Map<string, string>;
      // A source whose actors map to the same merged ids as in the last merge keeps its remapped
      // statements: most of a merge after one change then copies nothing.
      if (plan.remapped?.map !== map) {
        const by = [...map.values()].join('\u0000');
        if (plan.remapped?.by !== by) plan.remapped = { map, by, statements: part.statements.map((s) => (s.speaker ? { ...s, speaker: map.get(s.speaker) ?? s.speaker } : s)) };
        else plan.remapped.map = map;
      }
      for (const s of plan.remapped.statements) statements.push(s);
      for (const p of part.positions) {
        const actor = map.get(p.actor) ?? p.actor;
        const key = `${actor}\u0000${p.topic.toLowerCase()}`;
        const seen = byTopic.get(key);
        if (!seen) {
          const position = { ...p, actor, statements: [...p.statements] };
          byTopic.set(key, { position, votes: new Map([[p.stance, p.statements.length]]) });
          positions.push(position);
          continue;
        }
        seen.position.statements.push(...p.statements);
        seen.votes.set(p.stance, (seen.votes.get(p.stance) ?? 0) + p.statements.length);
      }
    }
    yield;
    const nameById = new Map(actors.map((a) => [a.id, a.name]));
    for (const { position, votes } of byTopic.values()) {
      if (votes.size < 2 && votes.has(position.stance)) continue;
      const inFavor = votes.get('for') ?? 0;
      const against = votes.get('against') ?? 0;
      position.stance = inFavor > against ? 'for' : against > inFavor ? 'against' : 'neutral';
      const name = nameById.get(position.actor) ?? position.actor;
      position.summary = `${name} is ${position.stance === 'neutral' ? 'neutral on' : position.stance} ${position.topic}`;
    }
    return { version: 1, sources: plans.flatMap((p) => p.extraction.sources), actors, statements, positions };
  }
}
