/// <reference types="vitest/config" />

import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/csp.ts';
import { guidePlugin } from './scripts/vite-plugin-guide.ts';
import { inkPlugin, storyPreloadPlugin } from './scripts/vite-plugin-ink.ts';
import { preloadFontPlugin } from './scripts/vite-plugin-preload-font.ts';

// ORGANISER_STORY=path/to/root.ink plays another story (e.g. a test fixture) instead of story/main.ink.
const storyOverride = process.env.ORGANISER_STORY;

export default defineConfig({
  // Relative URLs, so dist/ can be hosted in any folder of a school's own web server.
  base: './',
  publicDir: 'assets/public',
  plugins: [
    inkPlugin(storyOverride ?? 'story/main.ink'),
    storyPreloadPlugin(),
    // The text face of the first page, fetched with the script (the other faces come after the first choice: game/later.ts).
    preloadFontPlugin(/pt-serif-latin-400-normal-[^/]*\.woff2$/),
    guidePlugin(),
    // The Content-Security-Policy, in the built index.html only (scripts/csp.ts; README, "Host it").
    cspPlugin(),
    // Works offline once loaded: the service worker precaches the game, the map engine, the sounds and the fonts.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'The Organiser: Petrograd 1917',
        short_name: 'The Organiser',
        description: 'A choose-your-path history game of 1917 Petrograd.',
        theme_color: '#f2e8d5',
        background_color: '#f2e8d5',
        display: 'standalone',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,ogg,mp3,json}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Take control of the open tab on the first visit, so a connection that drops mid-lesson is already covered.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: storyOverride ? { alias: [{ find: /^.*\/story\/main\.ink(?=\?json$|$)/, replacement: resolve(storyOverride) }] } : {},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Sounds are files, never inlined into the first page's script: none plays before the first gesture.
    assetsInlineLimit: (file: string) => (/\.(ogg|mp3)$/.test(file) ? false : undefined),
    rolldownOptions: {
      // join.html is the students' class-vote page (index.html sends ?join=CODE there): its own small entry.
      input: { index: resolve('index.html'), join: resolve('join.html') },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          if (id.includes('node_modules/howler')) return 'howler';
          return undefined;
        },
      },
    },
  },
  test: {
    // One worker per core: Vitest's default leaves one core to its own process, which on a 2-core machine ran the
    // story's act walks one file after the other (250 s); the main process is idle while the workers run.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'relay', include: ['tests/relay/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { extends: true, test: { name: 'story', include: ['tests/story/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000 } },
    ],
  },
});
