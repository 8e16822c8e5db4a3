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
