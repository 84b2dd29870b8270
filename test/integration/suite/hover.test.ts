import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../../src/vscode/workspaceIndex';
import { setting, untitledDraft as draft, workspace, workspaceIndex } from '../helpers';

// Hover cards, Go to Definition and their safety, in the real extension host. The workspace has
// no sources at first, so the index holds the bundled sample article.

const OUR_COMMANDS = ['whoSaidWhat.openStatement', 'whoSaidWhat.insertQuote', 'whoSaidWhat.copyCitation', 'whoSaidWhat.revealActor'];

async function sampleText(index: WorkspaceIndex): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(index.sampleUri));
}

/** Our hover cards at the first occurrence of `needle` (plus `shift` characters). */
async function cardsAt(document: vscode.TextDocument, needle: string, shift = 1): Promise<{ markdown: vscode.MarkdownString; range?: vscode.Range }[]> {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + shift));
  const ours: { markdown: vscode.MarkdownString; range?: vscode.Range }[] = [];
  for (const hover of hovers ?? []) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && content.value.includes('command:whoSaidWhat.')) ours.push({ markdown: content, range: hover.range });
    }
  }
  return ours;
}

/** The text a reader sees for escaped Markdown. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The words of each quote in a card. */
function quotes(markdown: string): string[] {
  return [...markdown.matchAll(/^> “(.*)”$/gm)].map((m) => unescape(m[1] as string).replace(/…$/, ''));
}

/** Each link in a card: its target command and decoded argument. */
function links(markdown: string): { command: string; args: Record<string, string> }[] {
  return [...markdown.matchAll(/(?<!\\)\[(?:[^\]\\]|\\.)*\]\(([^)\s]*)/g)].map((m) => {
    const target = m[1] as string;
    assert.match(target, /^command:[\w.]+\?/, `a link to something other than a command: ${target}`);
    const [command, query] = target.slice('command:'.length).split('?') as [string, string];
    return { command, args: JSON.parse(decodeURIComponent(query)) as Record<string, string> };
  });
}

