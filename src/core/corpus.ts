import type { Actor, Extraction, Position, Source, SourceInput, Statement } from './model';
import { extractSource } from './extract';

interface Lookups {
  sources: Map<string, Source>;
  actors: Map<string, Actor>;
  statements: Map<string, Statement>;
  statementsByActor: Map<string, Statement[]>;
}

/**
 * Many sources in one index. Each source is extracted on its own (and can be cached by the
 * caller); the corpus merges their actors and remaps statements and positions to the merged ids.
 * Updating one source redoes only that source's extraction.
 */
export class Corpus {
  private readonly bySource = new Map<string, Extraction>();
  private merged: Extraction | undefined;
  private tables: Lookups | undefined;
  /** Changes on every update, so views can tell stale data. */
  version = 0;

  /** Extracts a source and puts it in the index, replacing an earlier version of it. */
  upsert(input: SourceInput): Extraction {
    const extraction = extractSource(input);
    this.put(extraction);
    return extraction;
  }

  /** Puts an already extracted single-source extraction (from a cache) in the index. */
  put(extraction: Extraction): void {
    const source = extraction.sources[0];
    if (!source) throw new Error('an extraction without a source');
    this.bySource.set(source.id, extraction);
    this.changed();
  }

  remove(sourceId: string): boolean {
    const had = this.bySource.delete(sourceId);
    if (had) this.changed();
    return had;
  }

  has(sourceId: string): boolean {
    return this.bySource.has(sourceId);
  }

  /** The merged view of every source, in a stable order. */
  snapshot(): Extraction {
    if (!this.merged) this.merged = this.merge();
    return this.merged;
  }

  get sources(): Source[] { return this.snapshot().sources; }

  getSource(id: string): Source | undefined { return this.lookups().sources.get(id); }
  getActor(id: string): Actor | undefined { return this.lookups().actors.get(id); }
  getStatement(id: string): Statement | undefined { return this.lookups().statements.get(id); }
  /** The actor's statements, in source and text order. */
  statementsOf(actorId: string): Statement[] { return this.lookups().statementsByActor.get(actorId) ?? []; }
  positionsOf(actorId: string): Position[] { return this.positions.filter((p) => p.actor === actorId); }

  get actors(): Actor[] { return this.snapshot().actors; }
  get statements(): Statement[] { return this.snapshot().statements; }
  get positions(): Position[] { return this.snapshot().positions; }

  private lookups(): Lookups {
    if (!this.tables) {
      const snap = this.snapshot();
      const statementsByActor = new Map<string, Statement[]>();
      for (const s of snap.statements) {
        if (!s.speaker) continue;
        const list = statementsByActor.get(s.speaker) ?? [];
        list.push(s);
        statementsByActor.set(s.speaker, list);
      }
      this.tables = {
        sources: new Map(snap.sources.map((s) => [s.id, s])),
        actors: new Map(snap.actors.map((a) => [a.id, a])),
        statements: new Map(snap.statements.map((s) => [s.id, s])),
        statementsByActor,
      };
    }
    return this.tables;
  }

  private changed(): void {
    this.merged = undefined;
    this.tables = undefined;
    this.version++;
  }

  private merge(): Extraction {
    const ids = [...this.bySource.keys()].sort();
    const parts = ids.map((id) => this.bySource.get(id) as Extraction);
    return {
      version: 1,
      sources: parts.flatMap((p) => p.sources),
      actors: parts.flatMap((p) => p.actors),
      statements: parts.flatMap((p) => p.statements),
      positions: parts.flatMap((p) => p.positions),
    };
  }
}
