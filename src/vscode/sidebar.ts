import * as vscode from 'vscode';
import { registerActorsView } from './actorsView';
import type { ActorsView } from './actorsView';
import { registerCorrectionCommands } from './corrections';
import { registerPositionsView } from './positionsView';
import type { PositionsNode, PositionsProvider } from './positionsView';
import { registerSourceCommands } from './sources';
import { registerSourcesView } from './sourcesView';
import type { SourcesProvider, SourcesNode } from './sourcesView';
import { registerStatementCommands } from './statements';
import type { WorkspaceIndex } from './workspaceIndex';

// The sidebar: the Actors, Positions and Sources views and their commands.

/**
 * The engine's version for the extraction cache: the extension's version and its bundle's date,
 * so any rebuilt engine (even at the same version number) never reads an older engine's results.
 */
export async function engineVersion(context: vscode.ExtensionContext): Promise<string> {
  const version = String((context.extension.packageJSON as { version?: string }).version ?? '0');
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(context.extensionUri, bundle));
      return `${version}+${stat.mtime}-${stat.size}`;
    } catch {
      // try the next bundle
    }
  }
  return `${version}+unknown-${Date.now()}`;
}

export interface Sidebar {
  actors: ActorsView;
  positions: { provider: PositionsProvider; treeView: vscode.TreeView<PositionsNode> };
  sources: { provider: SourcesProvider; treeView: vscode.TreeView<SourcesNode> };
}

export function registerSidebar(context: vscode.ExtensionContext, index: WorkspaceIndex): Sidebar {
  const actors = registerActorsView(context, index);
  const positions = registerPositionsView(context, index);
  const sources = registerSourcesView(context, index);
  registerStatementCommands(context, index, (actorId) => actors.reveal(actorId));
  registerCorrectionCommands(context, index);
  registerSourceCommands(context, index.sampleUri, () => index.refresh(), () => index.cancelIndexing());
  context.subscriptions.push(index.onDidChangeBusy((busy) => void vscode.commands.executeCommand('setContext', 'whoSaidWhat.indexing', busy)));
  // Indexing starts once the editor has started (activation is not on the startup path) and
  // runs in slices; the views wait for it through `ready()`.
  void index.ready();
  return { actors, positions, sources };
}
