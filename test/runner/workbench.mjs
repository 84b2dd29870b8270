/* global document, NodeFilter -- code in page.evaluate() and waitForFunction() runs in the browser */
// Helpers that drive the real VS Code workbench in Chromium the way a person does, for UI checks.
// Each takes the Playwright page first; the runner hands UI checks versions already bound to it.

const DEFAULT_TIMEOUT = 60_000;

/** Waits until the workbench has drawn its activity bar. */
export async function waitForWorkbench(page, timeout = 180_000) {
  await page.locator('.monaco-workbench .activitybar').first().waitFor({ state: 'visible', timeout });
}

/** The activity-bar entry of a view container, by its title. */
export function activityBarItem(page, title = 'Who Said What') {
  return page.locator(`.activitybar .action-item a.action-label[aria-label^="${title}"], .activitybar .action-item[aria-label^="${title}"]`).first();
}

/** Opens the view container (clicking its activity-bar entry unless it is already showing). */
export async function openContainer(page, title = 'Who Said What', { timeout = DEFAULT_TIMEOUT } = {}) {
  const item = activityBarItem(page, title);
  await item.waitFor({ state: 'visible', timeout });
  const heading = page.locator('.part.sidebar .composite.title h2').first();
  const showing = async () => (await heading.isVisible()) && (await heading.innerText()).trim().toLowerCase().startsWith(title.toLowerCase());
  if (!(await showing())) await item.click();
  await page.waitForFunction(
    (wanted) => {
      const h2 = document.querySelector('.part.sidebar .composite.title h2');
      return !!h2 && h2.textContent.trim().toLowerCase().startsWith(wanted);
    },
    title.toLowerCase(),
    { timeout },
  );
}

/** A view's pane in the side bar, by the view's name ("Actors"). */
export function viewPane(page, view) {
  return page.locator('.part.sidebar .pane').filter({
    has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^\\s*${view}\\s*$`, 'i') }),
  });
}

/** Expands a collapsed view pane. */
export async function expandView(page, view, { timeout = DEFAULT_TIMEOUT } = {}) {
  const header = viewPane(page, view).locator('.pane-header').first();
  await header.waitFor({ state: 'visible', timeout });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
}

/** The rows of a tree or list, within one view when `view` is given. */
export function treeRows(page, view) {
  return (view ? viewPane(page, view) : page.locator('.part.sidebar')).locator('.monaco-list-row');
}

/** Waits for a row whose text contains `text` (string or RegExp); returns its locator. */
export async function waitForTreeRow(page, text, { view, timeout = DEFAULT_TIMEOUT } = {}) {
  const row = treeRows(page, view).filter({ hasText: text }).first();
  await row.waitFor({ state: 'visible', timeout });
  return row;
}

/** Expands a tree row (selects it, then the Right arrow key, as a keyboard user does). */
export async function expandTreeRow(page, row) {
  if ((await row.getAttribute('aria-expanded')) === 'true') return;
  await row.click();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((element) => element.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: DEFAULT_TIMEOUT });
}

/** Runs a command from the Command Palette by its label ("View: Close All Editors"). */
export async function runCommand(page, label, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${label}`);
  const match = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await match.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
}

/** Opens a workspace file in an editor with Quick Open (Ctrl+P), by its path relative to the folder. */
export async function openFile(page, relativePath, { timeout = DEFAULT_TIMEOUT } = {}) {
  const name = relativePath.split('/').pop();
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(relativePath);
  const match = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await match.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"], .title .label-name:text-is("${name}")`).first().waitFor({ state: 'visible', timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

/** Closes every editor (a clean start for a UI check). */
export async function closeAllEditors(page) {
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
}

/**
 * Moves the mouse over the first occurrence of `text` in the visible lines of the active editor.
 * Monaco draws each line as spans, so the exact word is found with a DOM Range.
 */
export async function hoverOverText(page, text, { timeout = DEFAULT_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const point = await page.evaluate((wanted) => {
      const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Monaco draws spaces as U+00A0
          const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return undefined;
    }, text);
    if (point) {
      await page.mouse.move(point.x - 30, point.y);
      await page.mouse.move(point.x, point.y, { steps: 5 });
      return point;
    }
    if (Date.now() > deadline) throw new Error(`"${text}" is not visible in the active editor`);
    await page.waitForTimeout(250);
  }
}

/** Waits for the hover widget to show text; returns its visible text. */
export async function waitForHover(page, { containing, timeout = DEFAULT_TIMEOUT } = {}) {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: containing ?? /\S/ }).first();
  await hover.waitFor({ state: 'visible', timeout });
  return hover.innerText();
}

/** Drags the sash between the side bar and the editors so the side bar is `width` pixels wide. */
export async function setSideBarWidth(page, width) {
  const box = await page.locator('.part.sidebar').first().boundingBox();
  if (!box) return;
  const edge = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(edge + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

/** Helpers bound to one page, as UI checks receive them. */
export function bindHelpers(page) {
  return {
    waitForWorkbench: (timeout) => waitForWorkbench(page, timeout),
    activityBarItem: (title) => activityBarItem(page, title),
    openContainer: (title, options) => openContainer(page, title, options),
    viewPane: (view) => viewPane(page, view),
    expandView: (view, options) => expandView(page, view, options),
    treeRows: (view) => treeRows(page, view),
    waitForTreeRow: (text, options) => waitForTreeRow(page, text, options),
    expandTreeRow: (row) => expandTreeRow(page, row),
    runCommand: (label, options) => runCommand(page, label, options),
    openFile: (relativePath, options) => openFile(page, relativePath, options),
    closeAllEditors: () => closeAllEditors(page),
    setSideBarWidth: (width) => setSideBarWidth(page, width),
    hoverOverText: (text, options) => hoverOverText(page, text, options),
    waitForHover: (options) => waitForHover(page, options),
  };
}
