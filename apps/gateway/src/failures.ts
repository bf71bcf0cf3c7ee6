export const FAILURES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (the service is not running or has no ready pod)',
  ECONNRESET: 'the connection was closed before an answer (the service died mid-request)',
  ETIMEDOUT: 'no answer in time',
  ENOTFOUND: 'the service name does not resolve',
  EAI_AGAIN: 'the service name does not resolve (DNS)',
  EHOSTUNREACH: 'the service host is unreachable',
};
