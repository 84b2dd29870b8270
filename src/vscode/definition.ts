import * as vscode from 'vscode';
import type { Source, Statement } from '../core';
import { HOVER_SELECTOR, nameLookup, type NameLookup } from './hover';
import type { WorkspaceIndex } from './workspaceIndex';

// Go to Definition (F12) on a known name: the actor's first statement, selected in its source.
// It follows the hover's settings, so a language without hovers gets no definitions either.

/**
 * The statement's range in the source file. Offsets index the source's decoded text; where the
 * file's text differs (an HTML page), the statement's words are looked up in the file instead.
 */
export function statementRange(document: vscode.TextDocument, source: Source, statement: Statement): vscode.Range {
  const first = statement.content[0];
  const last = statement.content[statement.content.length - 1];
  if (!first || !last) return new vscode.Range(0, 0, 0, 0);
  const words = source.text.slice(first.start, last.end);
  const text = document.getText();
  if (text.slice(first.start, last.end) === words) {
    return new vscode.Range(document.positionAt(first.start), document.positionAt(last.end));
  }
  const probe = source.text.slice(first.start, first.end).slice(0, 60);
  const at = probe ? text.indexOf(probe) : -1;
  if (at >= 0) return new vscode.Range(document.positionAt(at), document.positionAt(at + probe.length));
  return new vscode.Range(0, 0, 0, 0);
}

export class ActorDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly lookup: NameLookup) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    if (!this.lookup.appliesTo(document, 'hover')) return undefined;
    const found = this.lookup.findAt(document, position);
    if (!found) return undefined;
    const { reader } = this.lookup.names();
    const locations: vscode.Location[] = [];
    for (const actor of found.match.actors) {
      const statement = reader.statementsOf(actor)[0];
      const source = statement && reader.getSource(statement.source);
      if (!statement || !source) continue;
      const uri = vscode.Uri.parse(source.id);
      try {
        const target = await vscode.workspace.openTextDocument(uri);
        locations.push(new vscode.Location(uri, statementRange(target, source, statement)));
      } catch {
        // A source that can no longer be opened (deleted, moved) has no definition to go to.
      }
    }
    return locations.length > 0 ? locations : undefined;
  }
}

export function registerDefinition(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.languages.registerDefinitionProvider(HOVER_SELECTOR, new ActorDefinitionProvider(nameLookup(index))));
}
