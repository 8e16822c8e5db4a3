// Wiring only: creates the core and the adapters, mounts the UI, and lazy-loads the map, the sound and the views.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/oswald/500.css';
import './styles/base.css';
import './styles/story.css';
import './styles/map.css';
import './styles/sheets.css';
import './styles/classroom.css';
import './styles/print.css';
import './styles/projector.css';
import { GameCore, type GameView } from '../src/game-core.ts';
import { MemoryStore, type SaveStore } from '../src/saves/store.ts';
import story, { storyVersion } from '../story/main.ink';
import { SoundBoard } from './audio/sound-board.ts';
import { confirmNewLesson } from './safety/ask-first.ts';
import { watchLazyLoads } from './safety/lazy-failure.ts';
import { watchOtherTabs } from './safety/other-tab.ts';
import { showStorageWarning } from './safety/storage-warning.ts';
import { LocalStore } from './storage/local-store.ts';
import { Classroom } from './ui/classroom/classroom.ts';
import { loadGlossary } from './ui/classroom/content.ts';
import { must } from './ui/dom.ts';
import { linkTerms, termMatcher } from './ui/glossary.ts';
import { bindNumberKeys } from './ui/keyboard.ts';
import { MapPanel } from './ui/map-panel.ts';
import { Masthead } from './ui/masthead.ts';
import { openMenu } from './ui/menu.ts';
import { loadSettings, saveSettings } from './ui/settings.ts';
import { openCodeDialog, openShare } from './ui/share-view.ts';
import { fillSources, openSource } from './ui/sources.ts';
import { StoryPanel } from './ui/story-panel.ts';
import { TitleScreen } from './ui/title-screen.ts';

function pickStore(): SaveStore {
  const local = new LocalStore();
  try {
    local.read('organiser:probe');
    return local;
  } catch {
    return new MemoryStore(false);
  }
}

watchLazyLoads();

const store = pickStore();
const storageOff = !(store instanceof LocalStore);
const settings = loadSettings(store);
const core = new GameCore({ json: story, version: storyVersion }, { store });

const sourcesDialog = must<HTMLDialogElement>('#sources-dialog');
fillSources(must('#sources-list'));

const sound = new SoundBoard(settings, () => masthead.soundUnavailable());
const masthead = new Masthead({
  settings,
  onToggleDate: () => {
    settings.newStyle = !settings.newStyle;
    saveSettings(store, settings);
    masthead.render(core.view());
    panel.refreshDates();
  },
  onToggleSound: () => {
    settings.muted = !settings.muted;
    saveSettings(store, settings);
    sound.setMuted(settings.muted);
    void sound.unlock();
    masthead.render(core.view());
  },
  onMenu: () => openGameMenu(),
  onTimeline: () => void import('./ui/timeline-view.ts').then((m) => m.openTimeline(core, () => afterJump())),
  onShare: () => openShare(core),
});

const mapPanel = new MapPanel(must('#map-frame'), must('#map-twin-body'));

const panel = new StoryPanel(must('#transcript'), must('#choices'), {
  onChoose: (index) => {
    sound.click();
    core.choose(index);
  },
  onCite: (cite) => openSource(sourcesDialog, cite),
  onPlayAgain: () => startNew(),
  onTitle: () => showTitle(),
  newStyle: () => settings.newStyle,
  decorate: (el) => {
    const terms = glossary;
    if (terms) afterPaint(() => linkTerms(el, terms));
  },
});

let glossary: ReturnType<typeof termMatcher> | null = null;
function loadGlossaryLinks(): void {
  if (glossary) return;
  void loadGlossary().then((terms) => {
    glossary = termMatcher(terms);
    for (const el of document.querySelectorAll<HTMLElement>('#transcript .passage')) linkTerms(el, glossary);
  });
}

const title = new TitleScreen(must('#title-screen'), {
  onStart: () => startNew(),
  onContinue: () => continueGame(),
  onOpenCode: () => openCodeDialog((code) => openCode(code)),
  onSaves: () => openSaves(),
  onEndings: () => void import('./ui/year-views.ts').then((m) => m.openEndings(core, story, () => afterJump())),
  onYear: () => void import('./ui/year-views.ts').then((m) => m.openBranchMap(core, () => afterJump())),
  onClassroom: () => void classroom.setActive(!classroom.active).then(() => title.setClassroom(classroom.active)),
});

const classroom = new Classroom(core, store, story);
classroom.onToggle = (on) => mapPanel.setProjector(on);
const play = must<HTMLElement>('#play');
const notice = must<HTMLElement>('#notice');
let live = true;

/** Runs work after the browser has painted the new text and choices, so a step never waits for the map or the sound. */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

function render(view: GameView): void {
  const wasLive = live;
  panel.render(view, live);
  classroom.render(view);
  masthead.render(view);
  afterPaint(() => {
    mapPanel.render(view, wasLive);
    const last = view.passages[view.passages.length - 1];
    sound.setAct(view.world.act);
    if (wasLive && last) sound.play(last.cues);
  });
  notice.hidden = view.notice === null;
  notice.textContent = view.notice?.message ?? '';
  if (view.status !== 'idle' && !play.hidden && view.shareCode) history.replaceState(null, '', `${location.pathname}${location.search}#play=${view.shareCode}`);
}

core.subscribe(render);
core.subscribe(showStorageWarning);
watchOtherTabs(core);

function enterPlay(): void {
  title.hide();
  play.hidden = false;
  masthead.setPlaying(true);
  mapPanel.load();
  requestAnimationFrame(() => setTimeout(loadGlossaryLinks, 50));
}

/** Shows a game that was loaded, rewound or replayed: the whole transcript at once, no animation. */
function afterJump(): void {
  enterPlay();
  live = false;
  render(core.view());
  live = true;
  panel.focusLatest();
}

