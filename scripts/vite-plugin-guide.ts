// The teacher's guide (docs/teacher-guide.md) as HTML made at build time: `import guide from 'virtual:teacher-guide'`.
// The browser never parses Markdown, and the HTML can only hold what Markdown makes: raw HTML in the guide is shown
// as text, and links go only to web pages, mail or the page itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';

const GUIDE = 'virtual:teacher-guide';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// Only these link targets: a teacher's guide has no business running code or opening other schemes.
const SAFE_HREF = /^(https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i;

/** Renders the guide's Markdown to HTML that holds only Markdown's own elements (raw HTML escaped, unsafe links dropped). */
export function renderGuide(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: (token: Tokens.HTML | Tokens.Tag) => escapeHtml(token.text),
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (!SAFE_HREF.test(token.href.trim())) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
      },
      image: (token: Tokens.Image) => escapeHtml(token.text),
    },
  });
  return marked.parse(markdown) as string;
}

/** The Vite plugin serving `virtual:teacher-guide` (the rendered guide, as a string). */
export function guidePlugin(path = 'docs/teacher-guide.md'): Plugin {
  const file = resolve(path);
  return {
    name: 'organiser-guide',
    resolveId: (id) => (id === GUIDE ? `\0${GUIDE}` : null),
    load(id) {
      if (id !== `\0${GUIDE}`) return null;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(renderGuide(readFileSync(file, 'utf8')))};\n`;
    },
  };
}
