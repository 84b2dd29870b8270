/* global document, getComputedStyle -- code in page.waitForFunction() runs in the browser */
// With `whoSaidWhat.highlightNames` on, known names in the visible part of a draft get a subtle
// dotted underline, and nothing else does; off again, the underline goes.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const title = 'hover: highlightNames underlines the known names in a draft';

/** The text of every dotted-underlined piece of the editor, joined with "|". */
function underlined(page) {
  return page.evaluate(() => {
    const pieces = [];
    for (const span of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line span span')) {
      const style = getComputedStyle(span);
      if (style.textDecorationLine.includes('underline') && style.textDecorationStyle === 'dotted') pieces.push(span.textContent.replace(/\u00a0/g, ' '));
    }
    return pieces.join('|');
  });
}

export async function run({ page, workspaceDir, step, screenshot, openFile }) {
  const settingsPath = join(workspaceDir, '.vscode', 'settings.json');
  const original = readFileSync(settingsPath, 'utf8');
  const settings = JSON.parse(original);
  try {
    await step('open the draft', () => openFile('draft.md'));
    assert.equal(await underlined(page), '', 'nothing is drawn before the setting is on');
    writeFileSync(settingsPath, JSON.stringify({ ...settings, 'whoSaidWhat.highlightNames': true }, null, 2));
    const text = await step('the known names get underlined', async () => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const found = await underlined(page);
        // A name that wraps is drawn in two pieces: "State |Department".
        if (/Stoltenberg/.test(found) && /Peskov/.test(found) && /State ?\|?Department/.test(found)) return found;
        if (Date.now() > deadline) throw new Error(`underlined so far: “${found}”`);
        await page.waitForTimeout(250);
      }
    });
    for (const name of ['NATO', 'Lavrov', 'Kremlin']) assert.match(text, new RegExp(name), name);
    for (const word of ['secretary', 'combat', 'Notes', 'story']) assert.doesNotMatch(text, new RegExp(word), `“${word}” is no name`);
    await page.mouse.move(700, 600);
    await screenshot('highlight-names');
  } finally {
    writeFileSync(settingsPath, original);
  }
  await step('off again, the underline goes', async () => {
    const deadline = Date.now() + 30_000;
    while ((await underlined(page)) !== '') {
      if (Date.now() > deadline) throw new Error('the names are still underlined');
      await page.waitForTimeout(250);
    }
  });
}
