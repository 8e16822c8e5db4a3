// Preloads the one font the first page draws its text in, so it is fetched alongside the script rather than after
// the page has been laid out. The file name is hashed at build time, hence a plugin rather than a line in index.html.
import type { Plugin } from 'vite';

/** Adds `<link rel="preload" as="font">` for each built font file whose name matches `pattern`. */
export function preloadFontPlugin(pattern: RegExp): Plugin {
  return {
    name: 'organiser-preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const files = Object.keys(ctx.bundle ?? {}).filter((file) => pattern.test(file));
        if (files.length === 0) throw new Error(`No built font matches ${pattern}: the preload would point nowhere`);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head-prepend' as const,
        }));
      },
    },
  };
}
