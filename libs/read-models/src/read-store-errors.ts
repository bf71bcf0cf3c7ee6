/** The error code of a request refused because the read store cannot be reached (503). */
export const READ_STORE_UNAVAILABLE = 'read_store_unavailable';

/**
 * Server error codes that mean "this server cannot serve now" rather than "this request is
 * wrong": shutting down, not primary any more, host unreachable (MongoDB's error_codes.yml).
 */
const UNAVAILABLE_SERVER_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

/**
 * Whether `error` says the read store (MongoDB, FerretDB) is unreachable — no server selected
 * within serverSelectionTimeoutMS, a connection refused or cut, a pool cleared, a server shutting
 * down — as opposed to a bad query or a broken document. The driver's own classes (and
 * mongoose's MongooseServerSelectionError, which is a MongoServerSelectionError's twin) say so;
 * the `cause` chain is followed because callers sometimes wrap. Such a failure is an outage:
 * HTTP answers 503 `read_store_unavailable`, consumers wait and retry instead of dead-lettering.
 *
 * The classes are recognised by name along the prototype chain (what `instanceof` checks), not
 * by importing them: this lib's index must not load the MongoDB driver (the embedded runtime
 * never uses it), and a second copy of the driver (one bundled with mongoose) is matched too.
 */
export function isReadStoreUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const classes = classNames(e);
    if (
      classes.has('MongoServerSelectionError') ||
      classes.has('MongoNetworkError') || // includes timeouts and cleared pools
      classes.has('MongoNotConnectedError') ||
      classes.has('MongoServerClosedError')
    )
      return true;
    if (classes.has('MongoTopologyClosedError')) return false; // we closed the client: shutting down
    if (e instanceof Error && e.name === 'MongooseServerSelectionError') return true;
    const code = (e as { code?: unknown }).code;
    if (classes.has('MongoError') && typeof code === 'number' && UNAVAILABLE_SERVER_CODES.has(code)) return true;
  }
  return false;
}

/** The names of the classes `value` is an instance of, its own first. */
function classNames(value: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof value !== 'object' || value === null) return names;
  for (let p: unknown = Object.getPrototypeOf(value); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const name = (p as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === 'string') names.add(name);
  }
  return names;
}
