/** What every export format is: a name, what it writes, and the writer (src/export/formats.ts registers them). */
import type { Counts, GraphSink } from './read.js';

/** Runs the read of the export's selection into `sink`. */
export type ReadInto = (sink: GraphSink) => Promise<Counts>;

export interface Written {
  counts: Counts;
  /** The files written, relative to the working directory, with their sizes in bytes. */
  files: { path: string; bytes: number }[];
  /** Record-based formats (BODS, FtM): how many records (statements, entities) the files hold. */
  records?: number;
}

/** The flags a format may take (`--jsonl`), each listed in its `options`. */
export interface WriteOptions {
  jsonl?: boolean;
}

export interface ExportFormat {
  /** One line for `npm run export -- --help`. */
  description: string;
  /** The default output: a file (GraphML) or a folder (CSV). */
  defaultOut: string;
  /** The flags of WriteOptions it takes; any other is refused by the command. */
  options?: readonly (keyof WriteOptions)[];
  write(read: ReadInto, out: string, options?: WriteOptions): Promise<Written>;
}
