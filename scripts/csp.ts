// The Content-Security-Policy the built game ships with (a <meta> in dist/index.html) and that a school's server can
// send as a header (README, "Host it"). The dev server does without: Vite's dev client injects styles.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy's directives. `ws:`/`wss:` are for the live-vote relay, whose host a teacher gives at run time; Phaser needs data: and blob: images. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:', 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'data:', 'blob:', 'ws:', 'wss:', 'http:', 'https:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The policy as text; `header` adds what only a header can carry (frame-ancestors). */
export function cspText(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES, header = false): string {
  const all = header ? { ...directives, 'frame-ancestors': ["'none'"] } : directives;
  return Object.entries(all)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Puts the policy in the built index.html as the first thing in <head>. Inline <script> and <style> elements that a
 * later change adds are allowed by their hashes, never by 'unsafe-inline'.
 */
export function withCsp(html: string): string {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ''));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? ''));
  const directives = {
    ...CSP_DIRECTIVES,
    'script-src': [...(CSP_DIRECTIVES['script-src'] ?? []), ...scripts],
    'style-src': [...(CSP_DIRECTIVES['style-src'] ?? []), ...styles],
  };
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspText(directives)}" />`;
  return html.replace(/<head>(\s*<meta charset="[^"]*"\s*\/?>)?/i, (head) => `${head}\n    ${meta}`);
}

/** The Vite plugin: the policy in the production build only. */
export function cspPlugin(): Plugin {
  return {
    name: 'organiser-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCsp(html) },
  };
}
