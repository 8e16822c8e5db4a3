// The views of the whole year: the branch map, the endings gallery and "what the strategies lead to".
// They read the build-time explorer's findings (virtual:strategies) and the paths this player has taken.
import type { ExploreSummary } from '../../../src/explore/explorer.ts';
import type { GameCore } from '../../../src/game-core.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import { ENDINGS, endingTitle } from '../../../src/story/endings.ts';
import { ACTS } from '../../../src/story/tags.ts';
import type { ExploredPath } from '../../../src/timeline/branches.ts';
import { renderBlock } from '../blocks.ts';
import { actOf, type DecisionInfo, decisionInfo, leadIn, titleOf } from '../data/decision-info.ts';
import { h, table } from '../dom.ts';
import { branchDiagram, type DiagramRow, diagramKey, diagramText } from './branch-diagram.ts';
import { openSheet } from './sheet.ts';

type Strategies = ExploreSummary & { version: string };

async function strategies(): Promise<Strategies> {
  return (await import('virtual:strategies')).default;
}

function decisionOrder(summary: Strategies, info: Map<string, DecisionInfo>): string[] {
  const rank = (id: string) => {
    const act = actOf(info, id);
    return act ? ACTS.indexOf(act) : ACTS.length;
  };
  const order = summary.historical.decisions.map((d) => d.decision);
  for (const d of summary.decisions) if (!order.includes(d.id)) order.push(d.id);
  return order.sort((a, b) => rank(a) - rank(b));
}

function triedOptions(paths: readonly ExploredPath[]): Map<string, Set<string>> {
  const tried = new Map<string, Set<string>>();
  for (const p of paths)
    for (const [i, d] of p.decisions.entries()) {
      if (!d) continue;
      const set = tried.get(d) ?? new Set<string>();
      set.add(p.texts[i] ?? '');
      tried.set(d, set);
    }
  return tried;
}

/** The prefix of an explored path that reaches a decision (to jump there), or null. */
function prefixTo(paths: readonly ExploredPath[], decision: string): number[] | null {
  for (const p of paths) {
    const i = p.decisions.indexOf(decision);
    if (i >= 0) return p.path.slice(0, i);
  }
  return null;
}

/** The branch map: every decision point of the year by act, drawn as a diagram of the options tried, untried and historical, and the roads that ended (named only once reached). */
export async function openBranchMap(core: GameCore, onJump: () => void): Promise<void> {
  const sheet = openSheet('The map of the year', { wide: true, id: 'branch-map' });
  const [summary, info] = await Promise.all([strategies(), decisionInfo()]);
  const paths = core.exploredPaths();
  const tried = triedOptions(paths);
  const reached = new Set(paths.map((p) => p.ending).filter(Boolean));
  const order = decisionOrder(summary, info);
  const byId = new Map(summary.decisions.map((d) => [d.id, d]));
  const ends = (from: string, option: string) => [
    ...new Set(summary.transitions.filter((t) => t.from === from && t.option === option && t.to.startsWith('ending:')).map((t) => t.to.slice(7))),
  ];
  const rows: DiagramRow[] = [];
  for (const act of ACTS) {
    const ids = order.filter((id) => actOf(info, id) === act);
    if (ids.length === 0) continue;
    rows.push({ id: act, title: `Act ${ACT_INFO[act].numeral}: ${ACT_INFO[act].title}`, heading: true, options: [] });
    for (const id of ids) {
      const jump = prefixTo(paths, id);
      rows.push({
        id,
        title: titleOf(info, id),
        options: (byId.get(id)?.options ?? []).map((o) => ({
          label: o.option,
          historical: o.historical,
          tried: tried.get(id)?.has(o.option) ?? false,
          ends: ends(id, o.option).map((e) => (reached.has(e) ? endingTitle(e) : null)),
        })),
        ...(jump
          ? {
              jump: () => {
                core.replay(jump);
                sheet.close();
                onJump();
              },
            }
          : {}),
      });
    }
  }
  const found = [...ENDINGS.values()].filter((e) => reached.has(e.id));
  sheet.body.append(
    h(
      'p',
      { className: 'small' },
      `Every decision point of the year, in order. A filled point is one you have reached: click it to return there. You have found ${found.length} of the ${ENDINGS.size} endings; the others stay hidden until you reach them.`,
    ),
    diagramKey(),
  );
  const width = Math.min(960, Math.max(280, sheet.body.clientWidth - 40));
  sheet.body.append(
    h('div', { className: 'branch-frame' }, branchDiagram(rows, width, 'The map of the year')),
    diagramText(rows, 'The map of the year as a list'),
  );
}

function epilogue(core: GameCore, path: readonly number[]): HTMLElement {
  const box = h('div', { className: 'epilogue' });
  for (const block of core.run(path).last) box.append(renderBlock(block, { newStyle: false, onCite: () => {} }));
  return box;
}

