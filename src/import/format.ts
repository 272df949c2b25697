/** What an import format gives the runner (src/import/run.ts): one module each (bods.ts, ftm.ts). */
import type { DatasetInput } from '../store/rows.js';
import type { LookupKeys, Lookups, Plan } from './resolve.js';

/** A file read and checked as a whole: its records, the dataset they are published in, and what to look up. */
export interface Reading {
  records: number;
  dataset: DatasetInput;
  keys: LookupKeys;
  /** The records to write, resolved against what the graph holds. */
  plan(lookups: Lookups): Plan;
}

export interface ImportFormat {
  /** Its name in reports and operations ("BODS 0.4"). */
  label: string;
  /** What one record of the file is ("statements"). */
  noun: string;
  /** Reads and checks the whole content; throws ImportInputError with every problem. */
  read(content: string, options: { file: string; dataset?: string }): Reading;
}
