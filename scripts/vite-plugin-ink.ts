// Compiles story/main.ink (and its INCLUDEs) at build time: `import story from '../story/main.ink'`
// gives the compiled JSON string and `storyVersion` its fingerprint; `import url from '../story/main.ink?json'` gives
// the address of the compiled JSON as a file of its own (the game fetches it beside its script, see main.ts). Ink errors and warnings name the
// file and line, fail the build and show in the dev overlay; editing any .ink file reloads the story.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { explore } from '../src/explore/explorer.ts';
import { exploreStory } from '../src/explore/story-exploration.ts';
import { FIRST_PART_STOPS, firstPart } from '../src/story/partial.ts';
import { storyVersion } from '../src/story/story-version.ts';
import { compileInk, formatIssue } from './ink-compile.mjs';

const STRATEGIES = 'virtual:strategies';

/**
 * The strategy explorer's findings for the story: assets/strategies.json when it was computed for this story
 * version (`npm run explore -- --write`), else computed now (slow) and cached on disk by story version.
 */
function strategies(root: string): string {
  const result = compileInk(root);
  if (!result.json) throw new Error('The story does not compile, so its strategies cannot be explored.');
  const version = storyVersion(result.json);
  const committed = resolve('assets/strategies.json');
  if (root.endsWith('story/main.ink') && existsSync(committed)) {
    const text = readFileSync(committed, 'utf8');
    if ((JSON.parse(text) as { version?: string }).version === version) return text;
    console.warn('assets/strategies.json is out of date for this story: exploring now (run `npm run explore -- --write` and commit it).');
  }
  const cacheDir = resolve('node_modules/.cache/organiser');
  const cached = resolve(cacheDir, `strategies-${version}.json`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const summary = JSON.stringify(root.endsWith('story/main.ink') ? exploreStory(result.json) : { ...explore(result.json), version, seconds: 0 });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, summary);
  return summary;
}

/**
 * The story's JSON as a JS string literal. A raw template carries the text as it is: a quoted string would escape
 * every `"` and `\\` of the JSON, which costs about 29 kB of the first page's gzipped script.
 */
function stringLiteral(json: string): string {
  return /`|\$\{|\\$|\r/.test(json) ? JSON.stringify(json) : `String.raw\`${json}\``;
}

/** The Vite plugin that turns .ink imports into compiled story JSON, and serves `virtual:strategies`. */
export function inkPlugin(storyRoot = 'story/main.ink'): Plugin {
  const storyFiles = new Map<string, string>();
  let building = false;
  return {
    name: 'organiser-ink',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === STRATEGIES ? `\0${STRATEGIES}` : null;
    },
    load(id) {
      if (id !== `\0${STRATEGIES}`) return null;
      return `export default ${strategies(resolve(storyRoot))};\n`;
    },
    transform(_code, fullId) {
      const [id = '', query] = fullId.split('?');
      if (!id.endsWith('.ink') || (query !== undefined && query !== 'json')) return null;
      const result = compileInk(id);
      for (const file of result.files) {
        this.addWatchFile(file);
        storyFiles.set(resolve(file), id);
      }
      const dir = dirname(id);
      const problems = result.issues.filter((i) => i.severity !== 'author');
      if (problems.length > 0 || result.json === null) {
        const first = problems[0];
        const message = problems.map((i) => formatIssue(i, dir)).join('\n') || 'The story did not compile.';
        this.error({
          message: `Ink story has ${problems.length} problem(s):\n${message}`,
          id: first ? resolve(dir, first.file) : id,
          loc: first ? { file: resolve(dir, first.file), line: first.line, column: 0 } : undefined,
        });
      }
      const json = result.json ?? '';
      if (query === 'json') {
        // A file beside the script, fetched in parallel with it (index.html preloads it: storyPreloadPlugin).
        // The dev server has no files to emit: there the address is of the same JSON, held in the page.
        // And the first part alone (src/story/partial.ts): what a new game needs before Act II, for the first page.
        const first = firstPart(json, FIRST_PART_STOPS);
        const address = (name: string, source: string) =>
          building
            ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source })}`
            : `URL.createObjectURL(new Blob([${stringLiteral(source)}], { type: 'application/json' }))`;
        const version = JSON.stringify(storyVersion(json));
        return {
          code: `export default ${address('story.json', json)};\nexport const firstPartUrl = ${address('story-first.json', first)};\nexport const storyVersion = ${version};\n`,
          map: null,
        };
      }
      return { code: `export default ${stringLiteral(json)};\nexport const storyVersion = ${JSON.stringify(storyVersion(json))};\n`, map: null };
    },
    handleHotUpdate({ file, server }) {
      const root = storyFiles.get(resolve(file));
      if (!root) return;
      for (const mod of server.moduleGraph.getModulesByFile(root) ?? []) server.moduleGraph.invalidateModule(mod);
      const virtual = server.moduleGraph.getModuleById(`\0${STRATEGIES}`);
      if (virtual) server.moduleGraph.invalidateModule(virtual);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/** Adds `<link rel="preload" as="fetch">` for the story's first part, so it downloads alongside the game's script. */
export function storyPreloadPlugin(): Plugin {
  return {
    name: 'organiser-story-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        if (!ctx.filename.endsWith('index.html') || ctx.filename.endsWith('join.html')) return [];
        const files = Object.keys(ctx.bundle ?? {}).filter((file) => /(^|\/)story-first-[^/]*\.json$/.test(file));
        if (files.length !== 1) throw new Error(`Expected one built first part of the story to preload, found ${files.length}`);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', type: 'application/json', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
