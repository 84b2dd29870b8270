import * as vscode from 'vscode';
import { CARD_COMMANDS, hoverCard, type CardReader } from '../core/card';
import { NameIndex, type NameMatch } from '../core/lookup';
import type { IndexData, WorkspaceIndex } from './workspaceIndex';

// Hover cards on actor names in any document the user edits. The names come from a prebuilt
// index (src/core/lookup.ts) rebuilt only when the corpus or the corrections change; a hover
// reads a small window of the document around the pointer, never the whole text.

/** Schemes whose documents are not the user's writing: output panels, debug consoles, settings. */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'vscode-settings', 'vscode-terminal', 'vscode-userdata', 'walkThroughSnippet']);

const MAX_RANGE = 100_000;
const PREBUILD_DELAY_MS = 500;

export const HOVER_SELECTOR: vscode.DocumentSelector = [{ scheme: '*' }];

/** The name index and the card reader for one state of the workspace index. */
interface Names {
  data: IndexData;
  names: NameIndex;
  reader: CardReader;
}

/** A known name in a document. */
export interface FoundName {
  range: vscode.Range;
  match: NameMatch;
}

/** Names in documents, for the hover, Go to Definition and highlighting alike. */
export class NameLookup {
  private current: Names | undefined;

  constructor(readonly index: WorkspaceIndex) {
    // Rebuild ahead of the next hover once indexing settles, so no hover waits for the build.
    let timer: ReturnType<typeof setTimeout> | undefined;
    index.onDidChange(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        this.names();
      }, PREBUILD_DELAY_MS);
    });
  }

  /**
   * The index for the published data (corrections applied, so a renamed actor is found under its
   * new name and a hidden one not at all); rebuilt on first use after a publication.
   */
  names(): Names {
    const data = this.index.data;
    if (this.current?.data !== data) {
      const reader: CardReader = {
        getActor: (id) => data.actors.get(id),
        getSource: (id) => data.source(id),
        statementsOf: (id) => data.statementsBySpeaker.get(id) ?? [],
        positionsOf: (id) => data.positionsByActor.get(id) ?? [],
      };
      const texts = data.sources().map((source) => source.text);
      this.current = { data, names: NameIndex.build(data.view.actors, { texts }), reader };
    }
    return this.current;
  }

  /** The known name at a position, reading only the text around it. */
  findAt(document: vscode.TextDocument, position: vscode.Position): FoundName | undefined {
    const { names } = this.names();
    if (names.size === 0) return undefined;
    const offset = document.offsetAt(position);
    const from = Math.max(0, offset - names.reach - 1);
    const start = document.positionAt(from);
    const text = document.getText(new vscode.Range(start, document.positionAt(offset + names.reach + 1)));
    const base = document.offsetAt(start);
    const match = names.findAt(text, offset - base);
    if (!match) return undefined;
    return { match, range: new vscode.Range(document.positionAt(base + match.start), document.positionAt(base + match.end)) };
  }

  /** Every known name that starts inside `range`. */
  findInRange(document: vscode.TextDocument, range: vscode.Range): FoundName[] {
    const { names } = this.names();
    if (names.size === 0) return [];
    const start = document.offsetAt(range.start);
    // A minified file is one huge line: its visible range is capped so a scroll stays cheap.
    const end = Math.min(document.offsetAt(range.end), start + MAX_RANGE);
    const from = Math.max(0, start - 1);
    const text = document.getText(new vscode.Range(document.positionAt(from), document.positionAt(end + names.reach)));
    return names.findInRange(text, start - from, end - from).map((match) => ({
      match,
      range: new vscode.Range(document.positionAt(from + match.start), document.positionAt(from + match.end)),
    }));
  }

  /** Whether names are looked up in this document at all, per the settings. */
  appliesTo(document: vscode.TextDocument, setting: 'hover' | 'highlight'): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    const config = vscode.workspace.getConfiguration('whoSaidWhat', document);
    if (setting === 'hover' && !config.get<boolean>('hover.enabled', true)) return false;
    if (setting === 'highlight' && !config.get<boolean>('highlightNames', false)) return false;
    const excluded = config.get<string[]>('hover.excludeLanguages', []);
    if (Array.isArray(excluded) && excluded.includes(document.languageId)) return false;
    if (!config.get<boolean>('hover.inSources', false) && this.isSource(document.uri)) return false;
    return true;
  }

  private isSource(uri: vscode.Uri): boolean {
    const id = uri.toString();
    return this.index.data.has(id) || id === this.index.sampleUri.toString();
  }
}

const lookups = new WeakMap<WorkspaceIndex, NameLookup>();

/** The one name lookup of a workspace index, shared by the features that need names. */
export function nameLookup(index: WorkspaceIndex): NameLookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    lookup = new NameLookup(index);
    lookups.set(index, lookup);
  }
  return lookup;
}

/** The hover's Markdown: trusted for the extension's own commands only, never for HTML. */
export function cardMarkdown(card: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(card, true);
  markdown.isTrusted = { enabledCommands: [...CARD_COMMANDS] };
  markdown.supportHtml = false;
  return markdown;
}

export class ActorHoverProvider implements vscode.HoverProvider {
  constructor(private readonly lookup: NameLookup) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.lookup.appliesTo(document, 'hover')) return undefined;
    const found = this.lookup.findAt(document, position);
    if (!found) return undefined;
    const maxQuotes = vscode.workspace.getConfiguration('whoSaidWhat.hover', document).get<number>('maxQuotes', 3);
    const card = hoverCard(this.lookup.names().reader, found.match.actors, {
      maxQuotes: typeof maxQuotes === 'number' && Number.isFinite(maxQuotes) ? maxQuotes : 3,
      draftUri: document.uri.toString(),
    });
    if (!card) return undefined;
    return new vscode.Hover(cardMarkdown(card), found.range);
  }
}

export function registerHover(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(HOVER_SELECTOR, new ActorHoverProvider(nameLookup(index))));
}
