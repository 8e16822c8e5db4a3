// The one render: everything on screen is drawn from the UI state, by the parts below, in this order.
import type { SoundBoard } from './audio/sound-board.ts';
import { afterPaint } from './later.ts';
import { setText } from './ui/dom.ts';
import type { ActReportPanel } from './ui/panels/act-report-panel.ts';
import type { ForcesPanel } from './ui/panels/forces-panel.ts';
import type { MapPanel } from './ui/panels/map-panel.ts';
import type { Masthead } from './ui/panels/masthead.ts';
import type { StoryPanel } from './ui/panels/story-panel.ts';
import type { TitleScreen } from './ui/panels/title-screen.ts';
import { showSheet } from './ui/sheets/sheet.ts';
import { inClass, type UiState } from './ui/state.ts';

/** The parts of the page the render draws. A new panel beside the story is one more entry here (see docs/decisions.md). */
export interface Parts {
  readonly story: StoryPanel;
  readonly forces: ForcesPanel;
  readonly actReport: ActReportPanel;
  readonly masthead: Masthead;
  readonly map: MapPanel;
  readonly sound: SoundBoard;
  readonly title: TitleScreen;
  readonly play: HTMLElement;
  readonly notice: HTMLElement;
  /** Opens a sheet of the registry (game/sheets.ts) by name. */
  readonly openSheet: (name: string) => unknown;
}

/** A notice about the choice just pressed stands above the choices, where the player is; the others above the story. */
function placeNotice(notice: HTMLElement, kind: string | undefined): void {
  const pressed = kind === 'waiting' || kind === 'failed';
  const anchor = notice.parentElement?.querySelector(pressed ? '.choices-box' : '.transcript');
  if (anchor && notice.nextElementSibling !== anchor) anchor.before(notice);
  // Clear of a phone's forces bar at the bottom of the screen.
  if (pressed) requestAnimationFrame(() => notice.scrollIntoView({ block: 'center' }));
}

/** Draws the state; `before` is the state last drawn, so slow parts (map, sound) redraw only when what they show changed. */
export function render(parts: Parts, state: UiState, before: UiState | null): void {
  const { view } = state;
  const classroom = inClass(state.mode);
  if (classroom !== (before ? inClass(before.mode) : false)) {
    document.documentElement.classList.toggle('classroom', classroom);
    parts.title.setClassroom(classroom);
    parts.map.setProjector(classroom);
  }
  const playing = state.screen === 'play';
  if (playing !== (before?.screen === 'play')) {
    parts.play.hidden = !playing;
    if (playing) parts.title.hide();
    parts.masthead.setPlaying(playing);
  }
  parts.story.render(state);
  parts.forces.render(state);
  parts.actReport.render(state);
  parts.masthead.render(view);
  parts.notice.hidden = view.notice === null;
  setText(parts.notice, view.notice?.message ?? '');
  placeNotice(parts.notice, view.notice?.kind);
  showSheet(state.sheet, before?.sheet ?? null, parts.openSheet);
  if (before && view === before.view) return;
  const live = view.change === 'step' || view.change === 'start';
  // The address keeps the share code of the passage on screen. Writing it costs the browser a few milliseconds, more
  // as the code grows, so it waits for the paint too; the title screen (shown in between) takes the task back.
  // A player who clicks again before the next frame has moved on: the map, the sound and the address follow only the
  // latest step, so the work of the step clicked past never lands in the frame that paints the next one.
  const code = view.status !== 'idle' && playing && view.shareCode ? view.shareCode : null;
  const asked = ++views;
  afterPaint(() => {
    if (asked !== views) return;
    parts.map.render(view, live);
    const last = view.passages[view.passages.length - 1];
    parts.sound.setAct(view.world.act);
    if (live && last) parts.sound.play(last.cues);
    if (code && !parts.play.hidden) history.replaceState(null, '', `${location.pathname}${location.search}#play=${code}`);
  });
}

/** Counts the renders that changed the view: the work after the paint is the latest one's only. */
let views = 0;
