import { h } from '../dom.ts';
import { openSheet } from '../sheets/sheet.ts';
import type { Term } from './content.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds one matcher for all terms: whole words, case-insensitive, longest phrase first. */
export function termMatcher(terms: readonly Term[]): { re: RegExp; byPhrase: Map<string, Term> } {
  const byPhrase = new Map<string, Term>();
  for (const t of terms) for (const m of t.match) if (m.length >= 2) byPhrase.set(m.toLowerCase(), t);
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { re: new RegExp(`\\b(${phrases.join('|')})\\b`, 'gi'), byPhrase };
}

/** Opens a glossary entry. */
export function openTerm(term: Term): void {
  const sheet = openSheet(term.term, { id: 'glossary-term' });
  sheet.body.append(
    h('p', { className: 'small' }, term.kind),
    h('p', {}, term.definition),
    term.sources.length ? h('p', { className: 'small' }, `Essay footnotes: ${term.sources.join(', ')}`) : '',
  );
}

/**
 * Links glossary terms in the story text under `root`: the first mention of each term on the page becomes a
 * button that opens its entry (terms already linked earlier in the transcript stay plain; headings, act-end and
 * ending titles, buttons and history notes' citations are left alone).
 */
export function linkTerms(root: HTMLElement, matcher: ReturnType<typeof termMatcher>): void {
  if (root.dataset.glossed) return;
  root.dataset.glossed = 'yes';
  const page = root.closest('.transcript') ?? root;
  const seen = new Set([...page.querySelectorAll<HTMLElement>('.gloss[data-term]')].map((b) => b.dataset.term ?? ''));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('button, h1, h2, h3, .scene, .chosen, sup, .gloss, .act-end__kicker, .ending__kicker, .act-title')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    matcher.re.lastIndex = 0;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of text.matchAll(matcher.re)) {
      const term = matcher.byPhrase.get(m[0].toLowerCase());
      if (!term || seen.has(term.id)) continue;
      seen.add(term.id);
      parts.push(
        text.slice(last, m.index),
        h('button', { type: 'button', className: 'gloss', 'data-term': term.id, 'aria-label': `${m[0]} (glossary)`, onclick: () => openTerm(term) }, m[0]),
      );
      last = (m.index ?? 0) + m[0].length;
    }
    if (parts.length === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}

/** The glossary index: every term, alphabetically, with its kind and definition. */
export async function openGlossaryIndex(load: () => Promise<readonly Term[]>): Promise<void> {
  const sheet = openSheet('Glossary', { id: 'glossary' });
  const terms = [...(await load())].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  sheet.body.append(
    h('p', { className: 'small' }, `${terms.length} people, parties, places and words of 1917. In the story, a term is linked where it is first mentioned.`),
    h(
      'dl',
      { className: 'glossary-index' },
      ...terms.flatMap((t) => [h('dt', { id: `term-${t.id}` }, t.term, h('span', { className: 'small' }, ` · ${t.kind}`)), h('dd', {}, t.definition)]),
    ),
  );
}
