// The lesson-cut picker: the teacher picks 3-6 decisions for the class to debate (or a preset), sets the debate
// minutes, and sees how long the lesson will take, measured from the story's own text.
import { CUT_PRESETS, cutProblem, estimateCut, fullReadingMinutes, type HistoricalPassage, historicalPassages } from '../../../src/classroom/lesson-cut.ts';
import type { LessonCut } from '../../../src/classroom/lesson-record.ts';
import { TIMER_MINUTES } from '../../../src/classroom/lesson-timer.ts';
import { MeanwhileReader } from '../../../src/classroom/meanwhile.ts';
import { ACT_INFO } from '../../../src/story/acts.ts';
import { ACTS } from '../../../src/story/tags.ts';
import { decisionInfo } from '../data/decision-info.ts';
import { h } from '../dom.ts';
import { openSheet } from '../sheets/sheet.ts';

/** What the teacher chose. */
export interface CutChoice {
  readonly cut: LessonCut | null;
  readonly debateMinutes: number;
}

let measured: { passages: HistoricalPassage[]; reader: MeanwhileReader } | null = null;

function measure(json: string): { passages: HistoricalPassage[]; reader: MeanwhileReader } {
  measured ??= { passages: historicalPassages(json), reader: new MeanwhileReader(json) };
  return measured;
}

/** Opens the picker; `onStart` gets the teacher's choice (a null cut: every decision is debated). */
export async function openCutPicker(json: string, current: CutChoice, onStart: (choice: CutChoice) => void): Promise<void> {
  const sheet = openSheet('Lesson cut: choose the decisions to debate', { wide: true, id: 'lesson-cut' });
  const info = await decisionInfo();
  const { passages, reader } = measure(json);
  const order = passages.flatMap((p) => (p.decision ? [p.decision] : []));
  const known = [...info.keys()];
  let preset: string | null = current.cut?.preset ?? null;

  const minutes = h(
    'select',
    { name: 'debate-minutes', 'aria-label': 'Debate minutes for each decision' },
    ...TIMER_MINUTES.map((m) => h('option', { value: m, selected: m === current.debateMinutes }, `${m} min`)),
  );
  const estimate = h('p', { className: 'cut__estimate', 'data-cut-estimate': '', 'aria-live': 'polite' });
  const start = h('button', { type: 'button', className: 'button button--primary', 'data-action': 'start-cut' }, 'Start this lesson');
  const boxes = new Map<string, HTMLInputElement>();
  const chosen = () => order.filter((id) => boxes.get(id)?.checked);

  const update = () => {
    const ids = chosen();
    const problem = cutProblem(ids, known);
    const e = estimateCut(passages, ids, Number(minutes.value), (x) => reader.words(x));
    start.disabled = problem !== null;
    estimate.replaceChildren(
      problem
        ? h('span', { className: 'cut__problem' }, `${ids.length} chosen. ${problem}`)
        : `${ids.length} decisions: about ${e.readingMinutes} minutes of reading aloud (${e.storyWords + e.meanwhileWords} words at 150 a minute, ${e.episodes.length} “Meanwhile…” summaries) and ${e.debateMinutes} of debate: about ${e.totalMinutes} minutes in all.`,
    );
  };
  const choosePreset = (id: string) => {
    const p = CUT_PRESETS.find((x) => x.id === id);
    if (!p) return;
    preset = p.id;
    for (const [d, box] of boxes) box.checked = p.decisions.includes(d);
    minutes.value = String(p.debateMinutes);
    update();
  };

  const acts = ACTS.map((act) => {
    const ids = order.filter((id) => info.get(id)?.act === act);
    return h(
      'fieldset',
      { className: 'cut__act' },
      h('legend', {}, `Act ${ACT_INFO[act].numeral}: ${ACT_INFO[act].title}`),
      ...ids.map((id) => {
        const box = h('input', { type: 'checkbox', name: 'cut', value: id, checked: current.cut?.decisions.includes(id) ?? false });
        box.addEventListener('change', () => {
          preset = null;
          update();
        });
        boxes.set(id, box);
        return h('label', { className: 'cut__decision' }, box, ` ${info.get(id)?.title ?? id} `, h('span', { className: 'small' }, info.get(id)?.date ?? ''));
      }),
    );
  });
  minutes.addEventListener('change', update);
  start.addEventListener('click', () => {
    sheet.close();
    onStart({ cut: { decisions: chosen(), preset }, debateMinutes: Number(minutes.value) });
  });

  sheet.body.append(
    h(
      'p',
      {},
      `Pick 3 to 6 decisions. The game plays history’s choice at all the others and shows a short “Meanwhile…” summary of what happened in between. Without a cut the historical road alone takes about ${fullReadingMinutes(passages)} minutes to read aloud.`,
    ),
    h(
      'p',
      { className: 'row' },
      ...CUT_PRESETS.map((p) => h('button', { type: 'button', className: 'button', 'data-cut-preset': p.id, onclick: () => choosePreset(p.id) }, p.label)),
    ),
    h('form', { className: 'cut', 'data-lesson-cut-form': '', onsubmit: (e: Event) => e.preventDefault() }, ...acts),
    h('p', { className: 'row' }, h('label', {}, 'Debate time for each decision: ', minutes)),
    estimate,
    h(
      'p',
      { className: 'row' },
      start,
      h(
        'button',
        {
          type: 'button',
          className: 'button',
          'data-action': 'no-cut',
          onclick: () => {
            sheet.close();
            onStart({ cut: null, debateMinutes: Number(minutes.value) });
          },
        },
        'No cut: debate every decision',
      ),
    ),
  );
  update();
}
