import { randomUUID } from 'node:crypto';

/** Short tokens of URL-safe and base64 characters; anything else could forge log fields or headers. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:+=/-]{1,64}$/;

/** An incoming x-request-id if it is a sane short token (a proxy's or a client's), else null. */
export function sanitizeRequestId(header: unknown): string | null {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : null;
}

export function requestIdFor(header: unknown): string {
  return sanitizeRequestId(header) ?? randomUUID();
}