function startNew(): void {
  if (classroom.active) void confirmNewLesson(classroom.lesson().votes.length).then((ok) => ok && beginNew());
  else beginNew();
}

function beginNew(): void {
  live = true;
  if (classroom.active) classroom.newLesson();
  enterPlay();
  core.start();
  panel.focusLatest();
}

function continueGame(): void {
  live = false;
  const outcome = core.continueAutosave();
  live = true;
  if (!outcome.opened) {
    title.showMessage(outcome.message ?? 'Your last game could not be continued.');
    return;
  }
  afterJump();
}

/** Opens a share code; returns an error message for the player, or null when the game opened. */
function openCode(code: string): string | null {
  live = false;
  const outcome = core.openCode(code);
  live = true;
  if (!outcome.opened) return outcome.message ?? 'This link could not be opened.';
  afterJump();
  return null;
}

function showTitle(): void {
  play.hidden = true;
  masthead.setPlaying(false);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  title.show(core.autosaveStatus(), storageOff);
}

function openSaves(): void {
  void import('./ui/saves-view.ts').then((m) => m.openSaves(core, store, () => afterJump()));
}

function confirmRestart(): void {
  if (classroom.active && classroom.lesson().votes.length > 0) {
    startNew();
    return;
  }
  const dialog = must<HTMLDialogElement>('#confirm-dialog');
  dialog.returnValue = '';
  dialog.addEventListener('close', () => dialog.returnValue === 'ok' && startNew(), { once: true });
  dialog.showModal();
}

function openGameMenu(): void {
  const playing = () => core.view().status !== 'idle' && !play.hidden;
  openMenu([
    { label: 'Saves', hint: 'Save this game under a name, load one, or move a save between computers as a file.', action: openSaves },
    {
      label: 'The map of the year',
      hint: 'Every decision point, the roads you have taken and the historical one; jump to any decision.',
      action: () => void import('./ui/year-views.ts').then((m) => m.openBranchMap(core, () => afterJump())),
    },
    {
      label: 'Compare two playthroughs',
      hint: 'Where two runs parted, the forces over time, and the city of each.',
      action: () => void import('./ui/compare-view.ts').then((m) => m.openCompare(core, story)),
    },
    {
      label: 'Endings',
      hint: 'The endings you have reached, with their epilogues; hints for the rest.',
      action: () => void import('./ui/year-views.ts').then((m) => m.openEndings(core, story, () => afterJump())),
    },
    {
      label: 'What the strategies lead to',
      hint: 'Where every option leads, from thousands of games played by the game itself.',
      action: () => void import('./ui/year-views.ts').then((m) => m.openStrategies()),
    },
    { label: 'Sources', hint: 'The essay’s footnotes.', action: () => openSource(sourcesDialog, null) },
    {
      label: 'Settings',
      hint: 'Sound, music and effects volume, and the calendar.',
      action: () =>
        void import('./ui/settings-view.ts').then((m) =>
          m.openSettings(settings, () => {
            saveSettings(store, settings);
            sound.setMuted(settings.muted);
            sound.setVolumes(settings.musicVolume, settings.effectsVolume);
            masthead.render(core.view());
            panel.refreshDates();
          }),
        ),
    },
    {
      label: classroom.active ? 'Leave classroom mode' : 'Classroom mode',
      hint: classroom.active ? 'Back to the layout for one player.' : 'Projector layout, a class vote at every decision, roles and a debrief.',
      action: () => void classroom.setActive(!classroom.active),
    },
    {
      label: 'Role cards',
      hint: 'Sixteen roles for students: view them or print one per page.',
      action: () => void import('./ui/classroom/roles-view.ts').then((m) => m.openRoles()),
    },
    {
      label: 'Class debrief',
      hint: 'The class’s path against history, the turning points, the role fates; print or export the votes.',
      action: () => void classroom.openDebrief(),
      when: () => classroom.active,
    },
    {
      label: 'Teacher’s guide',
      hint: 'Lesson plans, how to run the roles and the votes, content notes, further reading.',
      action: () => void import('./ui/classroom/teacher-view.ts').then((m) => m.openGuide()),
    },
    {
      label: 'Teacher preview',
      hint: 'Go to any act or decision without playing through.',
      action: () => void import('./ui/classroom/teacher-view.ts').then((m) => m.openPreview(core, () => afterJump())),
    },
    { label: 'Open a code', hint: 'Open a path someone shared.', action: () => openCodeDialog((code) => openCode(code)) },
    { label: 'Restart', hint: 'Start a new game from 23 February.', action: confirmRestart, when: playing },
    { label: 'Title screen', hint: 'Back to the title screen; your game is saved.', action: showTitle, when: playing },
  ]);
}

// Offline play: register the service worker once the game is up (not in the dev server).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true })));
}

for (const type of ['pointerdown', 'keydown'] as const) {
  window.addEventListener(type, () => void sound.unlock(), { once: true, capture: true });
}
window.addEventListener('hashchange', () => {
  if (!location.hash.startsWith('#play=') || location.hash === `#play=${core.view().shareCode}`) return;
  const error = openCode(location.hash);
  if (error) {
    showTitle();
    title.showMessage(error);
  }
});

bindNumberKeys(must('#choices'));
if (new URLSearchParams(location.search).has('classroom')) void classroom.setActive(true).then(() => title.setClassroom(true));
if (location.hash.startsWith('#play=')) {
  const error = openCode(location.hash);
  if (error) {
    showTitle();
    title.showMessage(`The shared link could not be opened: ${error}`);
  }
} else if (new URLSearchParams(location.search).has('start')) startNew();
else showTitle();
