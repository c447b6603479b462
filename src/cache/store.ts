import KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../observability/logger';

/** A cached answer and the graph version it was computed from; a reader checks both. */
export interface CachedEntry {
  /** GraphVersion.hash at the time the answer was computed. */
  version: string;
  /** The response's `data`, as JSON. */
  data: string;
}

export interface ResponseStore {
  get(key: string): Promise<CachedEntry | undefined>;
  set(key: string, entry: CachedEntry): Promise<void>;
  /** Bytes held in this process (keys + JSON). */
  bytes(): number;
  close(): Promise<void>;
}

/** Key and JSON length in UTF-16 units ×2: an upper bound of what V8 holds for the strings. */
const entryBytes = (key: string, entry: CachedEntry) =>
  2 * (key.length + entry.version.length + entry.data.length) + 64;

/** In-process LRU bounded by bytes: the least recently used answers go first when a new one needs room. */
export class MemoryResponseStore implements ResponseStore {
  private readonly lru: LRUCache<string, CachedEntry>;

  constructor(maxBytes: number) {
    // An answer larger than the whole budget is simply not kept (lru-cache refuses it).
    this.lru = new LRUCache<string, CachedEntry>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entryBytes(key, entry),
    });
  }

  async get(key: string) {
    return this.lru.get(key);
  }

  async set(key: string, entry: CachedEntry) {
    this.lru.set(key, entry);
  }

  bytes() {
    return this.lru.calculatedSize;
  }

  async close() {
    this.lru.clear();
  }
}

export interface RedisStoreOptions {
  url: string;
  /** Seconds Redis keeps an entry; old versions' entries are never read again, the TTL lets Redis drop them. */
  ttlSeconds: number;
  logger: Logger;
  /** Bound on each Redis call, so a Redis that hangs costs a request at most this. */
  operationTimeoutMs?: number;
}

/**
 * Shared between API instances: the local LRU answers first, Redis second (and is filled on every
 * computed answer). Redis failing is never the request's failure: the call counts as a miss, the
 * answer comes from the database, and one warning is logged per outage (one info when it is back).
 */
export class TieredResponseStore implements ResponseStore {
  private readonly keyv: Keyv<CachedEntry>;
  private readonly redis: KeyvRedis<CachedEntry>;
  private healthy = true;
  private readonly timeoutMs: number;

  constructor(
    private readonly local: ResponseStore,
    private readonly options: RedisStoreOptions,
  ) {
    this.timeoutMs = options.operationTimeoutMs ?? 500;
    this.redis = new KeyvRedis<CachedEntry>(
      {
        url: options.url,
        // Fail at once while disconnected instead of queueing requests behind a reconnect.
        disableOfflineQueue: true,
        socket: {
          connectTimeout: this.timeoutMs,
          reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
        },
      },
      { throwOnErrors: true, throwOnConnectError: true, connectionTimeout: this.timeoutMs },
    );
    this.keyv = new Keyv<CachedEntry>({
      store: this.redis,
      namespace: 'igraph-response',
      throwOnErrors: true,
      ttl: options.ttlSeconds * 1000,
    });
    // Errors are handled where each call is awaited; these events would otherwise be unhandled.
    this.keyv.on('error', () => undefined);
    this.redis.on('error', () => undefined);
  }

  private async guarded<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        call(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis ${what} took longer than ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
        }),
      ]);
      if (!this.healthy) {
        this.healthy = true;
        this.options.logger.info('response cache: Redis answers again');
      }
      return result;
    } catch (error) {
      if (this.healthy) {
        this.healthy = false;
        this.options.logger.warn({ err: error }, 'response cache: Redis unavailable, answering from the database');
      }
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  async get(key: string) {
    const local = await this.local.get(key);
    if (local) return local;
    const shared = await this.guarded('get', () => this.keyv.get(key));
    if (shared) await this.local.set(key, shared);
    return shared ?? undefined;
  }

  async set(key: string, entry: CachedEntry) {
    await this.local.set(key, entry);
    await this.guarded('set', () => this.keyv.set(key, entry));
  }

  bytes() {
    return this.local.bytes();
  }

  async close() {
    await this.local.close();
    await this.guarded('disconnect', () => this.redis.disconnect());
  }
}
