// Compiles story/main.ink (and its INCLUDEs) at build time: `import story from '../story/main.ink'`
// gives the compiled JSON string and `storyVersion` its fingerprint. Ink errors and warnings name the
// file and line, fail the build and show in the dev overlay; editing any .ink file reloads the story.
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { storyVersion } from '../src/story/story-version.ts';
import { compileInk, formatIssue } from './ink-compile.mjs';

/** The Vite plugin that turns .ink imports into compiled story JSON. */
export function inkPlugin(): Plugin {
  const storyFiles = new Map<string, string>();
  return {
    name: 'organiser-ink',
    transform(_code, id) {
      if (!id.endsWith('.ink')) return null;
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
      return { code: `export default ${JSON.stringify(json)};\nexport const storyVersion = ${JSON.stringify(storyVersion(json))};\n`, map: null };
    },
    handleHotUpdate({ file, server }) {
      const root = storyFiles.get(resolve(file));
      if (!root) return;
      for (const mod of server.moduleGraph.getModulesByFile(root) ?? []) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
