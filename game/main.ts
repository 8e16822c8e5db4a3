// The entry: the first page's styles and font, then the compiled story fetched beside this script, then the game (boot.ts).
// Only the face the first page's text is set in, the Latin subset alone (the text has no Cyrillic, and a per-subset
// file has no unicode-range, so each would be fetched). Oswald (headings, buttons), italic and bold come once the page
// has settled (later-fonts.ts): until then the headings stand in Arial Narrow or the system's sans.
import '@fontsource/pt-serif/latin-400.css';
import './styles/all.ts';
import storyUrl, { firstPartUrl } from '../story/main.ink?json';
import { boot } from './boot.ts';
import { fetchStory, needsWholeStory, showStoryFailure } from './story-file.ts';

// The story downloads beside this script (index.html preloads its first part); the game starts once both are here.
// A new game needs only the first part (src/story/partial.ts); a saved game, a shared link or a lesson needs the whole.
if (needsWholeStory()) fetchStory(storyUrl).then((story) => boot(story, null), showStoryFailure);
else fetchStory(firstPartUrl).then((first) => boot(first, () => fetchStory(storyUrl)), showStoryFailure);
