// The sheets the game opens over the story, by name: each loaded when first opened. A new sheet is one more entry.
import type { GameCore } from '../src/game-core.ts';
import type { SaveStore } from '../src/saves/store.ts';

/** What a sheet may use: the core's queries and actions, the store, and how to show a game it jumped to. */
export interface SheetContext {
  readonly core: GameCore;
  readonly store: SaveStore;
  /** Shows the game after a sheet loaded, rewound or replayed it. */
  readonly afterJump: () => void;
  readonly openDebrief: () => void;
  /** Opens who plays which role (the lesson's, so the classroom's). */
  readonly openAssignment: () => void;
}

/** Every sheet by name (the name is also the UI state's `sheet` while it is open). */
export const SHEETS: Readonly<Record<string, (c: SheetContext) => unknown>> = {
  saves: (c) => import('./ui/sheets/saves-view.ts').then((m) => m.openSaves(c.core, c.store, c.afterJump)),
  'branch-map': (c) => import('./ui/sheets/year-views.ts').then((m) => m.openBranchMap(c.core, c.afterJump)),
  compare: (c) => import('./ui/sheets/compare-view.ts').then((m) => m.openCompare(c.core)),
  endings: (c) => import('./ui/sheets/year-views.ts').then((m) => m.openEndings(c.core, c.afterJump)),
  strategies: () => import('./ui/sheets/year-views.ts').then((m) => m.openStrategies()),
  timeline: (c) => import('./ui/sheets/timeline-view.ts').then((m) => m.openTimeline(c.core, c.afterJump)),
  glossary: () => Promise.all([import('./ui/data/glossary.ts'), import('./ui/data/content.ts')]).then(([g, c]) => g.openGlossaryIndex(c.loadGlossary)),
  roles: () => import('./ui/sheets/roles-view.ts').then((m) => m.openRoles()),
  debrief: (c) => c.openDebrief(),
  assign: (c) => c.openAssignment(),
  guide: () => import('./ui/sheets/teacher-view.ts').then((m) => m.openGuide()),
  preview: (c) => import('./ui/sheets/teacher-view.ts').then((m) => m.openPreview(c.core, c.afterJump)),
};
