// The game's styles, in cascade order: later files override earlier ones.
import './base.css';
import './masthead.css';
import './story.css';
import './map.css';
import './forces.css';
import './sheets.css';
import './runs.css';
import './classroom.css';
import './print.css';
import './projector.css';
import './lesson-vote.css';
import './lesson.css';
import './touch.css';
