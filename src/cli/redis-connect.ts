// Connecting to Redis for a command: an unreachable server is one line on standard error, and the caller
// exits with the usage code (the same for `onrecord queue` and `onrecord worker`).
import type { Redis } from 'ioredis';
import { connectRedis, RedisUnreachableError, type ConnectionRole } from '../queue/connection.js';

export async function connectOrReport(url: string, role: ConnectionRole, program: string): Promise<Redis | undefined> {
  try {
    return await connectRedis(url, role);
  } catch (err) {
    if (!(err instanceof RedisUnreachableError)) throw err;
    console.error(`${program}: ${err.message}`);
    return undefined;
  }
}
