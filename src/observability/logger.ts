import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Where JSON lines go; tests pass a stream to read them. Default: stdout. */
  destination?: DestinationStream;
}

/**
 * JSON lines for machines; on a terminal, pino-pretty formats them in this thread (used as a
 * stream, not as a transport, so no worker thread is spawned and nothing is lost on exit).
 */
export function createLogger({ level = 'info', destination }: LoggerOptions = {}): Logger {
  const options = { level, base: { service: 'immunotherapy-graph' } };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY) {
    return pino(
      options,
      pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }),
    );
  }
  return pino(options);
}

export const silentLogger: Logger = pino({ level: 'silent' });
