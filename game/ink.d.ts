// Type of an imported .ink file (compiled by scripts/vite-plugin-ink.ts).
declare module '*.ink' {
  const json: string;
  export default json;
  export const storyVersion: string;
}
