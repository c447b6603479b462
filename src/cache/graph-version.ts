import { readGraphVersion, type GraphVersion } from '../db/graph-info';
import type { CypherExecutor } from '../db/executor';
import type { Logger } from '../observability/logger';

export interface GraphVersionSource {
  /** The version last read; null before the first read or when the graph carries none. */
  current(): GraphVersion | null;
}

export interface GraphVersionTrackerOptions {
  /** Background re-read interval (GRAPH_VERSION_REFRESH_MS); 0 = only when refresh() is called (tests drive it). */
  refreshMs: number;
  /** Told once when reads start failing (the last known version stays in use) and once when they work again. */
  logger?: Pick<Logger, 'warn' | 'info'>;
}

/**
 * Knows which version of the graph the database holds without asking on every request: it re-reads
 * the GraphInfo node in the background at most every `refreshMs`, one read in flight at a time.
 * After a reseed by another process, requests see the new version within refreshMs plus one read;
 * until then they keep the old one (and the response cache its entries of the old one).
 */
export class GraphVersionTracker implements GraphVersionSource {
  private version: GraphVersion | null = null;
  private inFlight: Promise<GraphVersion | null> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly executor: CypherExecutor,
    private readonly options: GraphVersionTrackerOptions,
  ) {}

  current(): GraphVersion | null {
    return this.version;
  }

  /** Reads the version now; joins the read already in flight rather than starting a second one. */
  refresh(): Promise<GraphVersion | null> {
    if (!this.inFlight) {
      this.inFlight = readGraphVersion(this.executor)
        .then((version) => {
          this.version = version;
          if (this.failing) this.options.logger?.info('graph version: read again');
          this.failing = false;
          return version;
        })
        .catch((error: unknown) => {
          if (!this.failing)
            this.options.logger?.warn({ err: error }, 'graph version: cannot read it; keeping the last known one');
          this.failing = true;
          return this.version;
        })
        .finally(() => {
          this.inFlight = null;
        });
    }
    return this.inFlight;
  }

  /** First read now, then the background loop; until a read succeeds the version is unknown and nothing is cached. */
  start(): Promise<GraphVersion | null> {
    const first = this.refresh();
    if (this.options.refreshMs > 0) void first.finally(() => this.schedule());
    return first;
  }

  // setTimeout after each read, not setInterval: a slow read never overlaps the next one.
  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.refresh().finally(() => this.schedule());
    }, this.options.refreshMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }
}
