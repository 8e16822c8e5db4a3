/// <reference types="vite-plugin-pwa/client" />
// Type of an imported .ink file (compiled by scripts/vite-plugin-ink.ts).
declare module '*.ink' {
  const json: string;
  export default json;
  export const storyVersion: string;
}

// The address of the compiled story as a JSON file of its own, of its first part (src/story/partial.ts), and its fingerprint.
declare module '*.ink?json' {
  const url: string;
  export default url;
  export const firstPartUrl: string;
  export const storyVersion: string;
}

// The build-time strategy explorer's findings (scripts/vite-plugin-ink.ts).
declare module 'virtual:strategies' {
  const summary: import('../src/explore/story-exploration.ts').StoryStrategies;
  export default summary;
}

// The repository's Markdown documents, rendered to HTML at build time (scripts/vite-plugin-guide.ts).
declare module '*.md?html' {
  const html: string;
  export default html;
}
