import type { Variables } from '../story/runner.ts';

/** The game's state at the end of a lesson: the ending reached (null if the class stopped before one) and the ink variables. */
export interface EndState {
  readonly ending: string | null;
  readonly vars: Variables;
}

/** One test a role's victory depends on, with the words that explain it. */
interface Condition {
  readonly says: string;
  readonly holds: (end: EndState) => boolean;
}

/** A role's secret objective and how the game judges it. */
export interface RoleObjective {
  readonly role: string;
  /** The secret objective, as printed on the card (second person). */
  readonly objective: string;
  /** What counts as victory, in one sentence a student can check against the debrief. */
  readonly victory: string;
  readonly conditions: readonly Condition[];
}

/** A role's result at the end of a lesson. */
export interface RoleResult {
  readonly role: string;
  readonly won: boolean;
  /** Why, condition by condition ("met" or "not met"). */
  readonly why: string;
}

/** Endings where the soviets hold power after October (the decrees on peace and land stand). */
export const SOVIET_POWER = ['october_historical', 'october_isolated', 'second_vote', 'soviet_coalition'] as const;

function num(end: EndState, name: string): number {
  const value = end.vars[name];
  return typeof value === 'number' ? value : 0;
}

function endingIn(ids: readonly string[], says: string): Condition {
  return { says, holds: (end) => end.ending !== null && ids.includes(end.ending) };
}

function atLeast(name: string, min: number, says: string): Condition {
  return { says: `${says} (${name.replaceAll('_', ' ')} ${min} or more)`, holds: (end) => num(end, name) >= min };
}

function atMost(name: string, max: number, says: string): Condition {
  return { says: `${says} (${name.replaceAll('_', ' ')} ${max} or less)`, holds: (end) => num(end, name) <= max };
}

