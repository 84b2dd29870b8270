import * as vscode from 'vscode';
import type { Actor, Source, Statement } from '../core';
import { shorten } from './actorsView';
import type { WorkspaceIndex } from './workspaceIndex';

// Opening statements and sources: `whoSaidWhat.openStatement` {statement} selects the exact
// words in the source; an HTML source opens as its extracted text, read-only.

export const EXTRACTED_SCHEME = 'whosaidwhat-source';

/** A read-only document of a source's extracted text (for HTML sources, and sources that changed on disk). */
class ExtractedTextProvider implements vscode.TextDocumentContentProvider {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;
  constructor(private readonly index: WorkspaceIndex) {}
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = new URLSearchParams(uri.query).get('source') ?? '';
    return this.index.data.source(id)?.text ?? 'This source is no longer indexed.';
  }
}

export function extractedTextUri(source: Source): vscode.Uri {
  const name = (source.path.split('/').pop() ?? 'source').replace(/\.(html?|md|txt)$/i, '');
  return vscode.Uri.from({ scheme: EXTRACTED_SCHEME, path: `/${name}.txt`, query: new URLSearchParams({ source: source.id }).toString() });
}

function sourceUri(source: Source): vscode.Uri {
  try {
    return vscode.Uri.parse(source.path, true);
  } catch {
    return vscode.Uri.file(source.path);
  }
}

/**
 * Opens where a statement stands in its source, with every content span selected. The file is
 * opened where its text is still what the engine read; otherwise (HTML, or edited since) the
 * extracted text opens instead, so the selection is always the statement's exact words.
 */
export async function openStatement(index: WorkspaceIndex, statementId: string): Promise<vscode.TextEditor | undefined> {
  await index.ready();
  const data = index.data;
  const statement = data.statements.get(statementId);
  const source = statement ? data.source(statement.source) : undefined;
  if (!statement || !source) {
    void vscode.window.showWarningMessage('Who Said What: that statement is no longer in the index.');
    return undefined;
  }
  let document: vscode.TextDocument | undefined;
  if (source.format !== 'html') {
    try {
      const opened = await vscode.workspace.openTextDocument(sourceUri(source));
      if (opened.getText() === source.text) document = opened;
    } catch {
      document = undefined;
    }
  }
  document ??= await vscode.workspace.openTextDocument(extractedTextUri(source));
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  const spans = statement.content.length ? statement.content : [];
  if (spans.length) {
    editor.selections = spans.map((span) => new vscode.Selection(document.positionAt(span.start), document.positionAt(span.end)));
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

async function openSource(index: WorkspaceIndex, args: { statement?: string; source?: string }): Promise<void> {
  await index.ready();
  const data = index.data;
  const sourceId = args.source ?? (args.statement ? data.statements.get(args.statement)?.source : undefined);
  const source = sourceId ? data.source(sourceId) : undefined;
  if (!source) return;
  const uri = source.format === 'html' ? extractedTextUri(source) : sourceUri(source);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
}

function statementsOf(index: WorkspaceIndex, actorId: string): Statement[] {
  return index.data.statementsBySpeaker.get(actorId) ?? [];
}

async function showAllQuotes(index: WorkspaceIndex, actorId: string): Promise<void> {
  await index.ready();
  const data = index.data;
  const actor = data.actors.get(actorId);
  if (!actor) return;
  const items = statementsOf(index, actor.id).map((s) => ({
    label: `“${shorten(s.text, 120)}”`,
    description: [s.cue?.text, data.source(s.source)?.title].filter(Boolean).join(' · '),
    statement: s.id,
  }));
  if (!items.length) {
    void vscode.window.showInformationMessage(`No statements of ${actor.name} in the sources.`);
    return;
  }
  const chosen = await vscode.window.showQuickPick(items, { title: `${actor.name}: ${items.length} statement${items.length === 1 ? '' : 's'}`, matchOnDescription: true });
  if (chosen) await openStatement(index, chosen.statement);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function findMentions(index: WorkspaceIndex, actorId: string): Promise<void> {
  await index.ready();
  const actor = index.data.actors.get(actorId);
  if (!actor) return;
  // Pronouns and bare titles are aliases too, but searching them would find everything.
  const names = [...new Set([actor.name, ...actor.aliases])].filter((n) => /^\p{Lu}/u.test(n) && n.length > 2).sort((a, b) => b.length - a.length);
  const query = `\\b(${(names.length ? names : [actor.name]).map(escapeRegExp).join('|')})\\b`;
  await vscode.commands.executeCommand('workbench.action.findInFiles', { query, isRegex: true, isCaseSensitive: true, triggerSearch: true });
}

/** The actor whose name or alias covers the cursor, longest match first. */
export function actorAt(actors: Actor[], line: string, character: number): Actor | undefined {
  let best: { actor: Actor; length: number } | undefined;
  for (const actor of actors) {
    for (const alias of new Set([actor.name, ...actor.aliases])) {
      if (alias.length < 2 || (best && alias.length <= best.length)) continue;
      for (let at = line.indexOf(alias); at >= 0; at = line.indexOf(alias, at + 1)) {
        if (at > character) break;
        const before = line[at - 1];
        const after = line[at + alias.length];
        const bounded = (!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after));
        if (bounded && character <= at + alias.length) {
          best = { actor, length: alias.length };
          break;
        }
      }
    }
  }
  return best?.actor;
}

export function registerStatementCommands(context: vscode.ExtensionContext, index: WorkspaceIndex, revealActor: (actorId: string) => Promise<boolean>): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, new ExtractedTextProvider(index)),
    vscode.commands.registerCommand('whoSaidWhat.openStatement', async (args?: { statement?: string }) => {
      if (!args || typeof args.statement !== 'string') return undefined;
      return openStatement(index, args.statement);
    }),
    vscode.commands.registerCommand('whoSaidWhat.openSource', (args?: { statement?: string; source?: string }) => (args ? openSource(index, args) : undefined)),
    vscode.commands.registerCommand('whoSaidWhat.showAllQuotes', (args?: { actor?: string }) => (typeof args?.actor === 'string' ? showAllQuotes(index, args.actor) : undefined)),
    vscode.commands.registerCommand('whoSaidWhat.findMentions', (args?: { actor?: string }) => (typeof args?.actor === 'string' ? findMentions(index, args.actor) : undefined)),
    vscode.commands.registerCommand('whoSaidWhat.showInSidebar', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return false;
      await index.ready();
      const position = editor.selection.active;
      const actor = actorAt(index.data.view.actors, editor.document.lineAt(position.line).text, position.character);
      if (!actor) {
        void vscode.window.showInformationMessage('Who Said What: no known actor is named at the cursor.');
        return false;
      }
      return revealActor(actor.id);
    }),
  );
}
