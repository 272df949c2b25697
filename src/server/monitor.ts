/**
 * Watches the database so the API never crash-loops on a bad URI or password: it keeps probing,
 * logs one line each time the state changes, and prepares the database (migrations, first seed)
 * whenever it comes up. `/ready` reports `isReady()`.
 */
import type { Logger } from '../config/logger.js';
import { DatabaseUnavailableError, type Database } from '../db/database.js';
import { messageOf } from '../shape.js';

export interface MonitorOptions {
  /** Runs each time the database is (again) reachable, before the API reports ready. */
  prepare: () => Promise<void>;
  /** Probe interval while the database is down, in ms. @default 2000 */
  retryMs?: number;
  /** Probe interval while the database is up, in ms. @default 10000 */
  checkMs?: number;
}

export class DatabaseMonitor {
  private prepared = false;
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

  /** True while the database answers and has been prepared. */
  async isReady(): Promise<boolean> {
    if (!this.prepared) return false;
    try {
      await this.db.ping();
      return true;
    } catch {
      return false;
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async check(): Promise<void> {
    try {
      await this.db.ping();
      if (!this.prepared) {
        await this.options.prepare();
        this.prepared = true;
        this.log.info({ uri: this.db.uri }, `database ready at ${this.db.uri}`);
      }
      this.lastProblem = null;
    } catch (error) {
      this.prepared = false;
      const problem = error instanceof DatabaseUnavailableError ? error.message : `database preparation failed: ${messageOf(error)}`;
      if (problem !== this.lastProblem) this.log.error({ uri: this.db.uri }, `${problem}; retrying until it answers`);
      this.lastProblem = problem;
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => void this.check(), this.prepared ? (this.options.checkMs ?? 10_000) : (this.options.retryMs ?? 2_000));
      this.timer.unref();
    }
  }
}
