// The faces the first page's text does not need: Oswald (headings, buttons, the map's labels), italic (history notes,
// citations) and bold. Loaded by main.ts once the page has settled, and by the map before it draws its labels; until
// then the browser slants and thickens the regular face, and the headings stand in the fallback sans.
import '@fontsource/oswald/latin-500.css';
import '@fontsource/pt-serif/latin-400-italic.css';
import '@fontsource/pt-serif/latin-700.css';
