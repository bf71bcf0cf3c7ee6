import type { ResidentDocument } from './residents.projection';

/** The resident as its routes return it: the phone masked, the digest never. */
export function residentResource({ _id, phoneDigest: _digest, ...rest }: ResidentDocument) {
  return { id: _id, ...rest, status: rest.consentWithdrawnAt ? ('withdrawn' as const) : ('active' as const) };
}
