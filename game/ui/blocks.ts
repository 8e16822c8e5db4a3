import type { Passage } from '../../src/game-core.ts';
import { ACT_INFO } from '../../src/story/acts.ts';
import { endingTitle } from '../../src/story/endings.ts';
import type { Block, Cite } from '../../src/story/transcript.ts';
import { formatDate, toNewStyle } from '../../src/world/dates.ts';
import { placeName } from '../../src/world/places.ts';
import { h } from './dom.ts';

/** Options for rendering: which calendar to show and how to open a footnote. */
export interface RenderOptions {
  readonly newStyle: boolean;
  readonly onCite: (cite: Cite) => void;
}

function citeLinks(cites: readonly Cite[], opts: RenderOptions): HTMLElement | null {
  if (cites.length === 0) return null;
  const links = cites.map((c) =>
    h(
      'button',
      {
        type: 'button',
        className: 'cite',
        'aria-label': c === 'essay' ? 'Source: the essay' : `Source: footnote ${c}`,
        onclick: () => opts.onCite(c),
      },
      c === 'essay' ? 'essay' : String(c),
    ),
  );
  return h('sup', { className: 'cites' }, ...links);
}

function interpretationMark(): HTMLElement {
  return h('span', { className: 'interp' }, 'Interpretation');
}

/** The date line of a heading: Old Style, or New Style when the player has asked for it. */
export function dateText(iso: string, newStyle: boolean): string {
  return newStyle ? `${formatDate(toNewStyle(iso))} (New Style)` : `${formatDate(iso)} (Old Style)`;
}

function heading(block: Extract<Block, { kind: 'heading' }>, opts: RenderOptions): HTMLElement {
  const parts: HTMLElement[] = [];
  if (block.act) {
    const info = ACT_INFO[block.act];
    parts.push(h('p', { className: 'act-title' }, `Act ${info.numeral}`, h('span', {}, info.title)));
  }
  const meta: string[] = [];
  if (block.date) meta.push(dateText(block.date, opts.newStyle));
  if (block.place) meta.push(placeName(block.place));
  return h(
    'header',
    { className: block.act ? 'scene scene--act' : 'scene', 'data-act': block.act, 'data-scene-date': block.date },
    ...parts,
    block.scene ? h('h2', { className: 'scene__title' }, block.scene) : null,
    meta.length ? h('p', { className: 'scene__meta', 'data-date': block.date ?? '' }, meta.join(' · ')) : null,
  );
}

function note(block: Extract<Block, { kind: 'note' }>, opts: RenderOptions): HTMLElement {
  return h(
    'aside',
    { className: 'history-note', 'aria-label': 'What really happened' },
    h('p', { className: 'history-note__label' }, 'History'),
    ...block.lines.map((line) =>
      h(
        'p',
        { className: line.interpretation ? 'interp-line' : '' },
        line.interpretation ? interpretationMark() : null,
        line.text,
        citeLinks(line.cites, opts),
      ),
    ),
  );
}

/** Renders one block of a passage. */
export function renderBlock(block: Block, opts: RenderOptions): HTMLElement {
  switch (block.kind) {
    case 'heading':
      return heading(block, opts);
    case 'text':
      return h(
        'p',
        { className: block.interpretation ? 'interp-line' : '' },
        block.interpretation ? interpretationMark() : null,
        block.text,
        citeLinks(block.cites, opts),
      );
    case 'note':
      return note(block, opts);
    case 'act_end': {
      const info = ACT_INFO[block.act];
      return h(
        'section',
        { className: 'act-end', 'aria-label': `End of Act ${info.numeral}` },
        h('p', { className: 'act-end__kicker' }, `End of Act ${info.numeral}`),
        h('h2', {}, info.title),
        block.text ? h('p', {}, block.text) : null,
      );
    }
    case 'ending':
      return h(
        'section',
        { className: 'ending', 'aria-label': 'The end', 'data-ending': block.id },
        h('p', { className: 'ending__kicker' }, 'The end'),
        h('h2', {}, endingTitle(block.id)),
        block.text ? h('p', {}, block.text) : null,
      );
  }
}

/** Splits a passage's blocks at the end of an act: what to show before the player turns the page, and after. */
export function splitAtActEnd(passage: Passage): { before: readonly Block[]; after: readonly Block[] } {
  const at = passage.blocks.findIndex((b) => b.kind === 'act_end');
  if (at < 0) return { before: passage.blocks, after: [] };
  const nextAct = passage.blocks.findIndex((b, i) => i > at && b.kind === 'heading' && b.act !== null);
  if (nextAct < 0) return { before: passage.blocks, after: [] };
  return { before: passage.blocks.slice(0, nextAct), after: passage.blocks.slice(nextAct) };
}
