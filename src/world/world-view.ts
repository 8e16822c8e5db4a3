import type { Variables, VarValue } from '../story/runner.ts';
import type { ActId, ViewId } from '../story/tags.ts';
import { type CharacterPlace, characterPlaces } from './characters.ts';
import { formatDate, toNewStyle } from './dates.ts';
import { FORCES } from './forces.ts';
import { PLACES, placeName } from './places.ts';

/** Where a district stands, from its mood: five bands so the map never relies on colour alone. */
export type Band = 'order' | 'leaning_order' | 'wavering' | 'leaning_revolution' | 'revolution';

/** Words for each band, for labels, legends and the text twin of the map. */
export const BAND_LABELS: Readonly<Record<Band, string>> = {
  order: 'held for the government',
  leaning_order: 'leaning to the government',
  wavering: 'wavering',
  leaning_revolution: 'leaning to the revolution',
  revolution: 'with the revolution',
};

/** Words for each state a site can be in, for the tooltip, the legend and the text twin. */
export const SITE_LABELS: Readonly<Record<SiteStatus, string>> = {
  held: 'held by the revolution',
  contested: 'fought over',
  raised: 'bridge raised',
};

/** A label as the start of a sentence or a heading. */
export function capitalised(label: string): string {
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

/** The state of one district as the map draws it. */
export interface DistrictView {
  readonly id: string;
  readonly name: string;
  /** 0 = solidly for order, 100 = wholly with the revolution. */
  readonly mood: number;
  readonly band: Band;
  readonly striking: boolean;
  readonly crowds: boolean;
  readonly barricades: boolean;
  readonly armed: boolean;
}

/** Who holds a site now. */
export type SiteStatus = 'held' | 'contested' | 'raised';

/** A site with a state worth drawing: held by the revolution, fought over, or (a bridge) raised. */
export interface SiteView {
  readonly id: string;
  readonly name: string;
  readonly status: SiteStatus;
}

/** One tracked force with its value 0-100. */
export interface ForceView {
  readonly key: string;
  readonly label: string;
  readonly explain: string;
  readonly value: number;
}

/** Where the story stands in time and space, from its tags. */
export interface StoryContext {
  readonly date: string | null;
  readonly act: ActId | null;
  readonly place: string | null;
  readonly view: ViewId | null;
}

/** The city at one moment: a pure function of the ink variables and the story context. */
export interface WorldView {
  /** Old Style ISO date, as the essay gives it. */
  readonly date: string | null;
  /** The same day in New Style. */
  readonly dateNewStyle: string | null;
  /** The date written out, Old Style and New Style. */
  readonly dateLabel: { readonly oldStyle: string; readonly newStyle: string } | null;
  readonly act: ActId | null;
  readonly place: string | null;
  readonly view: ViewId | null;
  readonly districts: readonly DistrictView[];
  readonly sites: readonly SiteView[];
  readonly forces: readonly ForceView[];
  readonly casualties: number;
  readonly arrests: number;
  /** The congress count on screen, if a scene is counting delegates. */
  readonly delegates: { readonly total: number; readonly bolshevik: number } | null;
  /** Where the story has put its characters (`where_` variables); empty when it places none. */
  readonly characters: readonly CharacterPlace[];
}

/** The district ids in map order. */
export const DISTRICT_IDS = [...PLACES.values()].filter((p) => p.kind === 'district').map((p) => p.id);

/** The band a mood (0-100) falls in. */
export function bandOf(mood: number): Band {
  if (mood >= 80) return 'revolution';
  if (mood >= 60) return 'leaning_revolution';
  if (mood >= 40) return 'wavering';
  if (mood >= 20) return 'leaning_order';
  return 'order';
}

function num(v: VarValue | undefined): number {
  return typeof v === 'number' ? v : 0;
}

function list(v: VarValue | undefined): ReadonlySet<string> {
  return new Set(Array.isArray(v) ? v : []);
}

function sites(vars: Variables): SiteView[] {
  const held = list(vars.held);
  const fought = list(vars.fought_over);
  const raised = list(vars.raised_bridges);
  const ids = [...new Set([...held, ...fought, ...raised])];
  return ids.map((id) => {
    const status: SiteStatus = fought.has(id) ? 'contested' : raised.has(id) ? 'raised' : 'held';
    return { id, name: placeName(id), status };
  });
}

/** Computes the view of the city from the story's variables and context; same input, same view. */
export function worldView(vars: Variables, context: StoryContext): WorldView {
  const strikes = list(vars.strikes);
  const crowds = list(vars.crowds);
  const barricades = list(vars.barricades);
  const armed = list(vars.armed_workers);
  const districts = DISTRICT_IDS.map((id) => {
    const mood = num(vars[`mood_${id}`]);
    return {
      id,
      name: placeName(id),
      mood,
      band: bandOf(mood),
      striking: strikes.has(id),
      crowds: crowds.has(id),
      barricades: barricades.has(id),
      armed: armed.has(id),
    };
  });
  const total = num(vars.delegates_total);
  return {
    date: context.date,
    dateNewStyle: context.date ? toNewStyle(context.date) : null,
    dateLabel: context.date ? { oldStyle: formatDate(context.date), newStyle: formatDate(toNewStyle(context.date)) } : null,
    act: context.act,
    place: context.place,
    view: context.view,
    districts,
    sites: sites(vars),
    forces: FORCES.map((f) => ({ ...f, value: num(vars[f.key]) })),
    casualties: num(vars.casualties),
    arrests: num(vars.arrests),
    delegates: total > 0 ? { total, bolshevik: num(vars.delegates_bolshevik) } : null,
    characters: characterPlaces(vars),
  };
}
