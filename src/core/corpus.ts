import type { Actor, Extraction, Position, Source, SourceInput, Stance, Statement } from './model';
import { extractSource } from './extract';

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
    if (!this.merged) {
      const steps = this.mergeSteps();
      let step = steps.next();
      while (!step.done) step = steps.next();
    }
    return this.merged as Extraction;
  }

  /**
   * The merge in short steps: each `next()` does a bounded part of it, so a caller can yield to
   * its host in between. The merge is of the sources as they were when it began; where nothing
   * changed meanwhile, its result becomes the corpus's merged view.
   */
  *mergeSteps(): Generator<void, Extraction, void> {
    if (this.merged) return this.merged;
    const version = this.version;
    const ids = [...this.bySource.keys()].sort();
    const parts = ids.map((id) => this.bySource.get(id) as Extraction);
    const keys = new Map(ids.map((id) => [id, this.keys.get(id)]));
    const plans: SourcePlan[] = [];
    for (let i = 0; i < ids.length; i++) {
      plans.push(this.planOf(ids[i] as string, parts[i] as Extraction));
      if (i % 10 === 9) yield;
    }
    const merged = yield* mergeActors(parts, plans);
    if (this.version === version) {
      this.merged = merged;
      this.mergedFrom = keys;
      this.missing = new Set();
      this.tables = undefined;
    }
    return merged;
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
}

interface SourcePlan {
  extraction: Extraction;
  actors: ActorPlan[];
  /** The source's statements with merged speaker ids, from the last merge, and the ids they were mapped by. */
  remapped?: { by: string; statements: Statement[] };
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
      return { actor, key: `person:${words[0]} ${words[words.length - 1]}`, also: [] };
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

function* mergeActors(parts: Extraction[], plans: SourcePlan[]): Generator<void, Extraction, void> {
  const byKey = new Map<string, Merged>();
  const mergedOf = new Map<Actor, Merged>();
  const order: Merged[] = [];

  const open = (plan: ActorPlan): Merged => {
    let m = byKey.get(plan.key);
    if (!m) for (const k of plan.also) if ((m = byKey.get(k))) break;
    if (!m) {
      m = { key: plan.key, actor: { ...plan.actor, aliases: [], mentions: [] }, aliases: new Set() };
      order.push(m);
    }
    byKey.set(plan.key, m);
    for (const k of plan.also) if (!byKey.has(k)) byKey.set(k, m);
    return m;
  };

  // Full names first, so a one-word name can find its only full-named holder.
  let done = 0;
  for (const plan of plans) {
    for (const a of plan.actors) if (!a.surname) mergedOf.set(a.actor, open(a));
    if (++done % 20 === 0) yield;
  }
  const bySurname = new Map<string, Set<Merged>>();
  for (const m of order) {
    if (++done % 1000 === 0) yield;
    if (m.actor.kind !== 'person' || m.key.startsWith('group:')) continue;
    const words = fold(m.actor.name).split(' ').filter((w) => !NAME_PARTICLE.test(w));
    if (words.length < 2) continue;
    const surname = words[words.length - 1] as string;
    const set = bySurname.get(surname) ?? new Set();
    set.add(m);
    bySurname.set(surname, set);
  }
  for (const plan of plans) {
    if (++done % 20 === 0) yield;
    for (const a of plan.actors) {
      if (!a.surname) continue;
      let holders = bySurname.get(a.surname);
      // Never merge by a surname that two people share; a shared role can tell them apart
      // ("President Obama" is the one of the two who is also a president).
      if (holders && holders.size > 1 && a.actor.role) {
        const role = a.actor.role.toLowerCase();
        holders = new Set([...holders].filter((m) => m.actor.role?.toLowerCase() === role));
      }
      if (holders && holders.size === 1) {
        const m = [...holders][0] as Merged;
        mergedOf.set(a.actor, m);
        byKey.set(a.key, m);
      } else {
        mergedOf.set(a.actor, open(a));
      }
    }
  }

  // Fill in names, aliases, roles and mentions in source order.
  for (const plan of plans) {
    if (++done % 20 === 0) yield;
    for (const a of plan.actors) {
      const m = mergedOf.get(a.actor) as Merged;
      const into = m.actor;
      if (a.actor.name.length > into.name.length && a.actor.kind === into.kind && !a.surname) into.name = a.actor.name;
      for (const alias of a.actor.aliases) m.aliases.add(alias);
      if (!into.role && a.actor.role) into.role = a.actor.role;
      into.mentions.push(...a.actor.mentions);
    }
  }

  // Stable ids: the slug of the merge key's name, in key order so the same sources give the same ids.
  const ids = new Map<Merged, string>();
  const taken = new Set<string>();
  const byKeyOrder = [...order].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  yield;
  for (const m of byKeyOrder) {
    if (++done % 1000 === 0) yield;
    const base = m.key.startsWith('group:') ? slug(`${m.actor.name} ${m.key.slice(m.key.indexOf('@') + 1)}`) : slug(m.key.slice(m.key.indexOf(':') + 1));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(m, id);
  }

  // Local ids → merged ids, per source.
  const actors: Actor[] = [];
  const statements: Statement[] = [];
  const positions: Position[] = [];
  const localToGlobal: Map<string, string>[] = plans.map((plan) => {
    const map = new Map<string, string>();
    for (const a of plan.actors) map.set(a.actor.id, ids.get(mergedOf.get(a.actor) as Merged) as string);
    return map;
  });
  const affiliationOf = new Map<Merged, string>();
  yield;
  plans.forEach((plan, i) => {
    const map = localToGlobal[i] as Map<string, string>;
    for (const a of plan.actors) {
      const m = mergedOf.get(a.actor) as Merged;
      const affiliation = a.actor.affiliation ? map.get(a.actor.affiliation) : undefined;
      if (affiliation && !affiliationOf.has(m) && affiliation !== ids.get(m)) affiliationOf.set(m, affiliation);
    }
  });
  yield;
  for (const m of order) {
    if (++done % 1000 === 0) yield;
    const actor: Actor = { ...m.actor, id: ids.get(m) as string, aliases: [m.actor.name, ...[...m.aliases].filter((x) => x !== m.actor.name)] };
    const affiliation = affiliationOf.get(m);
    if (affiliation) actor.affiliation = affiliation;
    else delete actor.affiliation;
    actors.push(actor);
  }
  // One position per actor and topic across sources: the evidence pooled, the stance by votes.
  const byTopic = new Map<string, { position: Position; votes: Map<Stance, number> }>();
  yield;
  for (let i = 0; i < parts.length; i++) {
    if (i % 10 === 9) yield;
    const part = parts[i] as Extraction;
    const map = localToGlobal[i] as Map<string, string>;
    // A source whose actors map to the same merged ids as in the last merge keeps its remapped
    // statements: most of a merge after one change then copies nothing.
    const plan = plans[i] as SourcePlan;
    const by = [...map.values()].join('\u0000');
    if (plan.remapped?.by !== by) plan.remapped = { by, statements: part.statements.map((s) => (s.speaker ? { ...s, speaker: map.get(s.speaker) ?? s.speaker } : s)) };
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
  return { version: 1, sources: parts.flatMap((p) => p.sources), actors, statements, positions };
}

