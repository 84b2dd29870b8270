import * as vscode from 'vscode';
import { WorkspaceIndex } from './workspaceIndex';
import { registerHover } from './hover';
import { registerDefinition } from './definition';
import { registerHighlight } from './highlight';
import { engineVersion, registerSidebar } from './sidebar';
import { registerQuoteCheck } from './quoteCheck';
import { registerCitations } from './citations';
import { parseHTML } from 'linkedom';
import { setHtmlParser } from '../core/text/article';

// Wires the features together; each feature lives in its own file.
export function activate(context: vscode.ExtensionContext): { index: WorkspaceIndex; sidebar: ReturnType<typeof registerSidebar> } {
  // HTML sources are read over linkedom's DOM: the web extension host is a worker, without DOMParser.
  setHtmlParser(parseHTML);
  const index = new WorkspaceIndex(context.extensionUri, context.storageUri ?? context.globalStorageUri, () => engineVersion(context));
  context.subscriptions.push(index);
  const sidebar = registerSidebar(context, index);
  registerQuoteCheck(context, index);
  registerCitations(context, index);
  registerHover(context, index);
  registerDefinition(context, index);
  registerHighlight(context, index);
  // What tests and other extensions may use: the shared index and the sidebar's views.
  return { index, sidebar };
}

export function deactivate(): void {
  // everything is released through context.subscriptions
}
