// @ts-check
// Compiles an ink story and its INCLUDEs with inkjs's compiler. Shared by the Vite plugin,
// the story tests and the command-line checks, so every tool reports the same errors.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';

/**
 * @typedef {{ severity: 'error' | 'warning' | 'author', file: string, line: number, message: string, raw: string }} InkIssue
 * @typedef {{ json: string | null, issues: InkIssue[], files: string[] }} InkResult
 */

const ISSUE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING)?:?\s*'([^']+)' line (\d+): (.*)$/s;

/**
 * Compiles `rootPath` (an absolute path to a .ink file). Never throws for ink errors:
 * they come back as issues naming the file (relative to the root's folder) and its 1-based line.
 * @param {string} rootPath
 * @returns {InkResult}
 */
export function compileInk(rootPath) {
  const root = resolve(rootPath);
  const base = dirname(root);
  /** @type {Set<string>} */
  const files = new Set([root]);
  /** @type {InkIssue[]} */
  const issues = [];
  const fileHandler = {
    ResolveInkFilename: (/** @type {string} */ name) => resolve(base, name),
    LoadInkFileContents: (/** @type {string} */ path) => {
      files.add(path);
      return readFileSync(path, 'utf8');
    },
  };
  const onIssue = (/** @type {string} */ raw, /** @type {number} */ type) => {
    const severity = type === 2 ? 'error' : type === 1 ? 'warning' : 'author';
    const m = ISSUE.exec(raw);
    const file = m?.[2] ?? relative(base, root);
    issues.push({ severity, file, line: m ? Number(m[3]) : 0, message: (m?.[4] ?? raw).trim(), raw });
  };
  const source = readFileSync(root, 'utf8');
  let json = null;
  try {
    const options = new CompilerOptions(relative(base, root), [], false, onIssue, fileHandler);
    const story = new Compiler(source, options).Compile();
    json = story ? (story.ToJson() ?? null) : null;
  } catch (err) {
    if (!issues.some((i) => i.severity === 'error')) {
      issues.push({ severity: 'error', file: relative(base, root), line: 0, message: String(err), raw: String(err) });
    }
    json = null;
  }
  if (issues.some((i) => i.severity === 'error')) json = null;
  return { json, issues, files: [...files] };
}

/**
 * Formats an issue as `story/acts/01_february.ink:12: error: message`, relative to `cwd`.
 * @param {InkIssue} issue
 * @param {string} storyDir absolute folder of the root .ink file
 * @param {string} [cwd]
 */
export function formatIssue(issue, storyDir, cwd = process.cwd()) {
  return `${relative(cwd, resolve(storyDir, issue.file))}:${issue.line}: ${issue.severity}: ${issue.message}`;
}
