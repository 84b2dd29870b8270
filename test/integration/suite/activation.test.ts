import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension } from '../helpers';

// Proves the harness: the extension under development is loaded by VS Code, activates, and
// registers what its manifest promises.
interface Manifest {
  contributes?: {
    commands?: { command: string }[];
    views?: Record<string, { id: string; name: string }[]>;
    viewsContainers?: { activitybar?: { id: string; title: string }[] };
  };
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** The labels of a tree's rows down to `depth` levels, as the view would ask for them. */
async function treeLabels(provider: vscode.TreeDataProvider<unknown>, depth: number, parent?: unknown): Promise<string[]> {
  const labels: string[] = [];
  for (const node of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(node);
    labels.push(labelOf(item));
    const collapsible = item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None;
    if (depth > 1 && collapsible) labels.push(...(await treeLabels(provider, depth - 1, node)));
  }
  return labels;
}

describe('activation', () => {
  it('loads the extension under development and activates it', async () => {
    const ext = extension();
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('shows the Who Said What container with an Actors view', async () => {
    const manifest = extension().packageJSON as Manifest;
    const container = manifest.contributes?.viewsContainers?.activitybar?.find((entry) => entry.id === 'whoSaidWhat');
    assert.equal(container?.title, 'Who Said What');
    const views = manifest.contributes?.views?.whoSaidWhat ?? [];
    assert.ok(views.some((view) => view.id === 'whoSaidWhat.actors' && view.name === 'Actors'), 'no Actors view in the container');
    // VS Code registers a focus command for every view it knows; running it opens the view.
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('whoSaidWhat.actors.focus'), 'VS Code does not know the Actors view');
    await vscode.commands.executeCommand('whoSaidWhat.actors.focus');
  });

  it('lists the sample article’s actors in the Actors view when the workspace has no sources', async () => {
    const api = (await extension().activate()) as { sidebar?: { actors?: { provider?: vscode.TreeDataProvider<unknown> } } } | undefined;
    const provider = api?.sidebar?.actors?.provider;
    assert.ok(provider, 'activate() returns no sidebar.actors.provider to read the Actors view from');
    // top-level rows are actors or groups of actors (People, Organizations…)
    const labels = await treeLabels(provider, 2);
    assert.ok(labels.includes('Jens Stoltenberg'), `the Actors view shows: ${labels.join(', ') || 'nothing'}`);
  });

  it('registers every command its manifest contributes', async () => {
    await extension().activate();
    const declared = (extension().packageJSON as Manifest).contributes?.commands?.map((entry) => entry.command) ?? [];
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});
