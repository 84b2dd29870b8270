import type { Actor, Position, Statement } from './model';

/**
 * A reader's corrections to the engine's actors, kept in `.whosaidwhat/corrections.json` so
 * people can read, edit and commit them. Actors are named by their name (or id), not by
 * engine-internal ids alone, because ids may change when the engine improves while names
 * are what a person wrote down.
 *
 * ```json
 * {
 *   "rename": { "Merkel": "Angela Merkel" },
 *   "merge": { "the alliance": "NATO" },
 *   "hide": ["Reuters"]
 * }
 * ```
 */
export interface Corrections {
  /** Actor name (or id) -> the name to show. */
  rename: Record<string, string>;
  /** Actor name (or id) -> the actor (name or id) it is folded into. */
  merge: Record<string, string>;
  /** Actor names (or ids) left out of the views. */
  hide: string[];
}

export type CorrectionsParse = { ok: true; corrections: Corrections } | { ok: false; error: string };

export function emptyCorrections(): Corrections {
  return { rename: {}, merge: {}, hide: [] };
}

/** Where in `text` the character `offset` sits, as "line L, column C" (1-based). */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) return `${message.replace(/ in JSON at position \d+.*$/, '')} at ${lineAndColumn(text, Number(position[1]))}`;
  return message;
}

function stringMap(value: unknown, field: string): Record<string, string> | string {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `"${field}" must be an object of "name": "name" pairs`;
  const out: Record<string, string> = {};
  for (const [key, target] of Object.entries(value)) {
    if (typeof target !== 'string' || !target.trim()) return `"${field}" → "${key}" must be a non-empty string`;
    out[key] = target;
  }
  return out;
}

/** Reads a corrections file. Empty or whitespace-only text means no corrections. */
export function parseCorrections(text: string): CorrectionsParse {
  if (!text.trim()) return { ok: true, corrections: emptyCorrections() };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${describeJsonError(text, error)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'the file must hold one JSON object with "rename", "merge" and "hide"' };
  const record = data as Record<string, unknown>;
  const rename = stringMap(record.rename, 'rename');
  if (typeof rename === 'string') return { ok: false, error: rename };
  const merge = stringMap(record.merge, 'merge');
  if (typeof merge === 'string') return { ok: false, error: merge };
  const hide = record.hide ?? [];
  if (!Array.isArray(hide) || hide.some((h) => typeof h !== 'string')) return { ok: false, error: '"hide" must be a list of actor names' };
  const unknownKeys = Object.keys(record).filter((k) => !['rename', 'merge', 'hide', '$schema', 'comment'].includes(k));
  if (unknownKeys.length) return { ok: false, error: `unknown field ${unknownKeys.map((k) => `"${k}"`).join(', ')} (expected "rename", "merge", "hide")` };
  return { ok: true, corrections: { rename, merge, hide: hide as string[] } };
}

/** The file's text: stable key order and two-space indentation, so diffs stay small. */
export function serializeCorrections(corrections: Corrections): string {
  return `${JSON.stringify({ rename: corrections.rename, merge: corrections.merge, hide: corrections.hide }, null, 2)}\n`;
}

export type Correction =
  | { kind: 'rename'; actor: string; name: string }
  | { kind: 'merge'; actor: string; into: string }
  | { kind: 'hide'; actor: string };

/** A copy of `corrections` with one more change. */
export function withCorrection(corrections: Corrections, change: Correction): Corrections {
  const next: Corrections = { rename: { ...corrections.rename }, merge: { ...corrections.merge }, hide: [...corrections.hide] };
  if (change.kind === 'rename') next.rename[change.actor] = change.name;
  else if (change.kind === 'merge') {
    if (change.actor !== change.into) next.merge[change.actor] = change.into;
  } else if (!next.hide.includes(change.actor)) next.hide.push(change.actor);
  return next;
}

/** The actors, statements and positions as the reader corrected them. */
export interface CorrectedView {
  actors: Actor[];
  statements: Statement[];
  positions: Position[];
  /** Engine actor id -> the id shown (after merges), or null where hidden. */
  actorIds: Map<string, string | null>;
}

