import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspText, withCsp } from '../../scripts/csp.ts';
import { renderGuide } from '../../scripts/vite-plugin-guide.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe("the teacher's guide", () => {
  it('is never parsed from Markdown in the browser, nor is any other document', () => {
    const parsing = sources('game').filter((f) => /from 'marked'|import\('marked'\)|\.md\?raw/.test(readFileSync(f, 'utf8')));
    expect(parsing).toEqual([]);
  });

  it('renders the real guide with its headings and tables', () => {
    const html = renderGuide(readFileSync('docs/teacher-guide.md', 'utf8'));
    expect(html).toMatch(/<h1|<h2/);
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('shows raw HTML as text and drops links that would run code', () => {
    const html = renderGuide(
      '# Guide\n\n<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and [a link](javascript:alert(1)) and [a page](https://example.org/).\n\n![pic](x" onerror="alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org/">a page</a>');
  });
});

describe('the Content-Security-Policy', () => {
  it('is the policy that was tried with no violations, with ws: and wss: for the live-vote relay', () => {
    expect(cspText()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: data:; font-src 'self'; connect-src 'self' data: blob: ws: wss: http: https:; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(cspText(CSP_DIRECTIVES, true)).toMatch(/; frame-ancestors 'none'$/);
  });

  it('goes into the page as the first thing after the charset, never with unsafe-inline', () => {
    const html = withCsp('<!doctype html><html><head>\n<meta charset="utf-8" />\n<title>x</title></head><body></body></html>');
    expect(html).toMatch(/<meta charset="utf-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    expect(html).not.toContain('unsafe-inline');
    expect(html).not.toContain('frame-ancestors');
  });

  it('allows an inline style added later by its hash alone', () => {
    const html = withCsp('<html><head><meta charset="utf-8"><style>body{color:red}</style></head></html>');
    expect(html).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });
});

describe("the README's hosting notes and dependency table", () => {
  const readme = readFileSync('README.md', 'utf8');

  it('give the policy as a header exactly as the build ships it, with frame-ancestors', () => {
    expect(readme).toContain(`Content-Security-Policy: ${cspText(CSP_DIRECTIVES, true)}`);
  });

  it('say that offline play needs HTTPS or localhost, and do not offer a shared drive', () => {
    expect(readme).toMatch(/HTTPS, or from `localhost`/);
    expect(readme).not.toMatch(/shared drive served over HTTP/);
  });

  it('list every runtime dependency with the version installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) {
      const installed = (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
      const row = readme.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${name}\``));
      expect(row, name).toBeDefined();
      expect(row?.split('|')[2], name).toContain(installed);
    }
  });
});
