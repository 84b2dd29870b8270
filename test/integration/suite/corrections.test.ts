import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../../src/vscode/workspaceIndex';
import { draftFile, remove, sleep, untitledDraft, until, workspaceIndex, write } from '../helpers';

// The reader's corrections (.whosaidwhat/corrections.json) reach every feature, not only the
// sidebar: a renamed actor hovers and is checked under the new name, a hidden one has no card.
// The workspace shows the bundled sample, where the engine finds Dmitry Peskov's statement.

const NEW_NAME = 'Anton Vainovich';
const QUOTE = 'a matter of life and death';

/** The text of our hover cards at the first occurrence of `needle`. */
async function cardsAt(document: vscode.TextDocument, needle: string): Promise<string[]> {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 1));
  return (hovers ?? []).flatMap((hover) =>
    hover.contents.flatMap((content) => (content instanceof vscode.MarkdownString && content.value.includes('command:whoSaidWhat.') ? [content.value] : [])),
  );
}

/** Polls `read` until `check` holds on its value (about 20 s at most); returns the last value read. */
async function eventually<T>(what: string, read: () => Promise<T> | T, check: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let waited = 0; !check(value) && waited < 20_000; waited += 200) {
    await sleep(200);
    value = await read();
  }
  assert.ok(check(value), `still waiting: ${what}; last seen ${JSON.stringify(value)}`);
  return value;
}

function ourMessages(document: vscode.TextDocument): string[] {
  return vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Who Said What').map((d) => d.message);
}

/** The labels of the inlay hints in a document (the quote check names the source of an exact quote). */
async function hintLabels(document: vscode.TextDocument): Promise<string[]> {
  const range = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
  return (hints ?? []).map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
}

function peskovId(index: WorkspaceIndex): string {
  const statement = [...index.data.statements.values()].find((s) => s.text.includes(QUOTE));
  assert.ok(statement?.speaker, 'the engine finds Peskov’s statement in the sample, with its speaker');
  return statement.speaker;
}

describe('corrections reach the hover and the quote check', () => {
  let index: WorkspaceIndex;
  let peskov: string;
  let originalName: string;

  before(async () => {
    index = await workspaceIndex();
    peskov = peskovId(index);
    originalName = index.data.actors.get(peskov)?.name ?? '';
    assert.match(originalName, /Peskov/);
  });

  afterEach(async () => {
    await remove('.whosaidwhat');
    await until(index, 'the engine’s name back once the corrections are gone', () => index.data.actors.get(peskov)?.name === originalName);
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a rename in the corrections file: the hover card and the quote check use the new name', async () => {
    // The reader's own file, as they would write it by hand.
    await write('.whosaidwhat/corrections.json', JSON.stringify({ rename: { [originalName]: NEW_NAME } }, null, 2));
    await until(index, 'the rename in the published data', () => index.data.actors.get(peskov)?.name === NEW_NAME);

    const notes = await untitledDraft(`Notes: ${NEW_NAME} spoke, and so did Peskov.`);
    const byNewName = await eventually('a card under the new name', () => cardsAt(notes, NEW_NAME), (cards) => cards.length === 1);
    assert.ok(byNewName[0]!.includes(`**${NEW_NAME}**`), byNewName[0]);
    assert.ok(byNewName[0]!.includes(QUOTE), 'the card holds the renamed actor’s statement');
    // The engine's name stays an alias: hovering it shows the card under the name the reader chose.
    const byOldName = await cardsAt(notes, 'Peskov');
    assert.equal(byOldName.length, 1);
    assert.ok(byOldName[0]!.includes(`**${NEW_NAME}**`) && !byOldName[0]!.includes(`**${originalName}**`), byOldName[0]);
    // Go to Definition reads the same names: the new one leads to the statement in the sample.
    const at = notes.getText().indexOf(NEW_NAME) + 1;
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', notes.uri, notes.positionAt(at));
    const uris = (targets ?? []).map((t) => ('uri' in t ? t.uri : t.targetUri).toString());
    assert.ok(uris.includes(index.sampleUri.toString()), JSON.stringify(uris));

    const draft = await draftFile('corrections', `Sergey Lavrov called the issue “${QUOTE}” for Russia.\n`);
    const messages = await eventually('the wrong-speaker diagnostic', () => ourMessages(draft), (found) => found.some((m) => m.includes('attributes this to')));
    assert.ok(messages.some((m) => m === `The source attributes this to ${NEW_NAME}`), JSON.stringify(messages));

    const exact = await draftFile('corrections', `${NEW_NAME} called the issue “${QUOTE}” for Russia.\n`);
    const hints = await eventually('the source named after the exact quote', () => hintLabels(exact), (labels) => labels.length > 0);
    assert.ok(hints.some((label) => label.startsWith(`${NEW_NAME}, `)), JSON.stringify(hints));
    assert.deepEqual(ourMessages(exact), [], 'the quote under the new name is right');
  });

  it('Rename and Hide with arguments: the card follows the rename, and a hidden actor gets no hover at all', async () => {
    const renamed = await vscode.commands.executeCommand<boolean>('whoSaidWhat.renameActor', { actor: peskov, name: NEW_NAME });
    assert.equal(renamed, true);
    const notes = await untitledDraft(`Notes: ${NEW_NAME} spoke.`);
    // The command publishes the corrected data before it returns.
    const cards = await cardsAt(notes, NEW_NAME);
    assert.equal(cards.length, 1);
    assert.ok(cards[0]!.includes(`**${NEW_NAME}**`), cards[0]);

    const hidden = await vscode.commands.executeCommand<boolean>('whoSaidWhat.hideActor', { actor: peskov });
    assert.equal(hidden, true);
    assert.equal(index.data.actors.has(peskov), false, 'the hidden actor is not in the data');
    const quiet = await untitledDraft(`Notes: ${NEW_NAME} spoke, and Dmitry Peskov too; Peskov again.`);
    assert.deepEqual(await cardsAt(quiet, NEW_NAME), [], 'no card under the new name');
    assert.deepEqual(await cardsAt(quiet, 'Dmitry Peskov'), [], 'no card under the engine’s name');
    assert.deepEqual(await cardsAt(quiet, 'Peskov again'), [], 'no card under the surname');

    // The quote is still found in its source, but no longer under the hidden actor's name.
    const draft = await draftFile('corrections', `Sergey Lavrov called the issue “${QUOTE}” for Russia.\n`);
    const hints = await eventually('the source named after the quote', () => hintLabels(draft), (labels) => labels.length > 0);
    assert.ok(hints.every((label) => !label.includes(NEW_NAME) && !label.includes('Peskov')), JSON.stringify(hints));
    const messages = ourMessages(draft);
    assert.ok(messages.every((m) => !m.includes(NEW_NAME) && !m.includes('Peskov')), JSON.stringify(messages));
  });
});