/** Every role's secret objective, in the order of assets/classroom/roles.json. */
export const ROLE_OBJECTIVES: readonly RoleObjective[] = [
  {
    role: 'bolshevik_hardliner',
    objective: 'Make sure the soviets take power and that the workers keep the rifles to hold it.',
    victory: 'The year ends in soviet power with a strong Red Guard.',
    conditions: [endingIn(SOVIET_POWER, 'the soviets hold power'), atLeast('red_guard', 50, 'the Red Guard is strong')],
  },
  {
    role: 'bolshevik_moderate',
    objective: 'Keep the party from a lonely gamble: you want a government of all the socialist parties, resting on the soviets.',
    victory: 'The year ends in a government of the socialist parties, or in soviet power with the left allies on board.',
    conditions: [
      {
        says: 'a government the socialist parties share (a socialist-unity ending, or soviet power with left allies 70 or more)',
        holds: (end) =>
          ['socialist_unity', 'second_vote', 'socialist_government', 'september_compromise', 'soviet_coalition'].includes(end.ending ?? '') ||
          ((SOVIET_POWER as readonly string[]).includes(end.ending ?? '') && num(end, 'left_allies') >= 70),
      },
    ],
  },
  {
    role: 'menshevik',
    objective: 'Keep the revolution democratic: no seizure of power, and a Constituent Assembly or a broad coalition deciding Russia’s future.',
    victory: 'The year ends with the Assembly sovereign or a coalition of the socialists in office, not in a seizure or a dictatorship.',
    conditions: [
      endingIn(
        [
          'assembly_sovereign',
          'socialist_unity',
          'revolution_disarmed',
          'soviet_power_may',
          'moderates_republic',
          'socialist_government',
          'soviet_majority_republic',
          'september_compromise',
        ],
        'the Assembly or a coalition governs',
      ),
    ],
  },
  {
    role: 'menshevik_internationalist',
    objective: 'Get peace and a government of all the socialist parties, without the liberals and without civil war between socialists.',
    victory: 'The year ends in a government the socialist parties share.',
    conditions: [
      endingIn(
        [
          'socialist_unity',
          'second_vote',
          'soviet_power_may',
          'socialist_government',
          'soviets_without_bolsheviks',
          'september_compromise',
          'soviet_coalition',
        ],
        'the socialist parties share power',
      ),
    ],
  },
  {
    role: 'sr_minister',
    objective: 'See the land given to the peasants by the law of a Constituent Assembly elected by all the people.',
    victory: 'The year ends with the Constituent Assembly ruling.',
    conditions: [endingIn(['assembly_sovereign'], 'the Constituent Assembly rules')],
  },
  {
    role: 'left_sr',
    objective: 'Win the land for the peasant communes now, and a place for your party beside the Bolsheviks in a soviet government.',
    victory: 'The year ends in soviet power, with widespread land seizures and the left allies working with the Bolsheviks.',
    conditions: [
      endingIn(SOVIET_POWER, 'the soviets hold power'),
      atLeast('peasant_land', 60, 'the peasants have taken the land'),
      atLeast('left_allies', 50, 'the left allies work with the Bolsheviks'),
    ],
  },
  {
    role: 'kadet',
    objective: 'Keep Russia in the war beside the Allies and bring it to a constitutional order in which the soviets do not rule.',
    victory: 'The year ends with the Provisional Government restored, a coalition back in office, or the Assembly ruling.',
    conditions: [
      endingIn(['kerensky_restored', 'revolution_disarmed', 'assembly_sovereign', 'moderates_republic'], 'a constitutional government, not the soviets, rules'),
    ],
  },
  {
    role: 'kerensky',
    objective: 'Stay at the head of the government until the Constituent Assembly meets, standing between the generals and the soviets.',
    victory: 'The year ends with Kerensky’s government in office, restored or never overthrown.',
    conditions: [endingIn(['kerensky_restored', 'revolution_disarmed', 'congress_dispersed', 'moderates_republic'], 'Kerensky’s government holds')],
  },
  {
    role: 'kornilov_officer',
    objective: 'Restore discipline in the army and sweep away the soviets, by a military dictatorship if need be.',
    victory: 'The year ends with the soviets crushed by force, or the counter-revolution stronger than ever.',
    conditions: [
      {
        says: 'the soviets are crushed (a Kornilov, July or February defeat ending) or counter-revolution is 90 or more',
        holds: (end) =>
          ['kornilov_victorious', 'july_crushed', 'swallowed_by_coalition', 'february_crushed'].includes(end.ending ?? '') || num(end, 'counter_threat') >= 90,
      },
    ],
  },
  {
    role: 'factory_committee_delegate',
    objective: 'Keep your factory open and put the workers’ committee in charge of its books, its hiring and its firing.',
    victory: 'Workers’ control reaches most of industry, and no government breaks the committees up.',
    conditions: [atLeast('workers_control', 60, 'workers’ control is widespread'), atMost('repression', 60, 'the committees are left alone')],
  },
  {
    role: 'putilov_worker',
    objective: 'Back whoever can bring bread and peace; you care about results, not speeches.',
    victory: 'The year ends with a government that has decreed peace, and with the workers confident.',
    conditions: [endingIn(SOVIET_POWER, 'a government that decreed peace'), atLeast('worker_confidence', 60, 'the workers are confident')],
  },
  {
    role: 'textile_worker',
    objective: 'Bring the war to an end and win respect and bread at the mill; make the men listen to the women who started it all.',
    victory: 'The year ends in peace by decree, with the workers confident and some control over the mills.',
    conditions: [
      endingIn(SOVIET_POWER, 'peace is decreed'),
      atLeast('worker_confidence', 60, 'the workers are confident'),
      atLeast('workers_control', 40, 'the workers have a say in the mills'),
    ],
  },
  {
    role: 'kronstadt_sailor',
    objective: 'Put power in the hands of working people and keep the sailors’ committees running the fleet.',
    victory: 'The year ends in soviet power with the fleet fully behind the revolution.',
    conditions: [endingIn(SOVIET_POWER, 'the soviets hold power'), atLeast('fleet', 70, 'the fleet is with the revolution')],
  },
  {
    role: 'garrison_soldier',
    objective: 'Never be sent to the front, never fire on the crowds, and see the land shared out in your village.',
    victory: 'The war is ended by decree, the garrison is on the revolution’s side and the peasants have taken the land.',
    conditions: [
      endingIn(SOVIET_POWER, 'the war is ended by decree'),
      atLeast('garrison', 60, 'the garrison sides with the revolution'),
      atLeast('peasant_land', 60, 'the peasants have taken the land'),
    ],
  },
  {
    role: 'vikzhel_railwayman',
    objective: 'Stop the socialists fighting each other: any civil war will be fought along your tracks.',
    victory: 'The year ends in a government shared by the socialist parties, agreed without civil war.',
    conditions: [
      endingIn(
        ['socialist_unity', 'revolution_disarmed', 'second_vote', 'socialist_government', 'september_compromise', 'soviet_coalition'],
        'the socialist parties settle by agreement',
      ),
    ],
  },
  {
    role: 'anarchist',
    objective: 'Smash the old state and keep any new one weak: the factories and the land to those who work them, with no bosses and no police.',
    victory: 'Workers run most of industry with rifles in their own hands, and no government, old or new, holds the left down.',
    conditions: [
      atLeast('workers_control', 60, 'workers run most of industry'),
      atLeast('red_guard', 50, 'the workers are armed'),
      atMost('repression', 55, 'nobody holds the left down'),
    ],
  },
];

/** Judges every role against the end state: won when every one of its conditions holds. */
export function judgeRoles(end: EndState): RoleResult[] {
  return ROLE_OBJECTIVES.map((o) => {
    const results = o.conditions.map((c) => ({ c, met: c.holds(end) }));
    const won = results.every((r) => r.met);
    const why = results.map((r) => `${r.c.says}: ${r.met ? 'met' : 'not met'}`).join('; ');
    return { role: o.role, won, why: end.ending === null ? `The class has not reached an ending yet. ${why}` : why };
  });
}

/** The objective of one role, if it has one. */
export function objectiveOf(role: string): RoleObjective | undefined {
  return ROLE_OBJECTIVES.find((o) => o.role === role);
}
