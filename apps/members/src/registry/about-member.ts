import { IdempotencySubject } from '@gongjian/http';

/**
 * The stored responses of this route's `Idempotency-Key` writes are about the member (the route's
 * `:id`, or the `id` of the member it answers): erasure blanks them (idempotency-erasure e2e).
 */
export const AboutMember = () =>
  IdempotencySubject((params, body) => params.id ?? (body as { id?: string } | undefined)?.id);
