import type { GameCore } from '../../../src/game-core.ts';
import { formatDate } from '../../../src/world/dates.ts';
import { decisionInfo, titleOf } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { openSheet } from './sheet.ts';

/** The timeline of decisions taken: pick one to return to that moment and choose again. */
export async function openTimeline(core: GameCore, onRewound: () => void): Promise<void> {
  const sheet = openSheet('Timeline', { id: 'timeline' });
  const info = await decisionInfo();
  const view = core.view();
  if (view.timeline.length === 0) {
    sheet.body.append(h('p', {}, 'No decisions taken yet. Each decision you take appears here, and you can return to any of them to choose differently.'));
    return;
  }
  sheet.body.append(
    h('p', { className: 'small' }, 'Return to any decision and choose again: the road you leave is kept, and the branch map shows every path you have taken.'),
    h(
      'ol',
      { className: 'timeline' },
      ...view.timeline.map((entry) =>
        h(
          'li',
          { className: entry.historical ? 'timeline__item is-historical' : 'timeline__item' },
          h('p', { className: 'timeline__date' }, entry.date ? formatDate(entry.date) : ''),
          h('p', { className: 'timeline__title' }, titleOf(info, entry.decision)),
          h('p', { className: 'timeline__option' }, `You chose: ${entry.option}`, entry.historical ? h('span', { className: 'badge' }, 'as in history') : null),
          h(
            'button',
            {
              type: 'button',
              className: 'button',
              'data-rewind': entry.step,
              onclick: () => {
                core.rewindTo(entry.step);
                sheet.close();
                onRewound();
              },
            },
            'Return to this decision',
          ),
        ),
      ),
    ),
  );
}
