import * as vscode from 'vscode';
import type { Actor, ActorKind, Position, Statement } from '../core';
import type { CorrectedView } from '../core/corrections';
import { escapeMarkdown } from '../core/markdown';
import type { WorkspaceIndex } from './workspaceIndex';

// The Actors view: actors grouped by kind (or flat), each with its positions and statements.

export type GroupKey = 'people' | 'organizations' | 'places' | 'groups';

const GROUPS: Array<{ key: GroupKey; label: string; kinds: ActorKind[]; icon: string }> = [
  { key: 'people', label: 'People', kinds: ['person'], icon: 'person' },
  { key: 'organizations', label: 'Organizations', kinds: ['organization'], icon: 'organization' },
  { key: 'places', label: 'Countries & places', kinds: ['country', 'place'], icon: 'globe' },
  { key: 'groups', label: 'Groups', kinds: ['group'], icon: 'account' },
];

const KIND_ICONS: Record<ActorKind, string> = { person: 'person', organization: 'organization', country: 'globe', place: 'location', group: 'account' };
const STANCE_ICONS: Record<string, string> = { for: 'thumbsup', against: 'thumbsdown', neutral: 'circle-outline' };

/** Tree elements carry the ids the commands take, so a context menu passes `{ statement }` or `{ actor }`. */
export type ActorsNode =
  | { type: 'group'; key: string; group: GroupKey }
  | { type: 'actor'; key: string; actor: string }
  | { type: 'position'; key: string; actor: string; position: string }
  | { type: 'statement'; key: string; actor: string; statement: string; parent: string };