/** The endings gallery: the endings reached, each with its epilogue and the strategy that led there; the others locked, with a hint. */
export async function openEndings(core: GameCore, onReplay: () => void): Promise<void> {
  const sheet = openSheet('Endings', { wide: true, id: 'endings' });
  const [summary, info] = await Promise.all([strategies(), decisionInfo()]);
  const paths = core.exploredPaths();
  const known = [...ENDINGS.values()];
  const reachedCount = known.filter((e) => paths.some((p) => p.ending === e.id)).length;
  sheet.body.append(h('p', {}, `You have reached ${reachedCount} of the ${known.length} endings.`));
  for (const ending of known) {
    const path = paths.find((p) => p.ending === ending.id);
    const found = summary.endings.find((s) => s.id === ending.id);
    const card = h('article', { className: path ? 'ending-card is-reached' : 'ending-card', 'data-ending': ending.id });
    if (path) {
      const details = h('details', {}, h('summary', {}, 'Read the epilogue and the strategy'));
      details.addEventListener('toggle', () => {
        if (!details.open || details.childElementCount > 1) return;
        details.append(
          h('h4', {}, 'The strategy'),
          h('ol', {}, ...path.decisions.flatMap((d, i) => (d ? [h('li', {}, `${leadIn(info, d)}${path.texts[i] ?? ''}`)] : []))),
          h('h4', {}, 'The epilogue'),
          epilogue(core, path.path),
        );
      });
      card.append(
        h('h3', {}, ending.title),
        h('p', {}, ending.summary),
        details,
        h(
          'button',
          {
            type: 'button',
            className: 'button',
            onclick: () => {
              core.replay(path.path);
              sheet.close();
              onReplay();
            },
          },
          'Open this ending in the game',
        ),
      );
    } else {
      const hint = found?.keyDecisions[0];
      card.append(
        h('h3', {}, 'Locked ending'),
        h('p', { className: 'small' }, `Act ${ACT_INFO[ending.act].numeral}: ${ACT_INFO[ending.act].title}.`),
        h('p', {}, hint ? `A hint: it lies down the road of “${hint.option}” (${titleOf(info, hint.decision)})` : 'A hint: play this act differently.'),
      );
    }
    sheet.body.append(card);
  }
}

function percent(n: number, total: number): number {
  return total > 0 ? Math.round((100 * n) / total) : 0;
}

/** "What the strategies lead to": the build-time explorer's figures for every ending and every option. */
export async function openStrategies(): Promise<void> {
  const sheet = openSheet('What the strategies lead to', { wide: true, id: 'strategies' });
  const [summary, info] = await Promise.all([strategies(), decisionInfo()]);
  sheet.body.append(
    h(
      'p',
      {},
      summary.method === 'sampled'
        ? `Before this game was built, its own engine played the year ${summary.walks.toLocaleString('en-GB')} times: ${(summary.walks - summary.coverage).toLocaleString('en-GB')} times taking what really happened at half the decisions and choosing at random at the others${summary.coverage > 0 ? `, then ${summary.coverage.toLocaleString('en-GB')} more times to try every option those games had missed` : ''}. That makes ${summary.strategies.toLocaleString('en-GB')} different strategies. Here is where they led. Random play is not how anyone played 1917: read the figures as a map of the story’s logic, not as odds.`
        : `Before this game was built, its own engine played every path through the year: ${summary.strategies.toLocaleString('en-GB')} different strategies. Here is where they led.`,
    ),
    table(
      'table',
      h('caption', {}, 'Endings'),
      ['Ending', 'Share of walks', 'Strategies', 'Decided above all by'],
      summary.endings.map((e) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, endingTitle(e.id)),
          h('td', {}, `${e.share}%`),
          h('td', {}, e.strategies.toLocaleString('en-GB')),
          h('td', {}, e.keyDecisions.map((k) => `“${k.option}” (${titleOf(info, k.decision)})`).join('; ') || '–'),
        ),
      ),
    ),
  );
  for (const act of ACTS) {
    const decisions = summary.decisions.filter((d) => actOf(info, d.id) === act);
    if (decisions.length === 0) continue;
    sheet.body.append(h('h3', {}, `Act ${ACT_INFO[act].numeral}: ${ACT_INFO[act].title}`));
    for (const d of decisions) sheet.body.append(decisionSentences(d, info));
  }
}

function decisionSentences(d: ExploreSummary['decisions'][number], info: Map<string, DecisionInfo>): HTMLElement {
  return h(
    'div',
    { className: 'strategy-decision' },
    h('h4', {}, titleOf(info, d.id)),
    h(
      'ul',
      {},
      ...d.options.map((o) => {
        const top = Object.entries(o.endings)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 2)
          .map(([id, n]) => `${percent(n, o.taken)}% end in “${endingTitle(id)}”`);
        return h('li', {}, `Of the strategies that choose “${o.option}”${o.historical ? ' (as in history)' : ''}, ${top.join(' and ')}.`);
      }),
    ),
  );
}
