// Draws media/icon.png (128x128, the Marketplace icon) from the activity-bar glyph media/icon.svg:
// the same speech bubbles in white on a rounded navy square, rendered by Chromium.
//   node scripts/icon.mjs      (needs /usr/bin/chromium; the PNG is committed)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, PROJECT_ROOT } from '../test/runner/provision.mjs';

const glyph = readFileSync(join(PROJECT_ROOT, 'media', 'icon.svg'), 'utf8')
  .replace(/width="24" height="24"/, 'width="96" height="96" x="16" y="18"')
  .replace('stroke="currentColor"', 'stroke="#ffffff"');
const icon = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1f4e79"/><stop offset="1" stop-color="#12304d"/></linearGradient></defs>
  <rect x="4" y="4" width="120" height="120" rx="24" fill="url(#g)"/>
  ${glyph}
</svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${icon}</body></html>`);
  await page.locator('svg').first().screenshot({ path: join(PROJECT_ROOT, 'media', 'icon.png'), omitBackground: true });
  console.log('media/icon.png written');
} finally {
  await browser.close();
}
