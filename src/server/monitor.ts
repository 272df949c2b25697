/**
 * Watches the database so the API never crash-loops on a bad URI or password: it keeps probing,
 * logs one line each time the state changes, and prepares the database (migrations, first seed)
 * whenever it comes up. `/ready` reports `ready`, the state of the latest probe, without a query of
 * its own; a request that finds the database unavailable makes it not ready at once and probes again.
 */
import type { Logger } from '../config/logger.js';
import { DatabaseUnavailableError, type Database } from '../db/database.js';
import { messageOf } from '../shape.js';

export interface MonitorOptions {
  /** Runs each time the database is (again) reachable, before the API reports ready. */
  prepare: () => Promise<void>;
  /** Probe interval while the database is down, in ms. @default 2000 */
  retryMs?: number;
  /** Probe interval while the database is up, in ms. @default 5000 */
  checkMs?: number;
}

export class DatabaseMonitor {
  private prepared = false;
  private up = false;
  private checking = false;
  private lastProblem: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private firstCheck: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly options: MonitorOptions,
  ) {}

  /** Starts probing; resolves after the first probe (whether or not the database answered). */
  start(): Promise<void> {
    this.firstCheck ??= this.check();
    return this.firstCheck;
  }

  /** True while the database answered the latest probe and has been prepared; sends no query. */
  get ready(): boolean {
    return this.up;
  }

  /**
   * A request found the database unavailable: not ready from now on, and probe again at once (the
   * probe makes it ready again if the database does answer). While already not ready, the probes keep
   * their interval.
   */
  reportUnavailable(): void {
    if (!this.up) return;
    this.up = false;
    if (this.stopped || this.checking) return;
    clearTimeout(this.timer);
    void this.check();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async check(): Promise<void> {
    this.checking = true;
    try {
      await this.db.ping();
      if (!this.prepared) {
        await this.options.prepare();
        this.prepared = true;
        this.log.info({ uri: this.db.uri }, `database ready at ${this.db.uri}`);
      }
      this.lastProblem = null;
      this.up = true;
    } catch (error) {
      this.prepared = false;
      this.up = false;
      const problem = error instanceof DatabaseUnavailableError ? error.message : `database preparation failed: ${messageOf(error)}`;
      if (problem !== this.lastProblem) this.log.error({ uri: this.db.uri }, `${problem}; retrying until it answers`);
      this.lastProblem = problem;
    }
    this.checking = false;
    if (!this.stopped) {
      this.timer = setTimeout(() => void this.check(), this.prepared ? (this.options.checkMs ?? 5_000) : (this.options.retryMs ?? 2_000));
      this.timer.unref();
    }
  }
}
