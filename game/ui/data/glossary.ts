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
 * Links glossary terms in the story text under `root`: the first mention of each term in a passage becomes a
 * button that opens its entry (history notes and buttons are left alone).
 */
export function linkTerms(root: HTMLElement, matcher: ReturnType<typeof termMatcher>): void {
  if (root.dataset.glossed) return;
  root.dataset.glossed = 'yes';
  const seen = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('button, .scene, .chosen, sup, .gloss') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
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
