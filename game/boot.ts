// Wiring only: creates the core and the adapters around the compiled story, mounts the UI, and lazy-loads the map,
// the sound and the views. main.ts fetches the story and calls boot.
import { GameCore } from '../src/game-core.ts';
import { STORY_NOT_COME } from '../src/story/partial.ts';
import { storyVersion } from '../story/main.ink?json';
import { SoundBoard } from './audio/sound-board.ts';
import { watchReading, whenReading, whenSettled } from './later.ts';
import { liveHooks, liveRemembered } from './live/live-hooks.ts';
import { render } from './render.ts';
import { Replays } from './replay/replays.ts';
import { watchLazyLoads } from './safety/lazy-failure.ts';
import { watchOtherTabs } from './safety/other-tab.ts';
import { showStorageWarning } from './safety/storage-warning.ts';
import { SHEETS } from './sheets.ts';
import { LocalStore, pickStore } from './storage/local-store.ts';
import { Classroom } from './ui/classroom/classroom.ts';
import { loadGlossary } from './ui/data/content.ts';
import { loadSettings, saveSettings } from './ui/data/settings.ts';
import { openSource } from './ui/data/sources.ts';
import { must } from './ui/dom.ts';
import { bindFullScreenMap } from './ui/lesson/full-screen-map.ts';
import { ActReportPanel } from './ui/panels/act-report-panel.ts';
import { ForcesPanel } from './ui/panels/forces-panel.ts';
import { MapPanel } from './ui/panels/map-panel.ts';
import { Masthead } from './ui/panels/masthead.ts';
import { holdsPageTurn, StoryPanel } from './ui/panels/story-panel.ts';
import { TitleScreen } from './ui/panels/title-screen.ts';
import { watchSheets } from './ui/sheets/sheet.ts';
import { inClass, type Mode, UiStore } from './ui/state.ts';
import { WholeStory } from './whole-story.ts';

type Glossary = typeof import('./ui/data/glossary.ts');