function key(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Applies corrections. A name in the file matches an actor by id, then by name, then by alias
 * (case-insensitive). Merges follow chains (A -> B -> C); a merge that would close a cycle is ignored.
 */
export function applyCorrections(
  data: { actors: Actor[]; statements: Statement[]; positions: Position[] },
  corrections: Corrections,
): CorrectedView {
  // Without corrections the engine's own arrays are the view: nothing to copy on big corpora.
  if (!Object.keys(corrections.rename).length && !Object.keys(corrections.merge).length && !corrections.hide.length) {
    return { actors: data.actors, statements: data.statements, positions: data.positions, actorIds: new Map() };
  }
  const byId = new Map(data.actors.map((a) => [a.id, a]));
  const byName = new Map<string, Actor>();
  const byAlias = new Map<string, Actor>();
  for (const actor of data.actors) {
    if (!byName.has(key(actor.name))) byName.set(key(actor.name), actor);
    for (const alias of actor.aliases) if (!byAlias.has(key(alias))) byAlias.set(key(alias), actor);
  }
  const resolve = (ref: string): Actor | undefined => byId.get(ref) ?? byName.get(key(ref)) ?? byAlias.get(key(ref));

  const mergeTarget = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    for (let next = mergeTarget.get(current); next !== undefined; next = mergeTarget.get(current)) current = next;
    return current;
  };
  for (const [from, into] of Object.entries(corrections.merge)) {
    const a = resolve(from);
    const b = resolve(into);
    // A merge that would close a cycle (A into B, then B into A) is left out: the first one stands.
    if (a && b && a.id !== b.id && root(b.id) !== a.id && !mergeTarget.has(a.id)) mergeTarget.set(a.id, b.id);
  }

  const hidden = new Set<string>();
  for (const ref of corrections.hide) {
    const a = resolve(ref);
    if (a) hidden.add(root(a.id));
  }

  const touched = new Set<string>(mergeTarget.values());
  for (const ref of Object.keys(corrections.rename)) {
    const a = resolve(ref);
    if (a) touched.add(root(a.id));
  }
  const actorIds = new Map<string, string | null>();
  const merged = new Map<string, Actor>();
  for (const actor of data.actors) {
    const target = root(actor.id);
    actorIds.set(actor.id, hidden.has(target) ? null : target);
    if (hidden.has(target)) continue;
    const base = byId.get(target) as Actor;
    let shown = merged.get(target);
    if (!shown) {
      // Only actors that a correction touches are copied; the rest are passed through.
      shown = touched.has(target) ? { ...base, aliases: [...base.aliases], mentions: [...base.mentions] } : base;
      merged.set(target, shown);
    }
    if (actor.id !== target) {
      for (const alias of [actor.name, ...actor.aliases]) if (!shown.aliases.includes(alias)) shown.aliases.push(alias);
      shown.mentions.push(...actor.mentions);
      shown.role ??= actor.role;
      shown.affiliation ??= actor.affiliation;
    }
  }
  for (const [ref, name] of Object.entries(corrections.rename)) {
    const a = resolve(ref);
    const shown = a ? merged.get(root(a.id)) : undefined;
    if (!shown || !name.trim()) continue;
    if (!shown.aliases.includes(shown.name)) shown.aliases.push(shown.name);
    shown.name = name.trim();
    if (!shown.aliases.includes(shown.name)) shown.aliases.push(shown.name);
  }
  const moved = (id: string): boolean => actorIds.has(id) && actorIds.get(id) !== id;
  for (const [id, shown] of merged) {
    if (shown.affiliation && moved(shown.affiliation)) {
      const copy = shown === byId.get(id) ? { ...shown } : shown;
      copy.affiliation = actorIds.get(shown.affiliation) ?? undefined;
      merged.set(id, copy);
    }
  }

  const remap = (id: string | null): string | null => (id === null ? null : actorIds.has(id) ? (actorIds.get(id) ?? null) : id);
  const statements = data.statements.map((s) => {
    const speaker = remap(s.speaker);
    return speaker === s.speaker ? s : { ...s, speaker };
  });
  const positions: Position[] = [];
  for (const p of data.positions) {
    const actor = remap(p.actor);
    if (actor === null) continue;
    positions.push(actor === p.actor ? p : { ...p, actor });
  }
  return { actors: [...merged.values()], statements, positions, actorIds };
}
