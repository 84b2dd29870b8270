import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/markdown';
import { shorten, stanceIcon, statementItem } from './actorsView';
import type { WorkspaceIndex } from './workspaceIndex';

// The Positions view: topic -> the actors who take a stance on it -> the statements behind it.

export type PositionsNode =
  | { type: 'topic'; key: string; topic: string }
  | { type: 'stance'; key: string; topic: string; actor: string; position: string }
  | { type: 'statement'; key: string; actor: string; statement: string; parent: string };

export class PositionsProvider implements vscode.TreeDataProvider<PositionsNode> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private nodes = new Map<string, PositionsNode>();

  constructor(private readonly index: WorkspaceIndex) {
    index.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.nodes.clear();
    this.changeEmitter.fire();
  }

  private node<T extends PositionsNode>(node: T): T {
    const known = this.nodes.get(node.key);
    if (known) return known as T;
    this.nodes.set(node.key, node);
    return node;
  }

  getTreeItem(node: PositionsNode): vscode.TreeItem {
    const tables = this.index.data;
    if (node.type === 'topic') {
      const positions = tables.positionsByTopic.get(node.topic) ?? [];
      const item = new vscode.TreeItem(node.topic, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.key;
      const stances = ['for', 'against', 'neutral'].map((s) => [s, positions.filter((p) => p.stance === s).length] as const).filter(([, n]) => n > 0);
      item.description = stances.map(([s, n]) => `${n} ${s}`).join(' · ');
      item.iconPath = new vscode.ThemeIcon('comment-discussion');
      item.contextValue = 'topic';
      return item;
    }
    if (node.type === 'stance') {
      const position = tables.positions.get(node.position);
      const actor = tables.actors.get(node.actor);
      const item = new vscode.TreeItem(actor?.name ?? '(gone)', position?.statements.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = node.key;
      if (!position) return item;
      item.description = `${position.stance}${position.summary ? ` · ${shorten(position.summary, 60)}` : ''}`;
      item.iconPath = stanceIcon(position.stance);
      item.contextValue = 'actorPosition';
      const md = new vscode.MarkdownString(`**${escapeMarkdown(actor?.name ?? '')}** on ${escapeMarkdown(position.topic)}: ${escapeMarkdown(position.stance)}\n\n${escapeMarkdown(position.summary)}`);
      md.isTrusted = false;
      item.tooltip = md;
      return item;
    }
    return statementItem(this.index, node);
  }

  async getChildren(parent?: PositionsNode): Promise<PositionsNode[]> {
    if (!parent) await this.index.firstData();
    const tables = this.index.data;
    if (!parent) {
      const actorsOn = (positions: { actor: string }[]): number => new Set(positions.map((p) => p.actor)).size;
      return [...tables.positionsByTopic.entries()]
        .map(([topic, positions]) => [topic, actorsOn(positions)] as const)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([topic]) => this.node({ type: 'topic', key: `topic:${topic}`, topic }));
    }
    if (parent.type === 'topic') {
      return (tables.positionsByTopic.get(parent.topic) ?? [])
        .map((p) => this.node({ type: 'stance', key: `${parent.key}/position:${p.id}`, topic: p.topic, actor: p.actor, position: p.id }));
    }
    if (parent.type === 'stance') {
      const position = tables.positions.get(parent.position);
      return (position?.statements ?? []).map((id) => this.node({ type: 'statement', key: `${parent.key}/statement:${id}`, actor: parent.actor, statement: id, parent: parent.key }));
    }
    return [];
  }

  getParent(node: PositionsNode): PositionsNode | undefined {
    if (node.type === 'topic') return undefined;
    if (node.type === 'stance') return this.node({ type: 'topic', key: `topic:${node.topic}`, topic: node.topic });
    return this.nodes.get(node.parent);
  }
}

export function registerPositionsView(context: vscode.ExtensionContext, index: WorkspaceIndex): { provider: PositionsProvider; treeView: vscode.TreeView<PositionsNode> } {
  const provider = new PositionsProvider(index);
  const treeView = vscode.window.createTreeView('whoSaidWhat.positions', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(treeView);
  return { provider, treeView };
}
