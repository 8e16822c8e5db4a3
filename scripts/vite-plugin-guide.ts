// The repository's Markdown documents (the teacher's guide, the lesson pack) as HTML made at build time:
// `import guide from '../docs/teacher-guide.md?html'`. The browser never parses Markdown, and the HTML can only hold
// what Markdown makes: raw HTML in a document is shown as text, and links go only to web pages, mail or the page itself.
import { readFileSync } from 'node:fs';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// Only these link targets: a teacher's guide has no business running code or opening other schemes.
const SAFE_HREF = /^(https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i;

/** Renders Markdown to HTML that holds only Markdown's own elements (raw HTML escaped, unsafe links dropped). */
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

/** The Vite plugin that turns a `.md?html` import into the document rendered to HTML (a string). */
export function guidePlugin(): Plugin {
  return {
    name: 'organiser-markdown',
    load(id) {
      const [file = '', query = ''] = id.split('?');
      // The dev server adds `&import` to the query of a file it does not know as script.
      if (!file.endsWith('.md') || !new URLSearchParams(query).has('html')) return null;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(renderGuide(readFileSync(file, 'utf8')))};\n`;
    },
  };
}
