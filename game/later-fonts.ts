// The faces no first page needs: italic (history notes, citations) and bold. Loaded by main.ts once the page has
// settled; until then the browser slants and thickens the regular face.
import '@fontsource/pt-serif/latin-400-italic.css';
import '@fontsource/pt-serif/latin-700.css';
