/** The code of a failed fetch or proxied request (undici puts the socket error under `cause`). */
export function failureCode(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'ETIMEDOUT';
  return e?.cause?.code ?? e?.code ?? 'ERROR';
}

export const FAILURES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (the service is not running or has no ready pod)',
  ECONNRESET: 'the connection was closed before an answer (the service died mid-request)',
  ETIMEDOUT: 'no answer in time',
  ENOTFOUND: 'the service name does not resolve',
  EAI_AGAIN: 'the service name does not resolve (DNS)',
  EHOSTUNREACH: 'the service host is unreachable',
};
