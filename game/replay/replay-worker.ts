// Replays paths for the act report off the page's thread. A replay builds an ink session of its own and walks
// history's whole road (hundreds of steps): on the page that was a long task of half a second or more on a weak
// laptop, which held up the click that came next ("Continue to Act N", then the first choice of the new act).
import { Runs } from '../../src/runs.ts';
import type { ReplayAnswer, ReplayRequest } from './replays.ts';

let runs: Runs | null = null;
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReplayRequest>) => void) | null;
  postMessage(answer: ReplayAnswer): void;
};

scope.onmessage = ({ data }) => {
  if (data.json) runs = new Runs(data.json);
  if (!runs) return;
  scope.postMessage({ id: data.id, player: runs.run(data.path).worlds, history: runs.historicalRun().worlds });
};
