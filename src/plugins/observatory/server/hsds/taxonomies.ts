import { hsdsId } from './ids';
import { PROCUREMENT_MODES, TAXONOMIES, termObject } from './tables';

export interface AreaRow {
  code: string;
  name: string;
  description?: string | null;
}

/** The taxonomies the catalogue publishes: the programme's areas and the procurement modes. */
export function taxonomyObjects() {
  return Object.values(TAXONOMIES).map((t) => ({
    id: hsdsId('taxonomy', t.key),
    name: t.name,
    description: t.description,
    version: '2018-2020',
  }));
}

/** Every term of every taxonomy (flat: neither taxonomy has levels, so every term is a top term). */
export function termObjects(areas: AreaRow[]) {
  return [
    ...areas.map((a) => termObject(TAXONOMIES.areas.key, a.code, a.name, a.description ?? a.name)),
    ...Object.entries(PROCUREMENT_MODES).map(([code, m]) => termObject(TAXONOMIES.procurement.key, code, m.name, m.description)),
  ];
}
