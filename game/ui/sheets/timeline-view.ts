import type { GameCore } from '../../../src/game-core.ts';
import { formatDate } from '../../../src/world/dates.ts';
import { decisionInfo, titleOf } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { branchDiagram, type DiagramRow, diagramKey, diagramText } from './branch-diagram.ts';
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
  const rows: DiagramRow[] = view.timeline.map((entry) => ({
    id: entry.decision,
    title: titleOf(info, entry.decision),
    note: `${entry.date ? `${formatDate(entry.date)}: ` : ''}${entry.option}`,
    options: [{ label: entry.option, historical: entry.historical, tried: true, ends: [] }],
    data: { 'data-rewind': String(entry.step) },
    jump: () => {
      core.rewindTo(entry.step);
      sheet.close();
      onRewound();
    },
  }));
  sheet.body.append(
    h('p', { className: 'small' }, 'The decisions you took, in order. Click one to return to that moment and choose again: the road you leave is kept.'),
    diagramKey(),
  );
  const width = Math.min(960, Math.max(280, sheet.body.clientWidth - 40));
  sheet.body.append(
    h('div', { className: 'branch-frame' }, branchDiagram(rows, width, 'Timeline of your decisions')),
    diagramText(rows, 'The timeline as a list'),
  );
}
