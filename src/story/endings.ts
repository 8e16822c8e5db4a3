import type { ActId } from './tags.ts';

/** How the game presents an ending: its title, the act it can happen in, and one line on what it means. */
export interface EndingInfo {
  readonly id: string;
  readonly title: string;
  readonly act: ActId;
  readonly summary: string;
  readonly historical: boolean;
}

const list: EndingInfo[] = [
  {
    id: 'february_crushed',
    act: 'february',
    historical: false,
    title: 'Drowned in the snow',
    summary: 'An armed rising before the soldiers came over ends in a massacre; the Tsar’s ministers survive the winter.',
  },
  {
    id: 'february_fizzles',
    act: 'february',
    historical: false,
    title: 'A February that never became a revolution',
    summary: 'The workers go back to work and the regime recovers its nerve.',
  },
  {
    id: 'swallowed_by_coalition',
    act: 'dual_power',
    historical: false,
    title: 'Swallowed by the coalition',
    summary: 'The Bolsheviks blur into the Soviet majority; the year’s anger finds no party, and a general finds the city.',
  },
  {
    id: 'april_adventure',
    act: 'dual_power',
    historical: false,
    title: 'The April adventure',
    summary: 'An armed march to overthrow the Provisional Government in April meets a city not yet ready for it.',
  },
  {
    id: 'soviet_power_may',
    act: 'dual_power',
    historical: false,
    title: 'The soviets take power in May',
    summary: 'Pushed by the district soviets, the Soviet majority governs without the liberals from May; the Bolsheviks stay outside.',
  },
  {
    id: 'july_crushed',
    act: 'july_days',
    historical: false,
    title: 'The July rising crushed',
    summary: 'A bid for power in July is isolated and drowned in blood; a military dictatorship follows.',
  },
  // Act II roads (story/roads/dp_roads.ink): the spring's alternatives played on through July.
  {
    id: 'moderates_republic',
    act: 'july_days',
    historical: false,
    title: 'A moderates’ republic',
    summary: 'The party stays the Soviet majority’s left wing; the coalition survives to the Assembly, with the war and the bread queues.',
  },
  {
    id: 'socialist_government',
    act: 'july_days',
    historical: false,
    title: 'A government of the Soviet',
    summary: 'Pressed from inside and outside in July, the moderate socialists take the power the streets offer them.',
  },
  {
    id: 'soviets_without_bolsheviks',
    act: 'july_days',
    historical: false,
    title: 'The soviets without the Bolsheviks',
    summary: 'A party broken in July watches Martov and the Left SRs lead the soviets to power in the autumn.',
  },
  {
    id: 'kornilov_victorious',
    act: 'kornilov',
    historical: false,
    title: 'Kornilov in Petrograd',
    summary: 'Left to itself, Kornilov’s march succeeds: martial law, the soviets abolished, Riga as the model.',
  },
  {
    id: 'soviet_majority_republic',
    act: 'kornilov',
    historical: false,
    title: 'The Soviet majority’s republic',
    summary: 'The Mensheviks and SRs lead the defence against Kornilov, break with the liberals and govern; the Bolsheviks are the opposition.',
  },
  {
    id: 'petrograd_commune',
    act: 'kornilov',
    historical: false,
    title: 'The Petrograd commune',
    summary: 'Armed Petrograd beats Kornilov on its own and keeps its rifles; the city holds, cut off from a country that has not come over.',
  },
  {
    id: 'petrograd_surrendered',
    act: 'october',
    historical: false,
    title: 'Waiting for the Assembly',
    summary: 'While the party waits for the Constituent Assembly, Petrograd falls and the soviets are dissolved.',
  },
  {
    id: 'socialist_unity',
    act: 'october',
    historical: false,
    title: 'Unity without a rising',
    summary: 'A broad socialist government without a rising re-ties the knot with the liberals, and the officers move.',
  },
  {
    id: 'premature_rising',
    act: 'october',
    historical: false,
    title: 'A rising without the Congress',
    summary: 'An insurrection by the party alone, without the Soviet Congress’s mandate, is isolated.',
  },
  {
    id: 'congress_dispersed',
    act: 'october',
    historical: false,
    title: 'The Congress dispersed',
    summary: 'Waiting with nothing prepared, the party watches the government strike first.',
  },
  {
    id: 'kerensky_restored',
    act: 'defence',
    historical: false,
    title: 'Kerensky restored',
    summary: 'Kerensky returns to Petrograd on the officers’ bayonets.',
  },
  {
    id: 'revolution_disarmed',
    act: 'defence',
    historical: false,
    title: 'The revolution disarmed',
    summary: 'The Vikzhel terms put the armed forces under the City Duma; coalition returns, and the war with it.',
  },
  {
    id: 'assembly_sovereign',
    act: 'defence',
    historical: false,
    title: 'The Assembly rules',
    summary: 'The Constituent Assembly takes power; the essay follows its heirs to Samara, and to Kolchak.',
  },
  {
    id: 'assembly_and_soviets',
    act: 'defence',
    historical: false,
    title: 'Assembly and soviets',
    summary: 'Kamenev and Zinoviev’s hope, reached with or without a rising: the Assembly and the soviets govern side by side, uneasily.',
  },
  {
    id: 'october_isolated',
    act: 'defence',
    historical: false,
    title: 'Alone in Smolny',
    summary: 'A Bolshevik government that refuses every ally survives, narrower and harsher.',
  },
  {
    id: 'second_vote',
    act: 'defence',
    historical: false,
    title: 'A second vote',
    summary: 'New elections with separate Left SR lists: a road the essay’s logic allows but history never took.',
  },
  {
    id: 'september_compromise',
    act: 'october',
    historical: false,
    title: 'A government of the soviets’ parties',
    summary: 'Lenin’s September compromise taken up: the Mensheviks and SRs govern without the Kadets, the Bolsheviks oppose them in the open.',
  },
  {
    id: 'soviet_coalition',
    act: 'defence',
    historical: false,
    title: 'All the soviets’ parties',
    summary: 'The Vikzhel talks end in a Soviet government of every socialist party that will take the decrees and leave the Red Guard armed.',
  },
  {
    id: 'october_historical',
    act: 'defence',
    historical: true,
    title: 'All power to the soviets',
    summary: 'October as it happened: Soviet power holds, the Assembly is dissolved, and the civil war begins.',
  },
];

/** Every ending the story can reach, by id. */
export const ENDINGS: ReadonlyMap<string, EndingInfo> = new Map(list.map((e) => [e.id, e]));

/** The title of an ending, or its id in words if it is not listed. */
export function endingTitle(id: string): string {
  return ENDINGS.get(id)?.title ?? id.replaceAll('_', ' ');
}
