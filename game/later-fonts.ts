// The faces the first page's text does not need: Oswald (headings, buttons, the map's labels), italic (history notes,
// citations) and bold. Loaded by main.ts once the page has settled, and by the map before it draws its labels; until
// then the browser slants and thickens the regular face, and the headings stand in the fallback sans.
import '@fontsource/oswald/latin-500.css';
import '@fontsource/pt-serif/latin-400-italic.css';
import '@fontsource/pt-serif/latin-700.css';

// A declared face is fetched only when some text first needs it. The italic's first use is usually the first click's
// history note, and fetching it then cost that click its layout twice (the fallback slant, then the face when it came).
// It is fetched now, in the idle moment this module loads in, like the two faces the title screen already uses.
void document.fonts.load('italic 400 1em "PT Serif"').catch(() => undefined);
