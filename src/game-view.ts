import type { GameView, Notice, ViewChange } from './game-types.ts';
import { tryEncodePath } from './share/path-code.ts';
import type { PlaySession } from './story/session.ts';

/** What the front end shows of a play session: its passages, choices, world and share code, with the core's notice and warning. */
export function sessionView(s: PlaySession, version: string, change: ViewChange, notice: Notice | null, storageWarning: string | null): GameView {
  const choices = s.choices();
  const status = !s.started ? 'idle' : choices.length === 0 ? 'ended' : 'playing';
  const code = tryEncodePath(
    version,
    s.path.map((index, i) => ({ index, text: s.texts[i] ?? '' })),
  );
  return {
    status,
    change,
    storyVersion: version,
    passages: [...s.passages],
    choices,
    decision: s.decision(),
    ending: s.ending(),
    world: s.world(),
    path: [...s.path],
    timeline: s.timeline(),
    shareCode: code.ok ? code.code : '',
    shareProblem: code.ok ? null : code.message,
    notice,
    storageWarning,
  };
}
