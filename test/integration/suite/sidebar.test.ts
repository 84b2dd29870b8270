import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, remove, until as untilIdle, workspace, write, type Api } from '../helpers';

// The sidebar in a real VS Code: the sample's tree, opening a statement, sources that come and go,
// corrections, unreadable sources and the filter. Every test leaves the workspace as it found it.

interface Row {
  node: unknown;
  item: vscode.TreeItem;
  label: string;
  children?: Row[];
}

async function api(): Promise<Api> {
  const exported = await activate();
  await exported.index.ready();
  return exported;
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** The rows of a tree, `depth` levels down. */
async function rows<T>(provider: vscode.TreeDataProvider<T>, depth: number, parent?: T): Promise<Row[]> {
  const out: Row[] = [];
  for (const node of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(node);
    const row: Row = { node, item, label: labelOf(item) };
    if (depth > 1) row.children = await rows(provider, depth - 1, node);
    out.push(row);
  }
  return out;
}

function flatten(list: Row[]): Row[] {
  return list.flatMap((r) => [r, ...flatten(r.children ?? [])]);
}

/** Waits for the index to settle and `check` to hold; fails with `what` after 30 s. */
function until(a: Api, what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  return untilIdle(a.index, what, check);
}

async function actorRows(a: Api): Promise<Row[]> {
  return flatten(await rows(a.sidebar.actors.provider, 2)).filter((r) => r.item.contextValue === 'actor');
}

async function sourceRows(a: Api): Promise<Row[]> {
  return flatten(await rows(a.sidebar.sources.provider, 2)).filter((r) => r.item.contextValue?.startsWith('source'));
}

const ARTICLE_ONE = [
  'Harbour plan splits the council',
  '',
  '“We will build the new bridge before the winter,” Mayor Annika Berglund told reporters on Tuesday.',
  '',
  'Annika Berglund said the city had already set aside the money for the work.',
  '',
].join('\n');

const ARTICLE_TWO = [
  'Harbour plan splits the council',
  '',
  '“The bridge is a waste of money,” said Councillor Tobias Lindqvist on Wednesday.',
  '',
  'Tobias Lindqvist said the council would vote against the plan next month.',
  '',
].join('\n');

describe('sidebar', function () {
  this.timeout(90_000);

  after(async () => {
    await remove('sources');
    await remove('notes');
    await remove('.whosaidwhat');
    const config = vscode.workspace.getConfiguration('whoSaidWhat');
    for (const key of ['maxSourceSizeMB', 'sources', 'excludedSources']) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    const a = await api();
    a.sidebar.actors.setFilter(undefined);
    await a.index.whenIdle();
  });

  it('shows the sample article while the workspace has no sources: Jens Stoltenberg with his statements and positions', async () => {
    const a = await api();
    assert.ok(a.index.showsSample, 'the sample is not indexed');
    const actors = await actorRows(a);
    const stoltenberg = actors.find((r) => r.label === 'Jens Stoltenberg');
    assert.ok(stoltenberg, `no Jens Stoltenberg among ${actors.map((r) => r.label).join(', ')}`);
    assert.equal(stoltenberg.item.iconPath instanceof vscode.ThemeIcon && stoltenberg.item.iconPath.id, 'person');
    const children = await rows(a.sidebar.actors.provider, 1, stoltenberg.node);
    const statements = children.filter((r) => r.item.contextValue === 'statement');
    const positions = children.filter((r) => r.item.contextValue === 'position');
    assert.ok(statements.length > 0, 'Stoltenberg has no statements');
    const actorId = (stoltenberg.node as { actor: string }).actor;
    assert.equal(positions.length, a.index.data.view.positions.filter((p) => p.actor === actorId).length);
    // Positions come before statements.
    assert.deepEqual(children.map((r) => r.item.contextValue), [...positions.map(() => 'position'), ...statements.map(() => 'statement')]);
    const sample = a.index.data.source(a.index.sampleUri.toString());
    assert.ok(sample);
    for (const row of statements) {
      const statement = a.index.data.statements.get((row.node as { statement: string }).statement);
      assert.ok(statement && sample.text.includes(statement.content.map((s) => sample.text.slice(s.start, s.end))[0] as string));
      assert.ok(statement.text.length > 0);
      assert.equal(row.item.command?.command, 'whoSaidWhat.openStatement');
    }
    assert.match(String(stoltenberg.item.description), /\d+ statements?/);
  });

  it('opens a statement with its exact words selected', async () => {
    const a = await api();
    const statement = a.index.data.view.statements.find((s) => s.speaker && s.content.length === 1 && s.source === a.index.sampleUri.toString());
    assert.ok(statement, 'the sample has no single-span statement');
    const editor = (await vscode.commands.executeCommand('whoSaidWhat.openStatement', { statement: statement.id })) as vscode.TextEditor | undefined;
    assert.ok(editor);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(editor.document.getText(editor.selection), statement.text);
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection.start)), 'the selection is not revealed');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reveals an actor in the tree by id', async () => {
    const a = await api();
    const actor = a.index.data.view.actors.find((x) => x.name === 'Jens Stoltenberg') ?? a.index.data.view.actors[0];
    assert.ok(actor);
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.revealActor', { actor: actor.id }), true);
    const selected = a.sidebar.actors.treeView.selection[0] as { actor?: string } | undefined;
    assert.equal(selected?.actor, actor.id);
  });

  it('filters actors by name or alias and clears the filter', async () => {
    const a = await api();
    const all = (await actorRows(a)).length;
    await vscode.commands.executeCommand('whoSaidWhat.filterActors', { text: 'stoltenb' });
    const filtered = await actorRows(a);
    assert.ok(filtered.length >= 1 && filtered.length < all, `filter kept ${filtered.length} of ${all}`);
    assert.ok(filtered.every((r) => /stoltenb/i.test(r.label) || a.index.data.view.actors.find((x) => x.id === (r.node as { actor: string }).actor)?.aliases.some((al) => /stoltenb/i.test(al))));
    assert.match(a.sidebar.actors.treeView.message ?? '', /stoltenb/);
    await vscode.commands.executeCommand('whoSaidWhat.clearFilter');
    assert.equal((await actorRows(a)).length, all);
    assert.doesNotMatch(a.sidebar.actors.treeView.message ?? '', /Filter/);
  });

  it('adding, changing and deleting a source file updates the Actors, Positions and Sources views', async () => {
    const a = await api();
    const topics = async (): Promise<string[]> => (await rows(a.sidebar.positions.provider, 1)).map((r) => r.label).sort();
    const expectedTopics = (): string[] => [...new Set(a.index.data.view.positions.map((p) => p.topic))].sort();

    await write('sources/harbour.txt', ARTICLE_ONE);
    await until(a, 'the new source in the Sources view', async () => (await sourceRows(a)).some((r) => r.label === 'Harbour plan splits the council'));
    assert.equal(a.index.showsSample, false, 'the sample still shows beside a real source');
    const sources = await sourceRows(a);
    assert.equal(sources.length, 1);
    assert.match(String(sources[0]?.item.description), /\d+ actors? · \d+ statements?/);
    await until(a, 'Annika Berglund in the Actors view', async () => (await actorRows(a)).some((r) => /Berglund/.test(r.label)));
    assert.ok(!(await actorRows(a)).some((r) => r.label === 'Jens Stoltenberg'), 'the sample actors are still listed');
    assert.deepEqual(await topics(), expectedTopics());

    await write('sources/harbour.txt', ARTICLE_TWO);
    await until(a, 'Tobias Lindqvist replacing Annika Berglund', async () => {
      const names = (await actorRows(a)).map((r) => r.label);
      return names.some((n) => /Lindqvist/.test(n)) && !names.some((n) => /Berglund/.test(n));
    });
    assert.deepEqual(await topics(), expectedTopics());

    await remove('sources/harbour.txt');
    await until(a, 'the source gone and the sample back', async () => (await sourceRows(a)).length === 0 && a.index.showsSample);
    assert.ok(!(await actorRows(a)).some((r) => /Lindqvist/.test(r.label)));
    assert.deepEqual(await topics(), expectedTopics());
  });

  it('lists a binary file and a file over the size limit as errors, and indexes the rest', async () => {
    const a = await api();
    await vscode.workspace.getConfiguration('whoSaidWhat').update('maxSourceSizeMB', 0.002, vscode.ConfigurationTarget.Workspace);
    await write('sources/photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await write('sources/long.txt', `${ARTICLE_ONE}\n${'The council met again. '.repeat(200)}`);
    await write('sources/harbour.txt', ARTICLE_TWO);
    await until(a, 'three sources, two of them errors', async () => {
      const list = await sourceRows(a);
      return list.length === 3 && list.filter((r) => r.item.contextValue === 'source.error').length === 2;
    });
    const list = await sourceRows(a);
    const photo = list.find((r) => r.label === 'photo.txt');
    const long = list.find((r) => r.label === 'long.txt');
    assert.match(String(photo?.item.description), /binary/);
    assert.match(String(long?.item.description), /too large/);
    for (const row of [photo, long]) assert.equal(row?.item.iconPath instanceof vscode.ThemeIcon && row.item.iconPath.id, 'warning');
    assert.ok(list.some((r) => r.label === 'Harbour plan splits the council' && r.item.contextValue === 'source'));
    await vscode.workspace.getConfiguration('whoSaidWhat').update('maxSourceSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    await until(a, 'the long file indexed once the limit is back to 5 MB', async () => (await sourceRows(a)).filter((r) => r.item.contextValue === 'source.error').length === 1);
    await remove('sources');
    await until(a, 'the sample back', () => a.index.showsSample);
  });

  it('saves a correction to .whosaidwhat/corrections.json and applies it', async () => {
    const a = await api();
    const actor = a.index.data.view.actors.find((x) => x.name === 'Jens Stoltenberg') ?? a.index.data.view.actors[0];
    assert.ok(actor);
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.renameActor', { actor: actor.id, name: 'The Secretary General' }), true);
    await until(a, 'the renamed actor in the tree', async () => (await actorRows(a)).some((r) => r.label === 'The Secretary General'));
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspace(), '.whosaidwhat', 'corrections.json')))) as { rename: Record<string, string> };
    assert.equal(saved.rename[actor.name], 'The Secretary General');
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.hideActor', { actor: actor.id }), true);
    await until(a, 'the hidden actor gone', async () => !(await actorRows(a)).some((r) => r.label === 'The Secretary General'));
    await remove('.whosaidwhat');
    await until(a, 'the actor back once the corrections are gone', async () => (await actorRows(a)).some((r) => r.label === actor.name));
  });

  it('a malformed corrections file leaves the views working and the file byte for byte unchanged', async () => {
    const a = await api();
    const broken = new TextEncoder().encode('{\n  "rename": { "Jens Stoltenberg": "Jens" ,\n  // not JSON\n');
    const uri = await write('.whosaidwhat/corrections.json', broken);
    await until(a, 'the corrections error noticed', () => a.index.correctionsError !== undefined);
    assert.match(a.index.correctionsError ?? '', /corrections\.json/);
    const actors = await actorRows(a);
    assert.ok(actors.some((r) => r.label === 'Jens Stoltenberg'), 'the views stopped working');
    const actor = a.index.data.view.actors.find((x) => x.name === 'Jens Stoltenberg');
    assert.ok(actor);
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.hideActor', { actor: actor.id }), false);
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.renameActor', { actor: actor.id, name: 'X' }), false);
    assert.deepEqual([...(await vscode.workspace.fs.readFile(uri))], [...broken], "the corrections file was changed");
    assert.ok((await actorRows(a)).some((r) => r.label === 'Jens Stoltenberg'));
    await remove('.whosaidwhat');
    await until(a, 'the error cleared', () => a.index.correctionsError === undefined);
  });

  it('pastes an article as a new source file, never overwriting one', async () => {
    const a = await api();
    const first = (await vscode.commands.executeCommand('whoSaidWhat.pasteArticle', { text: ARTICLE_ONE })) as vscode.Uri;
    const second = (await vscode.commands.executeCommand('whoSaidWhat.pasteArticle', { text: ARTICLE_TWO })) as vscode.Uri;
    assert.ok(first && second);
    assert.notEqual(first.toString(), second.toString());
    assert.match(first.path, /\/sources\/harbour-plan-splits-the-council\.txt$/);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), ARTICLE_ONE);
    await until(a, 'both pasted articles indexed', async () => (await sourceRows(a)).length === 2);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove('sources');
    await until(a, 'the sample back', () => a.index.showsSample);
  });

  it('reveals the actor named under the cursor with Show in Who Said What', async () => {
    const a = await api();
    await vscode.commands.executeCommand('whoSaidWhat.openSample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the sample did not open');
    const at = editor.document.getText().indexOf('Stoltenberg');
    assert.ok(at >= 0);
    const position = editor.document.positionAt(at + 3);
    editor.selection = new vscode.Selection(position, position);
    assert.equal(await vscode.commands.executeCommand('whoSaidWhat.showInSidebar'), true);
    const selected = a.sidebar.actors.treeView.selection[0] as { actor?: string } | undefined;
    assert.equal(selected && a.index.data.actors.get(selected.actor ?? '')?.name, 'Jens Stoltenberg');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a statement of an HTML source in its extracted text, read-only, with the words selected', async () => {
    const a = await api();
    const html = [
      '<!doctype html><html><head><title>Harbour plan splits the council</title></head><body>',
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
      '<article><h1>Harbour plan splits the council</h1>',
      '<p>“We will build the new bridge before the winter,” Mayor Annika Berglund told reporters on Tuesday.</p>',
      '<p>Annika Berglund said the city had already set aside the money for the work.</p>',
      '</article></body></html>',
    ].join('\n');
    const uri = await write('sources/harbour.html', html);
    await until(a, 'a statement from the HTML source', () => a.index.data.view.statements.some((s) => s.source === uri.toString()));
    const statement = a.index.data.view.statements.find((s) => s.source === uri.toString() && s.content.length === 1);
    assert.ok(statement);
    const editor = (await vscode.commands.executeCommand('whoSaidWhat.openStatement', { statement: statement.id })) as vscode.TextEditor;
    assert.equal(editor.document.uri.scheme, 'whosaidwhat-source');
    assert.equal(editor.document.getText(editor.selection), statement.text);
    assert.doesNotMatch(editor.document.getText(), /<p>|<article>/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove('sources');
    await until(a, 'the sample back', () => a.index.showsSample);
  });

  it('Add to Sources and Remove from Sources make any workspace file a source and stop it being one', async () => {
    const a = await api();
    const uri = await write('notes/interview.txt', ARTICLE_TWO);
    await a.index.whenIdle();
    assert.equal(a.index.sourceStatus(uri.toString()), undefined, 'a file outside the source folders is a source');
    await vscode.commands.executeCommand('whoSaidWhat.addToSources', uri);
    await until(a, 'the added file indexed', () => a.index.sourceStatus(uri.toString())?.state === 'indexed');
    assert.ok((vscode.workspace.getConfiguration('whoSaidWhat').get<string[]>('sources') ?? []).includes('notes/interview.txt'));
    await vscode.commands.executeCommand('whoSaidWhat.removeFromSources', uri);
    await until(a, 'the removed file gone and the sample back', () => a.index.sourceStatus(uri.toString()) === undefined && a.index.showsSample);
    const bytes = await vscode.workspace.fs.readFile(uri);
    assert.equal(new TextDecoder().decode(bytes), ARTICLE_TWO, 'the file itself was touched');
  });
});
