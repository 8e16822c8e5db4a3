/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

// ORGANISER_STORY=path/to/root.ink plays another story (e.g. a test fixture) instead of story/main.ink.
const storyOverride = process.env.ORGANISER_STORY;

export default defineConfig({
  plugins: [inkPlugin()],
  resolve: storyOverride ? { alias: [{ find: /^.*\/story\/main\.ink$/, replacement: resolve(storyOverride) }] } : {},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
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
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'story', include: ['tests/story/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000 } },
    ],
  },
});
