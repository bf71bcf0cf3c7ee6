import type { Client } from './platform';

/** Terms that never get in a test's way: 1 point a yuan, a cap no test reaches, in force since 2026. */
export const EASY_TERMS = { pointsPerYuan: 1, monthlyCapPoints: 1_000_000, effectiveFrom: '2026-01-01' };

/** An alliance merchant of `orgId` (a street or community), registered by `as`; its id. */
export async function registerMerchant(
  as: Client,
  orgId: string,
  over: { name?: string; terms?: typeof EASY_TERMS } = {},
): Promise<string> {
  const res = await as
    .post('/merchants')
    .send({
      name: over.name ?? '社区超市',
      address: '东城街道中心街 1 号',
      sector: 'supermarket',
      orgId,
      contactName: '王店长',
      contactPhone: '13900000001',
      terms: over.terms ?? EASY_TERMS,
    })
    .expect(201);
  return res.body.id as string;
}
