import * as vscode from 'vscode';
import type { Actor } from '../core';
import type { WorkspaceIndex } from './workspaceIndex';

/** The Actors view: every actor of the indexed sources. */
class ActorsProvider implements vscode.TreeDataProvider<Actor> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly index: WorkspaceIndex) {
    index.onDidChange(() => this.changeEmitter.fire());
  }

  getTreeItem(actor: Actor): vscode.TreeItem {
    const item = new vscode.TreeItem(actor.name, vscode.TreeItemCollapsibleState.None);
    item.id = actor.id;
    item.description = actor.role;
    return item;
  }

  async getChildren(parent?: Actor): Promise<Actor[]> {
    if (parent) return [];
    await this.index.ready();
    return [...this.index.corpus.actors].sort((a, b) => a.name.localeCompare(b.name));
  }
}

export function registerActorsView(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(vscode.window.createTreeView('whoSaidWhat.actors', { treeDataProvider: new ActorsProvider(index) }));
}
