/**
 * The bytes one request's answer may take (MAX_RESPONSE_BYTES), counted while the answer is built: the
 * database handle of the request charges every row as it arrives from Neo4j (plans and loaders alike),
 * and the loaders charge a value again each time their cache hands it out once more. Past the cap the
 * charge throws `exceeded()`, `onExceeded` is told once (the server aborts the execution), and every
 * later read of the request stops at its next row.
 */

/** The length of `value` as JSON, closely and without building the text: strings by their UTF-8 length. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      // Quotes; escapes are rare in the graph's texts and left out.
      return Buffer.byteLength(value) + 2;
    case 'number':
      return value < 1e6 && value > -1e6 && Number.isInteger(value) ? 4 : 12;
    case 'boolean':
      return 5;
    case 'object': {
      let n = 2;
      if (Array.isArray(value)) {
        for (const v of value) n += jsonBytes(v) + 1;
        return n;
      }
      for (const key in value) n += key.length + 4 + jsonBytes((value as Record<string, unknown>)[key]);
      return n;
    }
    default:
      return 0;
  }
}

/**
 * How many bytes of rows a request may read per byte its answer may take: a relation's row names the kind
 * and id of both ends whatever is selected, which measured 1.9 × the answer on a page of 100 entities with
 * their relations (233,714 bytes of rows for an answer of 120,721).
 */
export const ROW_BYTES_PER_ANSWER_BYTE = 2;

export class ByteBudget {
  #used = 0;
  #over = false;

  /**
   * `exceeded` makes the error a charge past `max` throws (the API's LIMIT_EXCEEDED); `onExceeded`
   * hears of it once, with that error.
   */
  constructor(
    readonly max: number,
    private readonly exceeded: (used: number, max: number) => Error,
    public onExceeded: (error: Error) => void = () => {},
  ) {}

  /** The bytes charged so far. */
  get used(): number {
    return this.#used;
  }

  /** Whether the charges have passed the cap. */
  get over(): boolean {
    return this.#over;
  }

  /** Adds `bytes`; throws once the total is past the cap (and at every charge or check after). */
  charge(bytes: number): void {
    this.#used += bytes;
    if (this.#used > this.max && !this.#over) {
      this.#over = true;
      this.onExceeded(this.exceeded(this.#used, this.max));
    }
    this.check();
  }

  /** Throws when the cap is already passed: a read about to start need not. */
  check(): void {
    if (this.#over) throw this.exceeded(this.#used, this.max);
  }
}
