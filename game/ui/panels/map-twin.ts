import { BAND_LABELS, type Band, capitalised, SITE_LABELS, type WorldView } from '../../../src/world/world-view.ts';
import { h } from '../dom.ts';

const ORDER: readonly Band[] = ['revolution', 'leaning_revolution', 'wavering', 'leaning_order', 'order'];

function districtFacts(d: WorldView['districts'][number]): string {
  const facts = [d.striking && 'on strike', d.crowds && 'crowds in the streets', d.barricades && 'barricades', d.armed && 'armed workers'].filter(Boolean);
  return facts.length ? ` (${facts.join(', ')})` : '';
}

/** What changed between two views of the city, in words; empty when nothing did. */
export function describeChanges(before: WorldView | null, after: WorldView): string[] {
  if (!before) return [];
  const changes: string[] = [];
  for (const d of after.districts) {
    const old = before.districts.find((x) => x.id === d.id);
    if (old && old.band !== d.band) changes.push(`${d.name} is now ${BAND_LABELS[d.band]} (was ${BAND_LABELS[old.band]}).`);
    if (old && !old.striking && d.striking) changes.push(`${d.name} has come out on strike.`);
    if (old?.striking && !d.striking) changes.push(`${d.name} is back at work.`);
    if (old && !old.barricades && d.barricades) changes.push(`Barricades in ${d.name}.`);
  }
  for (const s of after.sites) {
    const old = before.sites.find((x) => x.id === s.id);
    if (!old || old.status !== s.status)
      changes.push(`${s.name}: ${s.status === 'held' ? 'held by the revolution' : s.status === 'contested' ? 'being fought over' : 'raised'}.`);
  }
  for (const s of before.sites) if (!after.sites.some((x) => x.id === s.id)) changes.push(`${s.name}: no longer held by the revolution.`);
  return changes;
}

/** Renders the text twin of the map: what changed, then every district by where it stands, then the sites held. */
export function renderMapTwin(root: HTMLElement, view: WorldView, changes: readonly string[]): void {
  const groups = ORDER.map((band) => ({ band, districts: view.districts.filter((d) => d.band === band) })).filter((g) => g.districts.length > 0);
  const held = view.sites.filter((s) => s.status === 'held');
  const contested = view.sites.filter((s) => s.status === 'contested');
  const raised = view.sites.filter((s) => s.status === 'raised');
  root.replaceChildren(
    changes.length ? h('div', { className: 'twin__changes' }, h('h3', {}, 'Just now'), h('ul', {}, ...changes.map((c) => h('li', {}, c)))) : '',
    h('h3', {}, 'The districts'),
    h(
      'ul',
      { className: 'twin__districts' },
      ...groups.map((g) =>
        h('li', {}, h('strong', {}, `${capitalised(BAND_LABELS[g.band])}: `), g.districts.map((d) => `${d.name}${districtFacts(d)}`).join('; ')),
      ),
    ),
    held.length ? h('p', {}, h('strong', {}, `${capitalised(SITE_LABELS.held)}: `), held.map((s) => s.name).join(', ')) : '',
    contested.length ? h('p', {}, h('strong', {}, `${capitalised(SITE_LABELS.contested)}: `), contested.map((s) => s.name).join(', ')) : '',
    raised.length ? h('p', {}, h('strong', {}, 'Bridges raised: '), raised.map((s) => s.name).join(', ')) : '',
  );
}