describe('hover', () => {
  let index: WorkspaceIndex;
  let sample: string;

  before(async () => {
    index = await workspaceIndex();
    sample = await sampleText(index);
  });

  afterEach(async () => {
    // Drafts are untitled and changed: revert each one as it closes, so no save prompt waits.
    for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows sourced quotes for Stoltenberg, Lavrov, Peskov and the State Department, and a card for NATO', async () => {
    const document = await draft('Jens Stoltenberg said it. Lavrov replied, Peskov agreed; NATO and the State Department differ.');
    for (const name of ['Stoltenberg', 'Lavrov', 'Peskov', 'State Department']) {
      const cards = await cardsAt(document, name);
      assert.equal(cards.length, 1, `one card for ${name}`);
      const card = cards[0]!.markdown.value;
      const said = quotes(card);
      assert.ok(said.length > 0 || /paraphrase/.test(card), `${name}'s card has a quote:\n${card}`);
      for (const words of said) assert.ok(sample.includes(words.slice(0, 60)), `“${words}” is in the sample`);
      assert.ok(card.includes('¶'), 'a paragraph number');
    }
    const stoltenberg = (await cardsAt(document, 'Stoltenberg'))[0]!;
    assert.ok(stoltenberg.markdown.value.includes('**Jens Stoltenberg**'));
    assert.ok(stoltenberg.markdown.value.includes('$(person)'));
    assert.equal(document.getText(stoltenberg.range), 'Jens Stoltenberg');
    const nato = await cardsAt(document, 'NATO');
    assert.ok(nato[0]?.markdown.value.includes('**NATO**'), 'a card for NATO');
  });

  it('trusts only the extension’s own commands and no HTML', async () => {
    const document = await draft('Stoltenberg');
    const [card] = await cardsAt(document, 'Stoltenberg');
    assert.ok(card);
    assert.deepEqual(card.markdown.isTrusted, { enabledCommands: OUR_COMMANDS });
    assert.ok(!card.markdown.supportHtml);
    for (const link of links(card.markdown.value)) assert.ok(OUR_COMMANDS.includes(link.command), link.command);
  });

  it('matches possessive and line-wrapped names', async () => {
    const document = await draft('Stoltenberg’s plan and NATO\'s answer.\nThen Dmitry\nPeskov spoke.');
    const possessive = await cardsAt(document, 'Stoltenberg’s', 3);
    assert.equal(possessive.length, 1);
    assert.equal(document.getText(possessive[0]!.range), 'Stoltenberg');
    assert.equal((await cardsAt(document, "NATO's")).length, 1);
    const wrapped = await cardsAt(document, 'Peskov', 2);
    assert.equal(wrapped.length, 1);
    assert.equal(document.getText(wrapped[0]!.range), 'Dmitry\nPeskov');
    assert.ok(wrapped[0]!.markdown.value.includes('**Dmitry Peskov**'));
  });

  it('works in documents of any scheme: a file and a virtual document', async () => {
    const file = vscode.Uri.joinPath(workspace(), 'hover-notes.txt');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Notes: Peskov said it.'));
    const registration = vscode.workspace.registerTextDocumentContentProvider('wsw-hover-test', {
      provideTextDocumentContent: () => 'A virtual page where Lavrov speaks.',
    });
    try {
      const onDisk = await vscode.workspace.openTextDocument(file);
      assert.equal((await cardsAt(onDisk, 'Peskov')).length, 1, 'a file');
      const virtual = await vscode.workspace.openTextDocument(vscode.Uri.parse('wsw-hover-test:/page.txt'));
      assert.equal((await cardsAt(virtual, 'Lavrov')).length, 1, 'a virtual document');
    } finally {
      registration.dispose();
      await vscode.workspace.fs.delete(file);
    }
  });

  it('stays quiet on common words and unknown names', async () => {
    const document = await draft('Let us meet the bloc and the alliance. Mr Nobody Atall said so.');
    for (const word of ['us', 'bloc', 'alliance', 'Nobody']) assert.equal((await cardsAt(document, word)).length, 0, word);
  });

  it('is switched off by the setting, per language, and in sources unless asked', async () => {
    const document = await draft('Lavrov said');
    try {
      await setting('hover.enabled', false);
      assert.equal((await cardsAt(document, 'Lavrov')).length, 0, 'off everywhere');
      await setting('hover.enabled', undefined);
      await setting('hover.enabled', false, 'markdown');
      assert.equal((await cardsAt(document, 'Lavrov')).length, 0, 'off for markdown');
      const plain = await draft('Lavrov said', 'plaintext');
      assert.equal((await cardsAt(plain, 'Lavrov')).length, 1, 'still on for plain text');
      await setting('hover.enabled', undefined, 'markdown');
      await setting('hover.excludeLanguages', ['plaintext']);
      assert.equal((await cardsAt(plain, 'Lavrov')).length, 0, 'plain text excluded');
      assert.equal((await cardsAt(document, 'Lavrov')).length, 1, 'markdown still on');
    } finally {
      await setting('hover.enabled', undefined);
      await setting('hover.enabled', undefined, 'markdown');
      await setting('hover.excludeLanguages', undefined);
    }
    const source = await vscode.workspace.openTextDocument(index.sampleUri);
    assert.equal((await cardsAt(source, 'Stoltenberg')).length, 0, 'no hovers in a source by default');
    try {
      await setting('hover.inSources', true);
      assert.equal((await cardsAt(source, 'Stoltenberg')).length, 1, 'hovers in sources when asked');
    } finally {
      await setting('hover.inSources', undefined);
    }
  });

  it('limits the quotes to whoSaidWhat.hover.maxQuotes and links the rest', async () => {
    const document = await draft('Stoltenberg');
    try {
      await setting('hover.maxQuotes', 1);
      const card = (await cardsAt(document, 'Stoltenberg'))[0]!.markdown.value;
      assert.equal(links(card).filter((l) => l.command === 'whoSaidWhat.openStatement').length, 1);
      assert.match(card, /\[\+\d+ more\]\(command:whoSaidWhat\.revealActor\?/);
    } finally {
      await setting('hover.maxQuotes', undefined);
    }
  });

  it('goes to the actor’s first statement in its source (F12)', async () => {
    const document = await draft('Peskov said');
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, new vscode.Position(0, 2));
    const location = locations?.find((l): l is vscode.Location => l instanceof vscode.Location && l.uri.toString() === index.sampleUri.toString());
    assert.ok(location, 'a location in the sample');
    const source = await vscode.workspace.openTextDocument(location.uri);
    assert.ok(sample.includes(source.getText(location.range)) && !location.range.isEmpty);
    assert.match(source.getText(location.range), /life and death|Peskov/);
  });

  it('runs its links: Open in Source selects the quote, Insert Quote edits the draft and one undo reverts it', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of OUR_COMMANDS) assert.ok(registered.has(command), `${command} is registered`);
    const text = 'Draft: Peskov said it.\n';
    const document = await draft(text);
    const card = (await cardsAt(document, 'Peskov'))[0]!.markdown.value;
    const all = links(card);
    const open = all.find((l) => l.command === 'whoSaidWhat.openStatement');
    const insert = all.find((l) => l.command === 'whoSaidWhat.insertQuote');
    assert.ok(open && insert);
    assert.equal(insert.args.uri, document.uri.toString());
    assert.equal(insert.args.statement, open.args.statement);

    await vscode.commands.executeCommand(open.command, open.args);
    const sourceEditor = vscode.window.activeTextEditor;
    assert.ok(sourceEditor, 'the source is open');
    assert.equal(sourceEditor.document.uri.toString(), index.sampleUri.toString());
    const selected = sourceEditor.document.getText(sourceEditor.selection);
    assert.ok(selected.length > 0 && sample.includes(selected), `selected “${selected}”`);
    const statement = index.data.statements.get(open.args.statement!);
    assert.ok(statement && statement.text.includes(selected.slice(0, 20)));

    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(document.lineAt(0).range.end, document.lineAt(0).range.end);
    await vscode.commands.executeCommand(insert.command, insert.args);
    assert.notEqual(document.getText(), text, 'the quote went into the draft');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), text, 'one undo reverts the insertion');
  });

  it('keeps a hostile source article inert: nothing clickable or loadable, the card bounded', async () => {
    const sources = vscode.Uri.joinPath(workspace(), 'sources');
    const hostile = [
      '[run me](command:workbench.action.terminal.new)',
      '[also](command:whoSaidWhat.revealActor?%7B%22actor%22%3A%22x%22%7D)',
      '![pixel](https://evil.example/track.png)',
      '<img src="https://evil.example/x.png" onerror="alert(1)">',
      '<a href="command:workbench.action.terminal.new">click</a>',
      '<script>alert(1)</script> `code` $(zap) www.evil.example https://evil.example/page',
      'long words '.repeat(4_600),
    ].join(' ');
    const article = `A hostile article\n\nZorblat Quimby, the mayor of Evilton, told reporters on Monday: “${hostile}”\n\n“We will not back down,” Quimby said.\n`;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sources, 'hostile.txt'), new TextEncoder().encode(article));
    try {
      await index.refresh();
      await index.whenIdle();
      const document = await draft('Quimby and Zorblat Quimby');
      const cards = await cardsAt(document, 'Quimby');
      assert.equal(cards.length, 1, 'the hostile source’s speaker has a card');
      const { markdown } = cards[0]!;
      const value = markdown.value;
      assert.deepEqual(markdown.isTrusted, { enabledCommands: OUR_COMMANDS });
      assert.ok(!markdown.supportHtml);
      const found = links(value);
      assert.ok(found.length >= 3);
      for (const link of found) {
        assert.ok(OUR_COMMANDS.includes(link.command), `only our commands: ${link.command}`);
        assert.ok(!('actor' in link.args) || link.args.actor !== 'x', 'no argument from the content');
      }
      assert.ok(!value.includes('<'), 'no raw HTML');
      assert.ok(!/(?<!\\)!\[/.test(value), 'no image');
      assert.ok(!/https?:\/\//.test(value) && !value.includes('www.evil'), 'no address that could autolink');
      assert.ok(!/(?<!\\)`/.test(value), 'no code span');
      assert.ok(!value.includes('$(zap)'), 'no icon from the content');
      assert.ok(value.length < 4_000, `the card is bounded (${value.length} characters)`);
      assert.ok(unescape(value).includes('[run me](command:workbench.action.terminal.new)'), 'the text shows, as text');
    } finally {
      await vscode.workspace.fs.delete(sources, { recursive: true });
      await index.refresh();
      await index.whenIdle();
    }
    const back = await draft('Stoltenberg');
    assert.equal((await cardsAt(back, 'Stoltenberg')).length, 1, 'the sample is back');
  });
});
