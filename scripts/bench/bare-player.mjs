// The least a browser can do with the story: the ink runtime, the compiled JSON, a plain DOM list of choices.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Writes the bare player for `json` into node_modules/.bench/bare and returns the folder. */
export function buildBarePlayer(json) {
  const dir = resolve('node_modules/.bench/bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync('node_modules/inkjs/dist/ink.mjs', join(dir, 'ink.mjs'));
  writeFileSync(join(dir, 'story.json'), json);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare ink player</title><link rel="icon" href="data:,"></head>
<body><div id="story"></div><div id="choices"></div><script type="module">
import { Story } from './ink.mjs';
const json = await (await fetch('story.json')).text();
const story = new Story(json);
const out = document.getElementById('story');
const box = document.getElementById('choices');
function step() {
  while (story.canContinue) { const p = document.createElement('p'); p.textContent = story.Continue(); out.append(p); }
  box.replaceChildren(...story.currentChoices.map((c) => { const b = document.createElement('button'); b.dataset.choice = c.index; b.textContent = c.text; b.onclick = () => { story.ChooseChoiceIndex(c.index); step(); }; return b; }));
}
step();
</script></body></html>`,
  );
  return dir;
}
