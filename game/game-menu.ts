// The game menu's entries: each a view or an action, with a line saying what it does.
import type { MenuItem } from './ui/sheets/menu.ts';

/** The actions the menu offers, supplied by the wiring. */
export type MenuActions = { readonly openSheet: (name: string) => void } & Readonly<
  Record<'openSources' | 'openSettings' | 'toggleClassroom' | 'openCode' | 'restart' | 'showTitle', () => void>
> &
  Readonly<Record<'classroom' | 'playing', () => boolean>> &
  Readonly<Record<'lessonCut' | 'importLesson' | 'pack', () => void>>;

/** The menu for the state the game is in. */
export function menuItems(a: MenuActions): MenuItem[] {
  const sheet = (name: string) => () => a.openSheet(name);
  return [
    { label: 'Saves', hint: 'Save this game under a name, load one, or move a save between computers as a file.', action: sheet('saves') },
    {
      label: 'The map of the year',
      hint: 'Every decision point, the roads you have taken and the historical one; jump to any decision.',
      action: sheet('branch-map'),
    },
    { label: 'Compare two playthroughs', hint: 'Where two runs parted, the forces over time, and the city of each.', action: sheet('compare') },
    { label: 'Endings', hint: 'The endings you have reached, with their epilogues; hints for the rest.', action: sheet('endings') },
    {
      label: 'What the strategies lead to',
      hint: 'Where every option leads, from thousands of games played by the game itself.',
      action: sheet('strategies'),
    },
    { label: 'Sources', hint: 'The essay’s footnotes.', action: a.openSources },
    { label: 'Glossary', hint: 'Every person, party, place and word of 1917 the story links, in one list.', action: sheet('glossary') },
    { label: 'Settings', hint: 'Sound, music and effects volume, and the calendar.', action: a.openSettings },
    {
      label: a.classroom() ? 'Leave classroom mode' : 'Classroom mode',
      hint: a.classroom() ? 'Back to the layout for one player.' : 'Projector layout, a class vote at every decision, roles and a debrief.',
      action: a.toggleClassroom,
    },
    { label: 'Role cards', hint: 'Sixteen roles for students: view them or print one per sheet (front and back).', action: sheet('roles') },
    {
      label: 'Who plays which role',
      hint: 'Assign the roles to students by name or number, or deal the class at random; kept with the lesson.',
      action: sheet('assign'),
      when: a.classroom,
      id: 'assign-roles',
    },
    {
      label: 'Class debrief',
      hint: 'The class’s path against history, the turning points, the role fates; print or export the votes.',
      action: sheet('debrief'),
      when: a.classroom,
    },
    {
      label: 'Lesson cut',
      hint: 'Choose the 3-6 decisions the class will debate, with the time it will take; history plays the rest.',
      action: a.lessonCut,
      id: 'lesson-cut',
    },
    {
      label: 'Import a lesson',
      hint: 'Continue a lesson exported on another computer, exactly where the class stopped.',
      action: a.importLesson,
      id: 'import-lesson',
    },
    { label: 'Teacher’s guide', hint: 'Lesson plans, how to run the roles and the votes, content notes, further reading.', action: sheet('guide') },
    { label: 'Printable pack', hint: 'The guide, student sheets and source packet, to print one by one or as one PDF.', action: a.pack, id: 'pack' },
    { label: 'Teacher preview', hint: 'Go to any act or decision without playing through.', action: sheet('preview') },
    { label: 'Open a code', hint: 'Open a path someone shared.', action: a.openCode },
    { label: 'Restart', hint: 'Start a new game from 23 February.', action: a.restart, when: a.playing },
    { label: 'Title screen', hint: 'Back to the title screen; your game is saved.', action: a.showTitle, when: a.playing },
  ];
}
