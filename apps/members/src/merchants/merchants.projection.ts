import {
  MERCHANT_EVENTS,
  type MerchantRegisteredV1,
  type MerchantStatus,
  type MerchantTermsChangedV1,
  type MerchantTermsV1,
} from '@gongjian/contracts';
import type { Projection, ReadModelDocument } from '@gongjian/read-models';

/**
 * The alliance's merchants as the members service knows them, from the funds service's public
 * events (like the org directory): what a redemption names, and the terms it is valued by.
 */
export interface MemberMerchantDocument extends ReadModelDocument {
  name: string;
  orgId: string;
  status: MerchantStatus;
  /** every entry of its terms, in the order of their days */
  terms: MerchantTermsV1[];
}

export const MERCHANTS_COLLECTION = 'members.merchants';

export const membersMerchantsProjection: Projection<MemberMerchantDocument> = {
  name: 'members.merchants',
  collection: MERCHANTS_COLLECTION,
  handles: [
    MERCHANT_EVENTS.registered,
    MERCHANT_EVENTS.termsChanged,
    MERCHANT_EVENTS.suspended,
    MERCHANT_EVENTS.reinstated,
  ],
  indexes: [{ fields: { orgId: 1, status: 1 } }],
  documentId: (event) => (event.data as { merchantId: string }).merchantId,
  apply(doc, event) {
    if (event.type === MERCHANT_EVENTS.registered) {
      const { merchantId, name, orgId, terms } = event.data as MerchantRegisteredV1;
      const { pointsPerYuan, monthlyCapPoints, effectiveFrom } = terms;
      return {
        _id: merchantId,
        name,
        orgId,
        status: 'active',
        terms: [{ pointsPerYuan, monthlyCapPoints, effectiveFrom }],
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case MERCHANT_EVENTS.termsChanged: {
        const { pointsPerYuan, monthlyCapPoints, effectiveFrom } = (event.data as MerchantTermsChangedV1).terms;
        return { ...doc, terms: [...doc.terms, { pointsPerYuan, monthlyCapPoints, effectiveFrom }] };
      }
      case MERCHANT_EVENTS.suspended:
        return { ...doc, status: 'suspended' };
      case MERCHANT_EVENTS.reinstated:
        return { ...doc, status: 'active' };
      default:
        return null;
    }
  },
};

/** The terms in force on `day` (YYYY-MM-DD): the last entry starting on or before it, or null. */
export function termsOn(terms: readonly MerchantTermsV1[], day: string): MerchantTermsV1 | null {
  return terms.filter((t) => t.effectiveFrom <= day).at(-1) ?? null;
}
