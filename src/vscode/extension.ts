import * as vscode from 'vscode';
import { WorkspaceIndex } from './workspaceIndex';
import { registerActorsView } from './actorsView';
import { registerHover } from './hover';
import { registerDefinition } from './definition';
import { registerHighlight } from './highlight';
import { registerQuoteCheck } from './quoteCheck';
import { registerCitations } from './citations';

// Wires the features together; each feature lives in its own file.
export function activate(context: vscode.ExtensionContext): void {
  const index = new WorkspaceIndex(context.extensionUri);
  context.subscriptions.push(index);
  registerActorsView(context, index);
  registerQuoteCheck(context, index);
  registerCitations(context, index);
  registerHover(context, index);
  registerDefinition(context, index);
  registerHighlight(context, index);
}

export function deactivate(): void {
  // everything is released through context.subscriptions
}
