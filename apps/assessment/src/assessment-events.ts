/**
 * The events of the assessment service (issue 20): internal, on its own streams
 * (`assessment.indicator-set-<id>`, `assessment.award-<id>`). It publishes none: what it computes
 * is read through its routes.
 */
export const ASSESSMENT_EVENTS = {
  setDrafted: 'assessment.IndicatorSetDrafted',
  setRevised: 'assessment.IndicatorSetRevised',
  setPublished: 'assessment.IndicatorSetPublished',
  awardProposed: 'assessment.AwardProposed',
  awardConfirmed: 'assessment.AwardConfirmed',
  awardRejected: 'assessment.AwardRejected',
} as const;
