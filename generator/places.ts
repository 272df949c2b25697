/**
 * Places and the public bodies that govern them: countries and their cities (PART_OF), then per place
 * a government and a few specialised authorities under it, each with jurisdiction over its place most
 * of the time. Authorities are the far end of most data-request stances (actions.ts).
 */
import { AUTHORITY_BODIES, pad, placeNames } from './names.js';
import type { World } from './world.js';

/** What later planners need to know about the places: their names, and each city's country. */
export interface Places {
  names: string[];
  /** Places 0 … countries - 1 are countries; the rest are cities. */
  countries: number;
  /** The country of each place (a country's own number for a country). */
  countryOf: number[];
}

export function planPlaces(w: World): Places {
  const s = w.scale;
  const names = placeNames(w.rng, s.places);
  const countries = Math.max(2, Math.round(s.places / 4));
  const countryOf: number[] = [];
  for (let p = 0; p < s.places; p++) {
    const country = p < countries;
    const name = names[p]!;
    countryOf[p] = country ? p : w.rng.int(countries);
    w.addEntity(w.place(p), {
      kind: 'Place',
      id: `place:syn-place-${pad(p, 4)}`,
      name,
      aliases: country && w.rng.chance(0.5) ? [`Republic of ${name}`] : [],
      description: country ? `A country (synthetic).` : `A city in ${names[countryOf[p]!]} (synthetic).`,
      detail: country ? 'country' : 'city',
      key: w.spread(),
    });
    if (!country) w.addRelation('PART_OF', w.place(p), w.place(countryOf[p]!), w.entities[w.place(p)]!.key, { variant: 'city' });
  }
  return { names, countries, countryOf };
}

/**
 * Authorities body by body (the government first) and place by place, until there are enough. A
 * city's government is PART_OF its country's; other bodies are mostly PART_OF their place's government.
 */
export function planAuthorities(w: World, places: Places) {
  const s = w.scale;
  const government = new Map<number, number>();
  let a = 0;
  for (let b = 0; b < AUTHORITY_BODIES.length && a < s.authorities; b++) {
    for (let p = 0; p < s.places && a < s.authorities; p++, a++) {
      const [body, area] = AUTHORITY_BODIES[b]!;
      const place = places.names[p]!;
      if (b === 0) government.set(p, a);
      const aliases = b === 0 ? [`${place} government`] : w.rng.chance(0.3) ? [`${place} ${area} body`] : [];
      w.addEntity(w.authority(a), {
        kind: 'Authority',
        id: `authority:syn-auth-${pad(a, 4)}`,
        name: `${place} ${body}`,
        aliases,
        description: `The body responsible for ${area} in ${place} (synthetic).`,
        detail: `${area} in ${place}`,
        key: w.spread(),
      });
      const key = w.entities[w.authority(a)]!.key;
      const parent = b === 0 ? (p >= places.countries ? government.get(places.countryOf[p]!) : undefined) : w.rng.chance(0.9) ? government.get(p) : undefined;
      if (parent !== undefined) w.addRelation('PART_OF', w.authority(a), w.authority(parent), key, { variant: 'authority' });
      if (w.rng.chance(0.7)) w.addRelation('JURISDICTION_OVER', w.authority(a), w.place(p), key);
    }
  }
}
