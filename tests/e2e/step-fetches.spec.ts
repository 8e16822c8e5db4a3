import { expect, test } from '@playwright/test';
import { historicalPicker } from '../../src/explore/walker.ts';
import { actOnePath, afterPaint, pressChoice } from './helpers.ts';

// After every step the game writes the passage's share code into the address (game/render.ts). Chromium fetches and
// decodes a page's icon again whenever the address changes, on the page's main thread, where the work can land between
// the next click and its paint (an SVG icon is parsed as a whole document: 3-4 ms a step on a weak laptop). The icon
// is a small PNG inlined into the page (index.html, scripts/icon-png.mjs), so a step has nothing to fetch for it.

test('steps write their share codes into the address, and the tab icon is never fetched again', async ({ page }) => {
  await page.goto('/?start');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/png;base64,/);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  for (const index of actOnePath(historicalPicker).path.slice(0, 4)) {
    const before = page.url();
    await pressChoice(page, index);
    await expect.poll(() => page.url()).not.toBe(before);
    await afterPaint(page);
    expect(page.url()).toMatch(/#play=[A-Z0-9-]+$/i);
  }
  // With an icon file, each step's fetch of it is under way by the time the next step is pressed (the build before the
  // icon was inlined fails here with one request for /icon.svg a step).
  expect(fetched.filter((path) => /icon/i.test(path))).toEqual([]);
});
