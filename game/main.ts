// The entry: the first page's styles and font, then the compiled story fetched beside this script, then the game (boot.ts).
// Only the face the first page's text is set in, the Latin subset alone (the text has no Cyrillic, and a per-subset
// file has no unicode-range, so each would be fetched). Oswald (headings, buttons), italic and bold come once the page
// has settled (later-fonts.ts): until then the headings stand in Arial Narrow or the system's sans.
import '@fontsource/pt-serif/latin-400.css';
import './styles/all.ts';
import storyUrl from '../story/main.ink?json';
import { boot } from './boot.ts';
import { fetchStory, showStoryFailure } from './story-file.ts';

// The story downloads beside this script (index.html preloads it); the game starts once both are here.
fetchStory(storyUrl).then(boot, showStoryFailure);
