// The Redis connection of the queue commands (ioredis, as BullMQ uses it). Reaching Redis is tried once,
// bounded in time: Redis down or unreachable is a one-line error (RedisUnreachableError, exit 2), never a
// command that hangs retrying. Once connected, a worker reconnects after losing Redis (a restart), while
// `queue add` and `queue status`, which finish in seconds, fail instead.
import { Redis, type RedisOptions } from 'ioredis';

/** The queue's name when --queue is not given; BullMQ keeps it under its usual key prefix ("bull:onrecord:…"). */
export const DEFAULT_QUEUE = 'onrecord';

/** Time allowed to open the connection, and (commands only) to wait for one reply. */
const CONNECT_TIMEOUT_MS = 3000;
const COMMAND_TIMEOUT_MS = 30_000;
/** A worker that lost Redis tries again at this pace, for as long as it runs. */
const RECONNECT_MAX_DELAY_MS = 2000;

export class RedisUnreachableError extends Error {}

export type ConnectionRole = 'command' | 'worker';

/**
 * A connected client. `worker`: commands wait while Redis is away and the client reconnects for ever
 * once it has been connected (BullMQ's blocking connections need maxRetriesPerRequest null); `command`:
 * no reconnection and a bound on each reply, so nothing waits for a Redis that is gone.
 */
export async function connectRedis(url: string, role: ConnectionRole): Promise<Redis> {
  let connected = false;
  const options: RedisOptions = {
    lazyConnect: true,
    // bounded below instead: ioredis's own connect timer outlives a refused connection and holds the
    // process for its full length
    connectTimeout: 0,
    // the first attempt is the only one: unreachable at start is an error, not a wait
    retryStrategy: (times) => (role === 'worker' && connected ? Math.min(times * 200, RECONNECT_MAX_DELAY_MS) : null),
    maxRetriesPerRequest: role === 'worker' ? null : 0,
    ...(role === 'command' ? { commandTimeout: COMMAND_TIMEOUT_MS } : {}),
  };
  const client = new Redis(url, options);
  let lastError: Error | null = null;
  client.on('error', (err: Error) => (lastError = err)); // reported by whoever awaits, not as "unhandled error event"
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (err) {
    // (disconnecting a client whose connection has already ended would hold the process for 2 s)
    if (client.status !== 'end') client.disconnect();
    throw new RedisUnreachableError(`cannot reach Redis at ${redactUrl(url)}: ${describeRedisError(lastError ?? err)}`);
  } finally {
    clearTimeout(timer);
  }
  connected = true;
  return client;
}

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

export function describeRedisError(err: unknown): string {
  const e = err as Error & { code?: string };
  const message = e instanceof Error ? e.message : String(err);
  return message.split('\n')[0]!;
}

/** Whether an error means Redis went away (while a command ran), rather than a fault of the command. */
export function isConnectionError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return /Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|Command timed out|Stream isn't writeable|max retries per request/i.test(message);
}
