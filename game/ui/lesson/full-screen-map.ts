// The map across the whole screen, for the projector: the browser's full screen where it is allowed, else the panel
// stretched over the page. Esc (or the button again) returns.

/** Wires the map panel's "Full-screen map" button. */
export function bindFullScreenMap(panel: HTMLElement): void {
  const button = panel.querySelector<HTMLButtonElement>('[data-action="map-fullscreen"]');
  if (!button) return;
  const show = (on: boolean) => {
    panel.classList.toggle('is-full', on);
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Leave full screen' : 'Full-screen map';
    // The map scene sizes itself to its frame: tell it the frame changed.
    window.dispatchEvent(new Event('resize'));
  };
  button.addEventListener('click', async () => {
    const on = !panel.classList.contains('is-full');
    if (on && panel.requestFullscreen) await panel.requestFullscreen().catch(() => undefined);
    else if (!on && document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    show(on);
  });
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && panel.classList.contains('is-full')) show(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.classList.contains('is-full') && !document.fullscreenElement) show(false);
  });
}
