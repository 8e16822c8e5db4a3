// Debian's Chromium as the browser tests and the benchmark launch it (see shared/stack-notes.md):
// never a downloaded browser, headless in a sandbox without a GPU.

/** Where the browser is: Debian's package, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium here: no sandbox or GPU (WebGL in SwiftShader), nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
