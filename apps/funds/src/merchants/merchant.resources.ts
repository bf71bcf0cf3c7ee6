import { MERCHANT_SECTOR_CODES, MERCHANT_STATUS_CODES } from '@gongjian/contracts';
import { fenToYuan } from '@gongjian/ledger';
import {
  array,
  boolean,
  date,
  id,
  integer,
  named,
  type NamedSchema,
  nullable,
  object,
  oneOf,
  string,
} from '@gongjian/http';
import { yuan } from '../resources';
import type { StatementTotals } from './merchant.decider';
import { termsOn } from './merchant.decider';
import type { MerchantDocument, MerchantRedemptionDocument, ReconciliationDocument } from './merchants.projection';

const TERMS = object({
  pointsPerYuan: integer({ minimum: 1 }),
  monthlyCapPoints: integer({ minimum: 1 }),
  effectiveFrom: date(),
});
const TERMS_ENTRY = object({
  pointsPerYuan: integer({ minimum: 1 }),
  monthlyCapPoints: integer({ minimum: 1 }),
  effectiveFrom: date(),
  recordedAt: date(),
  recordedBy: string(),
});

/**
 * A merchant as an account reads it: its terms today and their history. The contact (a person's
 * name and phone) only to administrators and the auditor (`withContact`); null to anyone else.
 */
export function merchantResource(doc: MerchantDocument, today: string, withContact: boolean) {
  const { _id, version, contactName, contactPhone, terms, registeredBy: _by, ...rest } = doc;
  const current = termsOn(terms, today);
  return {
    id: _id,
    version,
    ...rest,
    contactName: withContact ? contactName : null,
    contactPhone: withContact ? contactPhone : null,
    /** the terms in force today (null: the first terms start later) */
    terms: current
      ? {
          pointsPerYuan: current.pointsPerYuan,
          monthlyCapPoints: current.monthlyCapPoints,
          effectiveFrom: current.effectiveFrom,
        }
      : null,
    termsHistory: terms,
  };
}

export const MERCHANT: NamedSchema<ReturnType<typeof merchantResource>> = named(
  'Merchant',
  object({
    id: id(),
    version: integer(),
    name: string(),
    address: string(),
    sector: oneOf(MERCHANT_SECTOR_CODES),
    orgId: id(),
    contactName: nullable(string()),
    contactPhone: nullable(string()),
    status: oneOf(MERCHANT_STATUS_CODES),
    suspendedReason: nullable(string()),
    terms: nullable(TERMS),
    termsHistory: array(TERMS_ENTRY),
    registeredAt: date(),
  }),
);

export const totalsResource = (t: StatementTotals) => ({
  redemptions: t.redemptions,
  points: t.points,
  yuan: fenToYuan(t.yuan),
  reversedPoints: t.reversedPoints,
  reversedYuan: fenToYuan(t.reversedYuan),
  netPoints: t.netPoints,
  netYuan: fenToYuan(t.netYuan),
});
const TOTALS = object({
  redemptions: integer(),
  points: integer(),
  yuan: yuan(),
  reversedPoints: integer(),
  reversedYuan: yuan(),
  netPoints: integer(),
  netYuan: yuan(),
});

export const statementLine = (r: MerchantRedemptionDocument) => ({
  day: r.day,
  redemptionId: r._id,
  memberId: r.memberId,
  points: r.points,
  pointsPerYuan: r.pointsPerYuan,
  yuan: fenToYuan(r.yuanValue),
  reversed: r.reversed,
  reversedAt: r.reversedAt,
  reversedReason: r.reversedReason,
});

export const reconciliationResource = (r: ReconciliationDocument) => ({
  id: r._id,
  totals: totalsResource(r.totals),
  note: r.note,
  confirmedAt: r.confirmedAt,
  confirmedBy: r.confirmedBy,
});
const RECONCILIATION_SHAPE = object({
  id: id(),
  totals: TOTALS,
  note: string(),
  confirmedAt: date(),
  confirmedBy: string(),
});
export const RECONCILIATION = named('StatementReconciliation', RECONCILIATION_SHAPE);

export const MERCHANT_STATEMENT = named(
  'MerchantStatement',
  object({
    merchantId: id(),
    merchantName: string(),
    month: string({ pattern: '^\\d{4}-\\d{2}$' }),
    lines: array(
      object({
        day: date(),
        redemptionId: id(),
        memberId: id(),
        points: integer(),
        pointsPerYuan: integer(),
        yuan: yuan(),
        reversed: boolean(),
        reversedAt: nullable(date()),
        reversedReason: nullable(string()),
      }),
    ),
    totals: TOTALS,
    /** every confirmation of this month by the office, oldest first */
    reconciliations: array(RECONCILIATION_SHAPE),
    /** whether the last confirmation's totals are the statement's now */
    reconciled: boolean(),
  }),
);
