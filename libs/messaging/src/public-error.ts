/**
 * The text of a bus error as the public health pages show it: the message without the addresses
 * it names (`connect ECONNREFUSED 10.0.3.7:9092` → `connect ECONNREFUSED <address>`). The logs
 * keep the whole message.
 */
export function publicErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\[[0-9a-f:.]+\]:\d{1,5}\b/gi, '<address>') // [::1]:9092
    .replace(/\b[\w.-]+:\d{1,5}\b/g, '<address>'); // host:port, 10.0.3.7:9092
}
