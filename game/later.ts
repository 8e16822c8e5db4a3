// Work the first choice must not wait for: the fonts only later text uses, and the service worker's install (which
// fetches every file of the game). Both wait for the page's load and then for the browser to be idle.

/** Runs `work` once the page has loaded and the browser is idle (or after `timeout` ms of load at most). */
export function whenSettled(work: () => void, timeout = 3000): void {
  const idle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout });
    else setTimeout(work, 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** Runs `work` when the browser is next idle (within `timeout` ms): for what a click must not wait for, such as its autosave. */
export function whenIdle(work: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 50);
}

/** How long without a click or key press counts as reading: long tasks wait for it (a tenth of a second each on a weak laptop). */
const READING_MS = 1000;
let lastInput = 0;
let watching = false;

/** Starts noting the player's clicks and keys (at boot, so that whenReading knows about the first ones). */
export function watchReading(): void {
  if (watching) return;
  watching = true;
  const input = () => {
    lastInput = performance.now();
  };
  for (const type of ['pointerdown', 'keydown', 'click'] as const) window.addEventListener(type, input, { capture: true, passive: true });
}

/**
 * Runs `work` when the player pauses to read (no click or key for READING_MS), in idle time: for long tasks that must
 * never land between a click and its paint. With `atMost`, it runs by then at the latest (in the next idle moment,
 * pause or not): for what must be kept soon, such as the autosave.
 */
export function whenReading(work: () => void, atMost = Number.POSITIVE_INFINITY): void {
  watchReading();
  const asked = performance.now();
  const due = () => performance.now() - asked >= atMost;
  const attempt = () => {
    const since = performance.now() - lastInput;
    if (since < READING_MS && !due()) {
      setTimeout(attempt, Math.min(READING_MS - since, atMost - (performance.now() - asked)));
      return;
    }
    whenIdle(() => {
      if (performance.now() - lastInput < READING_MS && !due()) attempt();
      else work();
    }, 500);
  };
  attempt();
}

/**
 * Runs work in the frame after the one that paints the new text and choices, so a step never waits for the map or
 * the sound: the story's frame is painted and committed first, and the map's update (with the layout and drawing it
 * brings) is the next frame's, a frame behind the text. (A task queued from the story's frame ran there too, but
 * ahead of the browser's own work after that paint; on a weak laptop's first click that was 10-20 ms.)
 */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(work));
}
