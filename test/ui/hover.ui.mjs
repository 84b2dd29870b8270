// What a writer sees: resting the mouse on a name in a draft opens the real hover card, with the
// actor, a quote taken word for word from the source, and only the extension's own links.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const title = 'hover: resting on “Stoltenberg” in a draft shows his sourced quotes';

const SAMPLE = fileURLToPath(new URL('../../media/sample/nato-stoltenberg-combat-troops.txt', import.meta.url));

export async function run({ page, step, screenshot, openFile, hoverOverText, waitForHover }) {
  const sample = readFileSync(SAMPLE, 'utf8');
  await step('open the draft', () => openFile('draft.md'));
  const text = await step('rest the mouse on Stoltenberg until the card shows', async () => {
    // The index may still be filling when the editor opens: move away and back until a card shows.
    for (let attempt = 0; ; attempt++) {
      await hoverOverText('Stoltenberg');
      try {
        return await waitForHover({ containing: 'Open in Source', timeout: 10_000 });
      } catch (error) {
        if (attempt >= 5) throw error;
        await page.mouse.move(5, 5);
      }
    }
  });
  assert.match(text, /Jens Stoltenberg/);
  assert.match(text, /Secretary General/);
  const quoted = [...text.matchAll(/“([^”]{12,})”/g)].map((m) => m[1].replace(/…$/, '').slice(0, 60));
  assert.ok(quoted.length > 0, `the card quotes something:\n${text}`);
  for (const words of quoted) assert.ok(sample.includes(words), `“${words}” is word for word in the source`);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  const targets = await hover.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''));
  assert.ok(targets.length > 0, 'the card has links');
  for (const target of targets) assert.match(target, /^command:whoSaidWhat\.(openStatement|insertQuote|copyCitation|revealActor)\?/, target);
  assert.equal(await hover.locator('img').count(), 0, 'no images in the card');
  await screenshot('hover');
}
