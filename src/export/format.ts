/** What every export format is: a name, what it writes, and the writer (src/export/formats.ts registers them). */
import type { Counts, GraphSink } from './read.js';

/** Runs the read of the export's selection into `sink`. */
export type ReadInto = (sink: GraphSink) => Promise<Counts>;

export interface Written {
  counts: Counts;
  /** The files written, relative to the working directory, with their sizes in bytes. */
  files: { path: string; bytes: number }[];
}

export interface ExportFormat {
  /** One line for `npm run export -- --help`. */
  description: string;
  /** The default output: a file (GraphML) or a folder (CSV). */
  defaultOut: string;
  write(read: ReadInto, out: string): Promise<Written>;
}