/** Wires the game together around the compiled story's JSON text (its first part, when `whole` fetches the rest). */
export function boot(story: string, whole: (() => Promise<string>) | null): void {
  watchLazyLoads();

  const store = pickStore();
  const storageOff = !(store instanceof LocalStore);
  const settings = loadSettings(store);
  watchReading(); // the clicks and keys, so that long tasks (the whole story's build, the sound) wait for a pause
  // A click's autosave, explored path and rewind snapshot are kept after its paint, when the player pauses to read (within
  // 5 s, and at once when the page is hidden or closed), so that a fast reader's next click never waits behind them.
  const defer = (work: () => void) => whenReading(work, 5000);
  const core = new GameCore({ json: story, version: storyVersion, partial: whole !== null }, { store, defer });
  const full = new WholeStory(story, whole, core);
  for (const type of ['pagehide', 'visibilitychange'] as const) window.addEventListener(type, () => core.flush());
  const ui = new UiStore({ view: core.view(), screen: 'title', mode: 'solo', pageTurnPending: false, sheet: null, newStyle: settings.newStyle });
  const classroom = new Classroom(core, store, () => full.text);

  const sourcesDialog = must<HTMLDialogElement>('#sources-dialog');

  const sound = new SoundBoard(settings, () => masthead.soundUnavailable());
  const masthead = new Masthead({
    settings,
    onToggleDate: () => {
      settings.newStyle = !settings.newStyle;
      saveSettings(store, settings);
      ui.set({ newStyle: settings.newStyle });
    },
    onToggleSound: () => {
      settings.muted = !settings.muted;
      saveSettings(store, settings);
      sound.setMuted(settings.muted);
      void sound.unlock();
      ui.set({});
    },
    onMenu: () => void Promise.all([import('./game-menu.ts'), import('./ui/sheets/menu.ts')]).then(([g, m]) => m.openMenu(g.menuItems(menuActions))),
    onTimeline: () => openSheet('timeline'),
    onShare: () => void import('./ui/sheets/share-view.ts').then((m) => m.openShare(core)),
  });
  masthead.followScenes(must('#transcript'));

  // The glossary's terms and the code that links them come after the first passage is painted (loadGlossaryLinks).
  let glossary: { terms: ReturnType<Glossary['termMatcher']>; link: Glossary['linkTerms'] } | null = null;
  const storyPanel = new StoryPanel(must('#transcript'), must('#choices'), {
    onChoose: (index) => {
      parts.map.yieldFrame();
      sound.click();
      core.choose(index);
      full.afterChoice();
    },
    onTurnPage: () => ui.set({ pageTurnPending: false }),
    onCite: (cite) => void openSource(sourcesDialog, cite),
    onPlayAgain: () => void startNew('Playing again'),
    onTitle: () => showTitle(),
    classroom,
    live: liveHooks(
      () => ui.state.view,
      (on) => void setMode(on ? 'live' : 'classroom'),
    ),
    fold: (step) => classroom.fold(step),
    decorate: (el) => {
      const linker = glossary;
      if (linker) whenReading(() => linker.link(el, linker.terms), 5000);
    },
  });

  function loadGlossaryLinks(): void {
    if (glossary) return;
    void Promise.all([loadGlossary(), import('./ui/data/glossary.ts')]).then(([terms, g]) => {
      const linker = { terms: g.termMatcher(terms), link: g.linkTerms };
      glossary = linker;
      for (const el of document.querySelectorAll<HTMLElement>('#transcript .passage')) linker.link(el, linker.terms);
    });
  }

  const title = new TitleScreen(must('#title-screen'), {
    onStart: () => void startNew('Starting a new game'),
    onContinue: () => full.when(continueGame),
    onOpenCode: askCode,
    onSaves: () => openSheet('saves'),
    onEndings: () => openSheet('endings'),
    onYear: () => openSheet('branch-map'),
    onClassroom: () => void setMode(inClass(ui.state.mode) ? 'solo' : 'classroom'),
  });

  const parts = {
    story: storyPanel,
    masthead,
    forces: new ForcesPanel(must('#forces')),
    actReport: new ActReportPanel(must('#act-report'), new Replays(() => full.text, core)),
    map: new MapPanel(must('#map-frame'), must('#map-twin-body')),
    sound,
    title,
    play: must<HTMLElement>('#play'),
    notice: must<HTMLElement>('#notice'),
    openSheet: (name: string) => SHEETS[name]?.({ core, store, afterJump: enterPlay, openDebrief: classroom.onDebrief, openAssignment: classroom.onAssign }),
  };
  ui.subscribe((state, before) => render(parts, state, before));
  core.subscribe((view) => ui.set({ view, pageTurnPending: holdsPageTurn({ view }) }));
  core.subscribe(showStorageWarning);
  watchOtherTabs(core);
  watchSheets((sheet) => ui.set({ sheet }));

  /** Sheets open through the UI state: the render opens the one it names (and the sheet reports when it closes). */
  function openSheet(name: string): void {
    full.when(() => ui.set({ sheet: name }));
  }

  /** Classroom mode is kept in the address (`?classroom`), so a reload stays in it. */
  async function setMode(mode: Mode): Promise<void> {
    const params = new URLSearchParams(location.search);
    params.delete('classroom');
    const rest = params.toString();
    const search = inClass(mode) ? `?classroom${rest ? `&${rest}` : ''}` : rest ? `?${rest}` : '';
    history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
    if (inClass(mode) && !(await full.load())) return;
    if (inClass(mode)) await classroom.load();
    else classroom.leave();
    ui.set({ mode });
  }

  function enterPlay(): void {
    ui.set({ screen: 'play' });
    parts.map.load();
    full.soon();
    requestAnimationFrame(() => setTimeout(loadGlossaryLinks, 50));
  }

  /** A new game; in classroom mode a new lesson record, after asking before the old one is discarded. */
  async function startNew(what: string): Promise<void> {
    if (inClass(ui.state.mode) && !(await classroom.newLesson(what))) return;
    enterPlay();
    core.start();
    classroom.advance();
  }

  /** The lesson-cut picker (on the whole story); starting a cut lesson is a new game (after asking about the old lesson). */
  function openLessonCut(): void {
    void import('./ui/lesson/cut-picker.ts').then((m) =>
      m.openCutPicker(full.text, { cut: classroom.lesson().cut, debateMinutes: classroom.lesson().debateMinutes }, async (choice) => {
        if (!inClass(ui.state.mode)) await setMode('classroom');
        if (!(await classroom.newLesson('Starting a lesson with a new cut', choice.cut, choice.debateMinutes))) return;
        enterPlay();
        core.start();
        classroom.advance();
      }),
    );
  }

  /** Imports a lesson file and continues it where the class stopped. */
  function importLesson(): void {
    void import('./ui/lesson/lesson-files.ts').then(async (m) => {
      const picked = await m.pickLessonFile();
      if (!picked) return;
      const problem =
        'error' in picked
          ? picked.error
          : await (async () => {
              if (!inClass(ui.state.mode)) await setMode('classroom');
              const message = await classroom.importLesson(picked.lesson);
              if (message === null || core.view().path.length > 0 || picked.lesson.path.length === 0) enterPlay();
              return message;
            })();
      if (!problem) return;
      if (ui.state.screen === 'title') title.showMessage(problem);
      else window.alert(problem);
    });
  }

  function openPack(): void {
    void import('./ui/print-pack.ts').then((m) => m.openPack());
  }

  function continueGame(): void {
    const outcome = core.continueAutosave();
    if (!outcome.opened) {
      title.showMessage(outcome.message ?? 'Your last game could not be continued.');
      return;
    }
    enterPlay();
  }

  /** Asks for a share code and opens it once the rest of the story is here (a mistyped code is answered at once). */
  function askCode(): void {
    void full.load();
    void import('./ui/sheets/share-view.ts').then((m) => m.openCodeDialog(openCode));
  }

  /** Opens a share code once the rest of the story is here; resolves to an error message for the player, or null when the game opened. */
  async function openCode(code: string): Promise<string | null> {
    const problem = core.codeProblem(code) ?? ((await full.load()) ? null : STORY_NOT_COME);
    if (problem) return problem;
    const outcome = core.openCode(code);
    if (!outcome.opened) return outcome.message ?? 'This link could not be opened.';
    enterPlay();
    return null;
  }

  function showTitle(): void {
    ui.set({ screen: 'title' });
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    title.show(core.autosaveStatus(), storageOff);
  }

  function confirmRestart(): void {
    const dialog = must<HTMLDialogElement>('#confirm-dialog');
    dialog.returnValue = '';
    dialog.addEventListener('close', () => dialog.returnValue === 'ok' && void startNew('Restarting'), { once: true });
    dialog.showModal();
  }

  const menuActions = {
    openSheet,
    openSources: () => void openSource(sourcesDialog, null),
    openSettings: () =>
      void import('./ui/sheets/settings-view.ts').then((m) =>
        m.openSettings(settings, () => {
          saveSettings(store, settings);
          sound.setMuted(settings.muted);
          sound.setVolumes(settings.musicVolume, settings.effectsVolume);
          ui.set({ newStyle: settings.newStyle });
        }),
      ),
    toggleClassroom: () => void setMode(inClass(ui.state.mode) ? 'solo' : 'classroom'),
    openCode: askCode,
    restart: confirmRestart,
    showTitle,
    classroom: () => inClass(ui.state.mode),
    playing: () => core.view().status !== 'idle' && ui.state.screen === 'play',
    lessonCut: () => full.when(openLessonCut),
    importLesson: () => full.when(importLesson),
    pack: openPack,
  };

  for (const [action, run] of [
    ['lesson-cut', () => full.when(openLessonCut)],
    ['import-lesson', () => full.when(importLesson)],
    ['pack', openPack],
  ] as const) {
    document.querySelector(`#title-screen [data-action="${action}"]`)?.addEventListener('click', run);
  }
  classroom.chime = () => sound.signal('bells');
  bindFullScreenMap(must('#map-panel'));

  // The faces later text uses, then offline play (not in the dev server): both once the page has settled, so that
  // neither the fonts nor the service worker's install (every file of the game) competes with the first choice.
  whenSettled(() => void import('./later-fonts.ts'));
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    whenSettled(() => void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true })));
  }

  for (const type of ['pointerdown', 'keydown'] as const) {
    window.addEventListener(type, () => void sound.unlock(), { once: true, capture: true });
  }
  /** Opens the `#play=` code in the address, or says on the title screen why it could not. */
  async function openFromAddress(say: (error: string) => string): Promise<void> {
    const error = await openCode(location.hash);
    if (!error) return;
    showTitle();
    title.showMessage(say(error));
  }
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith('#play=') && location.hash !== `#play=${core.view().shareCode}`) void openFromAddress((error) => error);
  });

  render(parts, ui.state, null);
  // Classroom mode (or a live vote's room, after a reload) comes up first, so a link or a reload finds the lesson ready.
  void (new URLSearchParams(location.search).has('classroom') ? setMode(liveRemembered() ? 'live' : 'classroom') : Promise.resolve()).then(() => {
    if (location.hash.startsWith('#play=')) void openFromAddress((error) => `The shared link could not be opened: ${error}`);
    else if (new URLSearchParams(location.search).has('start')) void startNew('Starting a new game');
    else showTitle();
  });
}
