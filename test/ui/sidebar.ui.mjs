// The sidebar as a reader sees it: Jens Stoltenberg expanded, his positions and quotes below him.
import * as assert from 'node:assert/strict';

export const title = 'sidebar: expanding Jens Stoltenberg shows his statements';

export async function run({ page, step, screenshot, openContainer, waitForTreeRow, expandTreeRow, treeRows }) {
  await step('open the container', () => openContainer('Who Said What'));
  await step('widen the sidebar and fold the Sources view, for a readable picture', async () => {
    const drag = async (x, y, dx, dy) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + dy, { steps: 8 });
      await page.mouse.up();
    };
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) await drag(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2, 300, 0);
    const sources = page.locator('.pane-header', { hasText: 'Sources' }).first();
    if ((await sources.getAttribute('aria-expanded')) === 'true') await sources.click();
    const positions = await page.locator('.pane-header', { hasText: 'Positions' }).first().boundingBox();
    if (positions) await drag(positions.x + 60, positions.y - 1, 0, 220);
  });
  const row = await step('find Jens Stoltenberg in the Actors view', () => waitForTreeRow('Jens Stoltenberg', { view: 'Actors' }));
  await step('expand him', () => expandTreeRow(row));
  await step('his statements show as quotes', async () => {
    await treeRows('Actors').filter({ hasText: '“' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const texts = await treeRows('Actors').allTextContents();
    assert.ok(texts.some((t) => t.includes('“')), `no quote under Jens Stoltenberg: ${texts.join(' | ')}`);
  });
  await page.mouse.move(900, 650); // no tooltip in the picture
  await screenshot('sidebar');
}
