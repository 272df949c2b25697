/**
 * The ontology the page draws with (GET /explore/ontology.json): the kinds, each with a colour and a
 * node shape, the relation types and the support levels. The page holds no list of its own: a kind's
 * style is the palette entry at its place in the ontology, so a new kind gets the next one.
 */
import type { ExplorerOntology } from '../../src/server/explore-ontology.js';
import { h } from './dom.js';

/** Colour and cytoscape node shape, in the order of the ontology's kinds; the shape (and the kind in every label) carries it without colour. */
const PALETTE: readonly (readonly [colour: string, shape: Shape])[] = [
  ['#4e79a7', 'round-rectangle'],
  ['#76b7b2', 'ellipse'],
  ['#b07aa1', 'pentagon'],
  ['#f28e2b', 'triangle'],
  ['#f1ce63', 'vee'],
  ['#e15759', 'octagon'],
  ['#9c755f', 'hexagon'],
  ['#d4a373', 'heptagon'],
  ['#59a14f', 'diamond'],
  ['#bab0ac', 'rectangle'],
  ['#edc948', 'barrel'],
  ['#ff9da7', 'star'],
  ['#a0cbe8', 'rhomboid'],
  ['#8cd17d', 'tag'],
];
const UNKNOWN = ['#cccccc', 'ellipse'] as const;

type Shape =
  | 'round-rectangle'
  | 'rectangle'
  | 'barrel'
  | 'ellipse'
  | 'triangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'heptagon'
  | 'octagon'
  | 'star'
  | 'rhomboid'
  | 'tag'
  | 'vee';

export interface KindStyle {
  colour: string;
  shape: Shape;
  /** For reading: Company, Organization. */
  label: string;
}

let ontology: ExplorerOntology = { kinds: [], relationTypes: [], supportLevels: [] };
let styles = new Map<string, KindStyle>();

export function useOntology(loaded: ExplorerOntology): void {
  ontology = loaded;
  styles = new Map(
    loaded.kinds.map((kind, i) => {
      // Past the palette's end, shapes and colours combine anew.
      const colour = PALETTE[i % PALETTE.length]![0];
      const shape = PALETTE[(i + Math.floor(i / PALETTE.length)) % PALETTE.length]![1];
      return [kind.value, { colour, shape, label: kind.name.replace(/(?<=[a-z])(?=[A-Z])/g, ' ') }];
    }),
  );
}

export const kinds = () => ontology.kinds;
export const relationTypes = () => ontology.relationTypes;
/** The provenance edges: every relation type but these is a fact, what the API follows by default. */
export const isProvenance = (type: string): boolean => ontology.relationTypes.some((t) => t.name === type && t.provenance);

/** A kind's (COMPANY's) colour, shape and label. */
export function kindStyle(kind: string): KindStyle {
  return styles.get(kind) ?? { colour: UNKNOWN[0], shape: UNKNOWN[1], label: kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ') };
}

export const kindLabel = (kind: string): string => kindStyle(kind).label;

/** How a support level reads (stated), with its meaning from the ontology. */
export function supportLabel(support: string): { text: string; title: string } {
  return { text: support.toLowerCase(), title: ontology.supportLevels.find((s) => s.name === support)?.description ?? '' };
}

/** The points of a regular polygon in the 20×20 icon box. */
const regular = (n: number, turn = 0) =>
  Array.from({ length: n }, (_, i) => {
    const a = turn + (2 * Math.PI * i) / n - Math.PI / 2;
    return `${(10 + 8 * Math.cos(a)).toFixed(1)},${(10 + 8 * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
const star = Array.from({ length: 10 }, (_, i) => {
  const a = (Math.PI * i) / 5 - Math.PI / 2;
  const r = i % 2 ? 3.6 : 9;
  return `${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`;
}).join(' ');

const SHAPE_SVG: Record<Shape, string> = {
  'round-rectangle': '<rect x="2" y="4" width="16" height="12" rx="4"/>',
  rectangle: '<rect x="2" y="4" width="16" height="12"/>',
  barrel: '<rect x="2" y="3" width="16" height="14" rx="7" ry="3"/>',
  ellipse: '<circle cx="10" cy="10" r="8"/>',
  triangle: `<polygon points="${regular(3)}"/>`,
  diamond: `<polygon points="${regular(4)}"/>`,
  pentagon: `<polygon points="${regular(5)}"/>`,
  hexagon: `<polygon points="${regular(6, Math.PI / 6)}"/>`,
  heptagon: `<polygon points="${regular(7)}"/>`,
  octagon: `<polygon points="${regular(8, Math.PI / 8)}"/>`,
  star: `<polygon points="${star}"/>`,
  rhomboid: '<polygon points="6,4 18,4 14,16 2,16"/>',
  tag: '<polygon points="2,4 13,4 18,10 13,16 2,16"/>',
  vee: '<polygon points="2,3 10,8 18,3 10,18"/>',
};

/** A small SVG of a kind's node shape, for the legend, the results and the details panel. */
export function kindIcon(kind: string): HTMLSpanElement {
  const { colour, shape } = kindStyle(kind);
  const span = h('span', { class: 'kind-icon', 'aria-hidden': 'true' });
  // Markup of this module's own constants only: no data from the API reaches innerHTML.
  span.innerHTML = `<svg viewBox="0 0 20 20" width="16" height="16" fill="${colour}" stroke="#222" stroke-width="1">${SHAPE_SVG[shape]}</svg>`;
  return span;
}
