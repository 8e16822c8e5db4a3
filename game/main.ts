// Wiring only: creates the core and the adapters, mounts the UI, and lazy-loads the map and the sound.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/400-italic.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/oswald/500.css';
import './styles/main.css';
import { GameCore, type GameView } from '../src/game-core.ts';
import { MemoryStore, type SaveStore } from '../src/saves/store.ts';
import story, { storyVersion } from '../story/main.ink';
import { SoundBoard } from './audio/sound-board.ts';
import { LocalStore } from './storage/local-store.ts';
import { must } from './ui/dom.ts';
import { bindNumberKeys } from './ui/keyboard.ts';
import { MapPanel } from './ui/map-panel.ts';
import { Masthead } from './ui/masthead.ts';
import { loadSettings, saveSettings } from './ui/settings.ts';
import { fillSources, openSource } from './ui/sources.ts';
import { StoryPanel } from './ui/story-panel.ts';
import { TitleScreen } from './ui/title-screen.ts';

function pickStore(): SaveStore {
  const local = new LocalStore();
  try {
    local.read('organiser:probe');
    return local;
  } catch {
    return new MemoryStore();
  }
}

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
  onSources: () => openSource(sourcesDialog, null),
  onRestart: () => confirmRestart(),
  onTitle: () => showTitle(),
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
});

const title = new TitleScreen(must('#title-screen'), {
  onStart: () => startNew(),
  onContinue: () => continueGame(),
});

const play = must<HTMLElement>('#play');
const notice = must<HTMLElement>('#notice');
let live = true;

function render(view: GameView): void {
  panel.render(view, live);
  masthead.render(view);
  mapPanel.render(view, live);
  const last = view.passages[view.passages.length - 1];
  sound.setAct(view.world.act);
  if (live && last) sound.play(last.cues);
  notice.hidden = view.notice === null;
  notice.textContent = view.notice?.message ?? '';
}

core.subscribe(render);

function enterPlay(): void {
  title.hide();
  play.hidden = false;
  masthead.setPlaying(true);
  mapPanel.load();
}

function startNew(): void {
  live = true;
  enterPlay();
  core.start();
  panel.focusChoices();
}

function continueGame(): void {
  live = false;
  const outcome = core.continueAutosave();
  live = true;
  if (!outcome.ok && outcome.restored === 0) {
    title.showMessage(outcome.message ?? 'Your last game could not be continued.');
    return;
  }
  enterPlay();
  render(core.view());
  panel.focusChoices();
}

function showTitle(): void {
  play.hidden = true;
  masthead.setPlaying(false);
  title.show(core.autosaveStatus(), storageOff);
}

function confirmRestart(): void {
  const dialog = must<HTMLDialogElement>('#confirm-dialog');
  dialog.returnValue = '';
  dialog.addEventListener('close', () => dialog.returnValue === 'ok' && startNew(), { once: true });
  dialog.showModal();
}

for (const type of ['pointerdown', 'keydown'] as const) {
  window.addEventListener(type, () => void sound.unlock(), { once: true, capture: true });
}

bindNumberKeys(must('#choices'));
if (new URLSearchParams(location.search).has('start')) startNew();
else showTitle();
