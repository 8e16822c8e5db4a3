import type { GameCore } from '../../../src/game-core.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import { ACTS } from '../../../src/story/tags.ts';
import { actOf, decisionInfo, titleOf } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { openSheet } from './sheet.ts';

/** The teacher's guide (docs/teacher-guide.md), rendered in the game. */
export async function openGuide(): Promise<void> {
  const sheet = openSheet('Teacher’s guide', { wide: true, id: 'guide' });
  const { default: html } = await import('../../../docs/teacher-guide.md?html');
  const article = h('article', { className: 'guide' });
  // Made at build time from docs/teacher-guide.md, holding only Markdown's own elements (scripts/vite-plugin-guide.ts).
  article.innerHTML = html;
  sheet.body.append(article);
}

/** Teacher preview: jump to any act or decision without playing through (nothing is locked for teachers). */
export async function openPreview(core: GameCore, onJump: () => void): Promise<void> {
  const sheet = openSheet('Teacher preview: go to any decision', { wide: true, id: 'preview' });
  const [{ default: summary }, info] = await Promise.all([import('virtual:strategies'), decisionInfo()]);
  const byAct = new Map(ACTS.map((act) => [act, summary.decisions.filter((d) => actOf(info, d.id) === act)]));
  const historicalOrder = summary.historical.decisions.map((d) => d.decision);
  sheet.body.append(
    h(
      'p',
      {},
      'Each button replays a path that reaches the decision (the historical one where it can), so the story, the map and the notes stand exactly as a class would find them.',
    ),
  );
  for (const act of ACTS) {
    const decisions = [...(byAct.get(act) ?? [])].sort((a, b) => {
      const ia = historicalOrder.indexOf(a.id);
      const ib = historicalOrder.indexOf(b.id);
      return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
    });
    if (decisions.length === 0) continue;
    sheet.body.append(
      h('h3', {}, `Act ${ACT_INFO[act].numeral}: ${ACT_INFO[act].title}`),
      h(
        'ul',
        { className: 'list-plain preview-list' },
        ...decisions.map((d) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'menu__item',
                'data-preview': d.id,
                onclick: () => {
                  core.replay(d.example);
                  sheet.close();
                  onJump();
                },
              },
              h('strong', {}, titleOf(info, d.id)),
              h('span', { className: 'small' }, info.get(d.id)?.date ?? ''),
            ),
          ),
        ),
      ),
    );
  }
}
