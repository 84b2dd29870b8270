import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/markdown';
import type { SourceStatus, WorkspaceIndex } from './workspaceIndex';

// The Sources view: each source with its title, date and counts, or the reason it is not read.
// With several workspace folders, one root per folder.

export type SourcesNode = { type: 'folder'; key: string; folder: string } | { type: 'source'; key: string; source: string };

export class SourcesProvider implements vscode.TreeDataProvider<SourcesNode> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private counts: { version: number; actors: Map<string, number>; statements: Map<string, number> } | undefined;

  constructor(private readonly index: WorkspaceIndex) {
    index.onDidChange(() => this.changeEmitter.fire());
  }

  private countsFor(id: string): { actors: number; statements: number } {
    const data = this.index.data;
    if (this.counts?.version !== data.version) {
      const actors = new Map<string, number>();
      const statements = new Map<string, number>();
      const view = data.view;
      for (const s of view.statements) statements.set(s.source, (statements.get(s.source) ?? 0) + 1);
      for (const a of view.actors) for (const source of new Set(a.mentions.map((m) => m.source))) actors.set(source, (actors.get(source) ?? 0) + 1);
      this.counts = { version: data.version, actors, statements };
    }
    return { actors: this.counts.actors.get(id) ?? 0, statements: this.counts.statements.get(id) ?? 0 };
  }

  private status(id: string): SourceStatus | undefined {
    return this.index.sourceStatus(id);
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    if (node.type === 'folder') {
      const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === node.folder);
      const item = new vscode.TreeItem(folder?.name ?? node.folder, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.key;
      item.iconPath = vscode.ThemeIcon.Folder;
      item.resourceUri = folder?.uri;
      item.contextValue = 'folder';
      return item;
    }
    const status = this.status(node.source);
    const source = this.index.data.source(node.source);
    const name = status?.uri.path.split('/').pop() ?? node.source;
    const item = new vscode.TreeItem(source?.title || name, vscode.TreeItemCollapsibleState.None);
    item.id = node.key;
    item.resourceUri = status?.uri;
    if (status?.state === 'error') {
      item.label = name;
      item.description = status.reason;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(name)}** is not indexed: ${escapeMarkdown(status.reason ?? '')}`);
      item.contextValue = status.sample ? 'sample' : 'source.error';
    } else if (status?.state === 'pending') {
      item.description = status.reason ?? 'indexing…';
      item.iconPath = new vscode.ThemeIcon('loading~spin');
      item.contextValue = 'source';
    } else {
      const { actors, statements } = this.countsFor(node.source);
      item.description = [status?.sample ? 'sample' : undefined, source?.published, `${actors} actor${actors === 1 ? '' : 's'}`, `${statements} statement${statements === 1 ? '' : 's'}`]
        .filter(Boolean)
        .join(' · ');
      item.iconPath = new vscode.ThemeIcon(status?.sample ? 'book' : 'file-text');
      const md = new vscode.MarkdownString(
        [`**${escapeMarkdown(source?.title || name)}**`, source?.publisher ? escapeMarkdown(source.publisher) : '', source?.published ? escapeMarkdown(source.published) : '', escapeMarkdown(vscode.workspace.asRelativePath(status?.uri ?? node.source))]
          .filter(Boolean)
          .join('\n\n'),
      );
      md.isTrusted = false;
      item.tooltip = md;
      item.contextValue = status?.sample ? 'sample' : 'source';
    }
    if (status) item.command = { command: 'vscode.open', title: 'Open Source', arguments: [status.uri] };
    return item;
  }

  async getChildren(parent?: SourcesNode): Promise<SourcesNode[]> {
    if (!parent) await this.index.firstData();
    const statuses = this.index.sourceStatuses();
    // The welcome content (Open Sample, Add Sources…, Paste Article as Source) shows while the
    // workspace has no sources of its own: the sample alone leaves this view empty.
    if (statuses.every((s) => s.sample)) return [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    const sourceNode = (s: SourceStatus): SourcesNode => ({ type: 'source', key: `source:${s.id}`, source: s.id });
    if (!parent) {
      if (folders.length <= 1) return statuses.filter((s) => !s.sample).map(sourceNode);
      return folders.filter((f) => statuses.some((s) => s.folder?.uri.toString() === f.uri.toString())).map((f) => ({ type: 'folder', key: `folder:${f.uri.toString()}`, folder: f.uri.toString() }));
    }
    if (parent.type === 'folder') return statuses.filter((s) => s.folder?.uri.toString() === parent.folder).map(sourceNode);
    return [];
  }

  getParent(node: SourcesNode): SourcesNode | undefined {
    if (node.type === 'folder' || (vscode.workspace.workspaceFolders?.length ?? 0) <= 1) return undefined;
    const folder = this.status(node.source)?.folder;
    return folder ? { type: 'folder', key: `folder:${folder.uri.toString()}`, folder: folder.uri.toString() } : undefined;
  }
}

export function registerSourcesView(context: vscode.ExtensionContext, index: WorkspaceIndex): { provider: SourcesProvider; treeView: vscode.TreeView<SourcesNode> } {
  const provider = new SourcesProvider(index);
  const treeView = vscode.window.createTreeView('whoSaidWhat.sources', { treeDataProvider: provider });
  context.subscriptions.push(treeView);
  const update = (): void => {
    const errors = index.sourceStatuses().filter((s) => s.state === 'error').length;
    treeView.badge = errors ? { value: errors, tooltip: `${errors} source${errors === 1 ? '' : 's'} could not be read` } : undefined;
    void vscode.commands.executeCommand('setContext', 'whoSaidWhat.hasSources', index.sourceStatuses().some((s) => !s.sample));
  };
  context.subscriptions.push(index.onDidChange(update));
  return { provider, treeView };
}
