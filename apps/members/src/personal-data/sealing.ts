import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedV1 } from '@gongjian/contracts';

/** Personal data of a member: sealed in events, shown only to those in scope. */
export interface PersonalData {
  phone: string;
  idNumber: string | null;
  address: string | null;
}

/** AES-256-GCM, 96-bit random IV; `data` = base64(iv ‖ ciphertext ‖ tag), the member id as AAD. */
export function seal(key: Buffer, memberId: string, personal: PersonalData): SealedV1 {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(memberId));
  const body = Buffer.concat([cipher.update(JSON.stringify(personal), 'utf8'), cipher.final()]);
  return { alg: 'A256GCM', keyId: memberId, data: Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64') };
}

/** The personal data, or null when the key is gone (erased) or the data was tampered with. */
export function open(key: Buffer | null, memberId: string, sealed: SealedV1 | null): PersonalData | null {
  if (!key || !sealed) return null;
  const raw = Buffer.from(sealed.data, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(memberId));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const clear = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
    return JSON.parse(clear.toString('utf8')) as PersonalData;
  } catch {
    return null;
  }
}

/** 138****5678: enough to recognise a number, not to call it. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