export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function statementTooltip(index: WorkspaceIndex, statement: Statement): vscode.MarkdownString {
  const data = index.data;
  const source = data.source(statement.source);
  const speaker = statement.speaker ? data.actors.get(statement.speaker) : undefined;
  const lines = [
    `> ${escapeMarkdown(statement.text)}`,
    '',
    [speaker ? `**${escapeMarkdown(speaker.name)}**` : undefined, statement.cue ? `_${escapeMarkdown(statement.cue.text)}_` : undefined].filter(Boolean).join(' '),
    source ? `${escapeMarkdown(source.title || source.path)}${source.published ? ` · ${escapeMarkdown(source.published)}` : ''}` : '',
  ];
  const md = new vscode.MarkdownString(lines.join('\n\n'));
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export function statementItem(index: WorkspaceIndex, node: { key: string; statement: string }): vscode.TreeItem {
  const data = index.data;
  const statement = data.statements.get(node.statement);
  const item = new vscode.TreeItem(statement ? `“${shorten(statement.text)}”` : '(gone)', vscode.TreeItemCollapsibleState.None);
  item.id = node.key;
  if (!statement) return item;
  const source = data.source(statement.source);
  item.description = [statement.cue?.text, source?.title].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'statement';
  item.tooltip = statementTooltip(index, statement);
  item.command = { command: 'whoSaidWhat.openStatement', title: 'Open Statement', arguments: [{ statement: statement.id }] };
  return item;
}

export function stanceIcon(stance: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(STANCE_ICONS[stance] ?? 'circle-outline');
}

export class ActorsProvider implements vscode.TreeDataProvider<ActorsNode> {
  private readonly changeEmitter = new vscode.EventEmitter<ActorsNode | undefined | void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  grouped = true;
  sortByName = false;
  /** Lower-cased text that names or aliases must contain. */
  filter: string | undefined;
  private nodes = new Map<string, ActorsNode>();

  constructor(private readonly index: WorkspaceIndex) {
    index.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.nodes.clear();
    this.changeEmitter.fire();
  }

  private node<T extends ActorsNode>(node: T): T {
    const known = this.nodes.get(node.key);
    if (known) return known as T;
    this.nodes.set(node.key, node);
    return node;
  }

  private view(): CorrectedView {
    return this.index.data.view;
  }

  private countOf(actorId: string): number {
    return this.index.data.statementsBySpeaker.get(actorId)?.length ?? 0;
  }

  matches(actor: Actor): boolean {
    if (!this.filter) return true;
    const f = this.filter;
    return actor.name.toLowerCase().includes(f) || actor.aliases.some((a) => a.toLowerCase().includes(f));
  }

  private visible: { view: CorrectedView; filter: string | undefined; sortByName: boolean; actors: Actor[] } | undefined;

  /** The actors shown, filtered and sorted (computed once per change of data, filter or order). */
  visibleActors(): Actor[] {
    const view = this.view();
    if (this.visible?.view !== view || this.visible.filter !== this.filter || this.visible.sortByName !== this.sortByName) {
      const count = (id: string): number => this.countOf(id);
      const actors = view.actors.filter((a) => this.matches(a));
      actors.sort((a, b) => (this.sortByName ? a.name.localeCompare(b.name) : count(b.id) - count(a.id) || a.name.localeCompare(b.name)));
      this.visible = { view, filter: this.filter, sortByName: this.sortByName, actors };
    }
    return this.visible.actors;
  }

  actorNode(actorId: string): ActorsNode {
    return this.node({ type: 'actor', key: `actor:${actorId}`, actor: actorId });
  }

  private groupOf(actor: Actor): GroupKey {
    return GROUPS.find((g) => g.kinds.includes(actor.kind))?.key ?? 'groups';
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const group = GROUPS.find((g) => g.key === node.group);
        const count = this.visibleActors().filter((a) => this.groupOf(a) === node.group).length;
        const item = new vscode.TreeItem(group?.label ?? node.group, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.key;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon(group?.icon ?? 'folder');
        item.contextValue = 'group';
        return item;
      }
      case 'actor': {
        const tables = this.index.data;
        const actor = tables.actors.get(node.actor);
        const item = new vscode.TreeItem(actor?.name ?? '(gone)', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.key;
        if (!actor) return item;
        const count = this.countOf(actor.id);
        const affiliation = actor.affiliation ? tables.actors.get(actor.affiliation)?.name : undefined;
        item.description = [actor.role, affiliation, `${count} statement${count === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(KIND_ICONS[actor.kind] ?? 'person');
        item.contextValue = 'actor';
        const others = actor.aliases.filter((a) => a !== actor.name);
        const md = new vscode.MarkdownString(
          [
            `**${escapeMarkdown(actor.name)}** (${escapeMarkdown(actor.kind)})`,
            actor.role ? escapeMarkdown(actor.role) + (affiliation ? `, ${escapeMarkdown(affiliation)}` : '') : '',
            others.length ? `Also: ${others.slice(0, 8).map(escapeMarkdown).join(', ')}` : '',
            `${count} statement${count === 1 ? '' : 's'} in ${new Set(actor.mentions.map((m) => m.source)).size} source(s)`,
          ].filter(Boolean).join('\n\n'),
        );
        md.isTrusted = false;
        item.tooltip = md;
        if (count === 0 && !tables.positionsByActor.has(actor.id)) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
        return item;
      }
      case 'position': {
        const position = this.index.data.positions.get(node.position);
        const item = new vscode.TreeItem(position?.topic ?? '(gone)', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.key;
        if (!position) return item;
        // Under its actor the stance says it all; the summary (which names the actor) is in the tooltip.
        item.description = position.stance;
        item.iconPath = stanceIcon(position.stance);
        item.contextValue = 'position';
        item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(position.topic)}**: ${escapeMarkdown(position.stance)}\n\n${escapeMarkdown(position.summary)}`);
        if (!position.statements.length) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
        return item;
      }
      case 'statement':
        return statementItem(this.index, node);
    }
  }

  async getChildren(parent?: ActorsNode): Promise<ActorsNode[]> {
    if (!parent) await this.index.firstData();
    if (!parent) {
      const actors = this.visibleActors();
      if (!this.grouped) return actors.map((a) => this.actorNode(a.id));
      return GROUPS.filter((g) => actors.some((a) => this.groupOf(a) === g.key)).map((g) => this.node({ type: 'group', key: `group:${g.key}`, group: g.key }));
    }
    switch (parent.type) {
      case 'group':
        return this.visibleActors().filter((a) => this.groupOf(a) === parent.group).map((a) => this.actorNode(a.id));
      case 'actor': {
        const tables = this.index.data;
        const positions: Position[] = tables.positionsByActor.get(parent.actor) ?? [];
        const statements = tables.statementsBySpeaker.get(parent.actor) ?? [];
        return [
          ...positions.map((p) => this.node({ type: 'position', key: `${parent.key}/position:${p.id}`, actor: parent.actor, position: p.id })),
          ...statements.map((s) => this.node({ type: 'statement', key: `${parent.key}/statement:${s.id}`, actor: parent.actor, statement: s.id, parent: parent.key })),
        ];
      }
      case 'position': {
        const position = this.index.data.positions.get(parent.position);
        return (position?.statements ?? []).map((id) =>
          this.node({ type: 'statement', key: `${parent.key}/statement:${id}`, actor: parent.actor, statement: id, parent: parent.key }),
        );
      }
      default:
        return [];
    }
  }

  getParent(node: ActorsNode): ActorsNode | undefined {
    switch (node.type) {
      case 'group':
        return undefined;
      case 'actor': {
        if (!this.grouped) return undefined;
        const actor = this.index.data.actors.get(node.actor);
        if (!actor) return undefined;
        const group = this.groupOf(actor);
        return this.node({ type: 'group', key: `group:${group}`, group });
      }
      case 'position':
        return this.actorNode(node.actor);
      case 'statement':
        return this.nodes.get(node.parent) ?? this.actorNode(node.actor);
    }
  }
}

export interface ActorsView {
  provider: ActorsProvider;
  treeView: vscode.TreeView<ActorsNode>;
  /** Reveals an actor (an engine id or a shown id), clearing a filter that hides it. */
  reveal(actorId: string, options?: { expand?: boolean; focus?: boolean }): Promise<boolean>;
  setFilter(text: string | undefined): void;
}

async function setContext(key: string, value: unknown): Promise<void> {
  await vscode.commands.executeCommand('setContext', key, value);
}

export function registerActorsView(context: vscode.ExtensionContext, index: WorkspaceIndex): ActorsView {
  const provider = new ActorsProvider(index);
  provider.grouped = context.workspaceState.get('whoSaidWhat.actors.grouped', true);
  provider.sortByName = context.workspaceState.get('whoSaidWhat.actors.sortByName', false);
  const treeView = vscode.window.createTreeView('whoSaidWhat.actors', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(treeView);

  const updateMessage = (): void => {
    const parts: string[] = [];
    if (provider.filter) parts.push(`Filter: “${provider.filter}” (${provider.visibleActors().length} actors). Clear it with the ✕ in the title bar.`);
    if (index.showsSample) parts.push('Showing the sample article: this workspace has no sources yet.');
    if (index.correctionsError) parts.push('Corrections are ignored: the corrections file is not valid.');
    treeView.message = parts.length ? parts.join(' ') : undefined;
  };
  context.subscriptions.push(index.onDidChange(updateMessage));

  const apply = (): void => {
    void setContext('whoSaidWhat.actorsGrouped', provider.grouped);
    void setContext('whoSaidWhat.actorsSortByName', provider.sortByName);
    void setContext('whoSaidWhat.actorsFiltered', !!provider.filter);
    updateMessage();
    provider.refresh();
  };
  apply();

  const setFilter = (text: string | undefined): void => {
    const trimmed = text?.trim().toLowerCase();
    provider.filter = trimmed ? trimmed : undefined;
    apply();
  };

  const reveal = async (actorId: string, options: { expand?: boolean; focus?: boolean } = {}): Promise<boolean> => {
    await index.ready();
    const view = index.data.view;
    const shown = view.actorIds.has(actorId) ? view.actorIds.get(actorId) : actorId;
    const actor = shown ? index.data.actors.get(shown) : undefined;
    if (!actor) return false;
    if (!provider.matches(actor)) setFilter(undefined);
    await vscode.commands.executeCommand('whoSaidWhat.actors.focus');
    await treeView.reveal(provider.actorNode(actor.id), { select: true, focus: options.focus ?? true, expand: options.expand ?? true });
    return true;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('whoSaidWhat.groupByKind', () => {
      provider.grouped = true;
      void context.workspaceState.update('whoSaidWhat.actors.grouped', true);
      apply();
    }),
    vscode.commands.registerCommand('whoSaidWhat.showFlat', () => {
      provider.grouped = false;
      void context.workspaceState.update('whoSaidWhat.actors.grouped', false);
      apply();
    }),
    vscode.commands.registerCommand('whoSaidWhat.sortByName', () => {
      provider.sortByName = true;
      void context.workspaceState.update('whoSaidWhat.actors.sortByName', true);
      apply();
    }),
    vscode.commands.registerCommand('whoSaidWhat.sortByCount', () => {
      provider.sortByName = false;
      void context.workspaceState.update('whoSaidWhat.actors.sortByName', false);
      apply();
    }),
    vscode.commands.registerCommand('whoSaidWhat.filterActors', async (args?: { text?: string }) => {
      if (typeof args?.text === 'string') return setFilter(args.text);
      await index.ready();
      const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
      pick.title = 'Filter Actors';
      pick.placeholder = 'Type part of a name or alias, then Enter';
      pick.matchOnDescription = true;
      pick.value = provider.filter ?? '';
      const actorItems = index.data.view.actors
        .slice()
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((a) => ({ label: a.name, description: a.aliases.filter((x) => x !== a.name).join(', ') }));
      // The first row filters by the typed text itself, so a partial name keeps every actor it matches.
      const typed = (value: string): vscode.QuickPickItem => ({ label: `$(filter) Filter by “${value}”`, alwaysShow: true });
      const itemsFor = (value: string): vscode.QuickPickItem[] => (value.trim() ? [typed(value), ...actorItems] : actorItems);
      pick.items = itemsFor(pick.value);
      pick.onDidChangeValue((value) => {
        pick.items = itemsFor(value);
      });
      const chosen = await new Promise<string | undefined>((resolve) => {
        pick.onDidAccept(() => {
          const item = pick.selectedItems[0] ?? pick.activeItems[0];
          resolve(!item || item.label.startsWith('$(filter)') ? pick.value : item.label);
        });
        pick.onDidHide(() => resolve(undefined));
        pick.show();
      });
      pick.dispose();
      if (chosen !== undefined) setFilter(chosen);
    }),
    vscode.commands.registerCommand('whoSaidWhat.clearFilter', () => setFilter(undefined)),
    vscode.commands.registerCommand('whoSaidWhat.revealActor', async (args?: { actor?: string }) => {
      if (!args || typeof args.actor !== 'string') return false;
      return reveal(args.actor);
    }),
  );
  return { provider, treeView, reveal, setFilter };
}
