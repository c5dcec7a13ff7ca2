import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Throws `unauthorized` unless the Authorization header carries the bearer token (compared in constant time). */
export function checkBearer(header: string | undefined, token: string): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) throw new ApiError('unauthorized', 'this server needs "Authorization: Bearer <token>" for writes');
  if (!timingSafeEqual(digest(match[1]), digest(token)))
    throw new ApiError('unauthorized', 'the bearer token is wrong');
}
