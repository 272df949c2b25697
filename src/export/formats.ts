/** The export formats `npm run export -- --format NAME` knows, by name: one module each. */
import { bods } from './bods.js';
import { csv } from './csv.js';
import type { ExportFormat } from './format.js';
import { ftm } from './ftm.js';
import { graphml } from './graphml.js';

export const FORMATS: Readonly<Record<string, ExportFormat>> = { graphml, csv, bods, ftm };

export const formatOf = (name: string): ExportFormat | undefined => (Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined);
