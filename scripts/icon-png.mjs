// `node scripts/icon-png.mjs`: draws assets/public/icon.svg at 64 px into assets/icon-64.png, the tab's icon.
// The page links the PNG, inlined into index.html (`?inline`), not the SVG: Chromium fetches and decodes a page's
// icon again whenever the address changes, which the game does after every step (the share code), and an SVG icon is
// parsed as a whole document on the page's main thread, 3-4 ms in the way of the next click on a weak laptop.
// The SVG stays the installed app's icon (vite.config.ts).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZE = 64;
const svg = readFileSync('assets/public/icon.svg');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
await page.setContent(`<body style="margin:0"><img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${svg.toString('base64')}">`);
await page.waitForFunction(() => document.images[0]?.complete);
await page.screenshot({ path: 'assets/icon-64.png', clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
await browser.close();
console.log('Wrote assets/icon-64.png');
