// The printable pack: the teacher's guide, the student sheets and the source packet, each printable on its own or
// all together as one PDF through the browser's print dialog. The texts are the repository's own Markdown files,
// rendered when the game is built.
import '../styles/print-pack.css';
import { loadGlossary } from './data/content.ts';
import { h } from './dom.ts';
import { printArea } from './files.ts';
import { openSheet } from './sheets/sheet.ts';

/** One part of the pack. */
interface PackPart {
  readonly id: string;
  readonly title: string;
  readonly who: string;
  readonly load: () => Promise<HTMLElement>;
}

async function markdown(rendered: Promise<{ default: string }>): Promise<HTMLElement> {
  const article = h('article', { className: 'pack-doc' });
  // Made at build time from our own files, holding only Markdown's own elements (scripts/vite-plugin-guide.ts).
  article.innerHTML = (await rendered).default;
  return article;
}

async function glossarySheet(): Promise<HTMLElement> {
  const terms = [...(await loadGlossary())].sort((a, b) => a.term.localeCompare(b.term));
  return h(
    'article',
    { className: 'pack-doc pack-glossary' },
    h('h1', {}, 'Glossary'),
    h('p', {}, `${terms.length} words and names from the game, with their meaning in 1917. Dates are Old Style.`),
    h('dl', {}, ...terms.flatMap((t) => [h('dt', {}, t.term), h('dd', {}, t.definition)])),
  );
}

/** Every part of the pack, in the order it prints. */
export const PACK: readonly PackPart[] = [
  { id: 'guide', title: 'Teacher’s guide', who: 'teacher', load: () => markdown(import('../../docs/teacher-guide.md?html')) },
  { id: 'tracker', title: 'Decision tracker', who: 'students', load: () => markdown(import('../../docs/pack/decision-tracker.md?html')) },
  { id: 'dates', title: 'Date strip: Old Style and New Style', who: 'students', load: () => markdown(import('../../docs/pack/date-strip.md?html')) },
  { id: 'glossary', title: 'Glossary', who: 'students', load: glossarySheet },
  { id: 'starters', title: 'Sentence starters for debates', who: 'students', load: () => markdown(import('../../docs/pack/sentence-starters.md?html')) },
  { id: 'exit', title: 'Exit ticket', who: 'students', load: () => markdown(import('../../docs/pack/exit-ticket.md?html')) },
  { id: 'mark-scheme', title: 'Mark scheme: revolution or coup?', who: 'teacher', load: () => markdown(import('../../docs/pack/mark-scheme.md?html')) },
  { id: 'sources', title: 'Source packet, act by act', who: 'students', load: () => markdown(import('../../docs/pack/source-packet.md?html')) },
];

/** Prints parts of the pack, each starting on a new page. */
export async function printParts(ids: readonly string[]): Promise<void> {
  const parts = PACK.filter((p) => ids.includes(p.id));
  const pages = await Promise.all(parts.map(async (p) => h('section', { className: 'pack-part', 'data-pack': p.id }, await p.load())));
  printArea(h('div', { className: 'print-pack' }, ...pages));
}

/** The pack as a sheet in the game: each part to read or print, and the whole pack as one print. */
export async function openPack(): Promise<void> {
  const sheet = openSheet('Printable pack', { wide: true, id: 'pack' });
  const preview = h('div', { className: 'pack-preview' });
  const show = async (part: PackPart) => {
    preview.replaceChildren(await part.load());
    preview.scrollIntoView({ block: 'start' });
  };
  sheet.body.append(
    h(
      'p',
      {},
      'Everything a lesson needs on paper. Print one part, or the whole pack as one document; in the print dialog, "Save as PDF" makes a file.',
      ' ',
      h(
        'button',
        { type: 'button', className: 'button button--primary', 'data-action': 'print-pack', onclick: () => void printParts(PACK.map((p) => p.id)) },
        'Print the whole pack',
      ),
    ),
    h(
      'ul',
      { className: 'list-plain pack-list' },
      ...PACK.map((part) =>
        h(
          'li',
          {},
          h('strong', {}, part.title),
          h('span', { className: 'small' }, ` (for the ${part.who})`),
          ' ',
          h('button', { type: 'button', className: 'tool', 'data-pack-show': part.id, onclick: () => void show(part) }, 'Read'),
          h('button', { type: 'button', className: 'tool', 'data-pack-print': part.id, onclick: () => void printParts([part.id]) }, 'Print'),
        ),
      ),
    ),
    preview,
  );
}
