// What a person sees first: the container in the activity bar, and the sample's actors in it.
export const title = 'actors: the Who Said What container lists Jens Stoltenberg';

export async function run({ page, step, screenshot, activityBarItem, openContainer, waitForTreeRow, openFile }) {
  await step('the activity bar shows the Who Said What container', () => activityBarItem('Who Said What').waitFor({ state: 'visible' }));
  await step('clicking it opens the container', () => openContainer('Who Said What'));
  await step('the Actors view lists Jens Stoltenberg', () => waitForTreeRow('Jens Stoltenberg', { view: 'Actors' }));
  await step('a draft opens beside it', () => openFile('draft.md'));
  await page.mouse.move(700, 600); // no tooltip in the picture
  await screenshot('actors');
}
