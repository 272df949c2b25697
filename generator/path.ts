/**
 * The 5-hop anchor pair: start person → path company → path service → inspectorate → ministry → end
 * place, over HOLDS_ROLE, OWNS, PAUSED_REQUESTS_FROM, PART_OF and JURISDICTION_OVER. Its inner
 * entities and its far end get no other fact relation (the planners skip them: the path company and
 * service are excluded from the random picks, the authorities and the place sit past the counted
 * ones), so no shortcut can make the shortest path shorter than PATH_HOPS.
 */
import { PATH_COMPANY, WELL_KNOWN } from './anchors.js';
import type { World } from './world.js';

export function planPath(w: World) {
  const s = w.scale;
  // The slots World reserved after the counted authorities and places.
  const inspectorate = w.authority(s.authorities);
  const ministry = w.authority(s.authorities + 1);
  const end = w.place(s.places);
  const key = w.spread();
  w.addEntity(end, {
    kind: 'Place',
    id: WELL_KNOWN.pathTo,
    name: 'Quenmoor',
    aliases: ['Isle of Quenmoor'],
    description: 'An island territory (synthetic; the far end of the 5-hop benchmark path).',
    detail: 'territory',
    key,
  });
  w.addEntity(inspectorate, {
    kind: 'Authority',
    id: 'authority:syn-path-3',
    name: 'Quenmoor Telecom Inspectorate',
    description: 'The telecommunications inspectorate of Quenmoor (synthetic).',
    detail: 'telecommunications in Quenmoor',
    key,
  });
  w.addEntity(ministry, {
    kind: 'Authority',
    id: 'authority:syn-path-4',
    name: 'Quenmoor Interior Ministry',
    description: 'The interior ministry of Quenmoor (synthetic).',
    detail: 'internal affairs in Quenmoor',
    key,
  });
  w.addRelation('HOLDS_ROLE', w.person(0), w.company(PATH_COMPANY), key, { props: { title: 'chair' } });
  // OWNS company 0 → service 0 is planned with the services (ownership.ts).
  w.addRelation('PAUSED_REQUESTS_FROM', w.service(0), inspectorate, key, { dated: 1, props: { status: 'paused' } });
  w.addRelation('PART_OF', inspectorate, ministry, key, { variant: 'authority' });
  w.addRelation('JURISDICTION_OVER', ministry, end, key);
}
