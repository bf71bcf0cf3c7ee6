import type { LedgerEntryDocument } from './ledger.projection';
import { PIONEER_WEIGHTS } from './rules';

export interface PioneerIndex {
  memberId: string;
  quarter: string;
  index: number;
  breakdown: {
    hours: { value: number; weight: number; points: number };
    wishes: { value: number; weight: number; points: number };
    projects: { value: number; weight: number; points: number };
    evaluations: { scores: number[]; weight: number; points: number };
  };
}

/**
 * 先锋指数 of one member in one quarter, from that quarter's ledger entries: verified hours,
 * fulfilled wishes, completed projects served in, and the residents' evaluations of those
 * projects (each point above 3 adds, each below subtracts). Never below 0.
 */
export function pioneerIndex(memberId: string, quarter: string, entries: LedgerEntryDocument[]): PioneerIndex {
  const awards = entries.filter((e) => e.kind === 'award');
  const hours = awards.filter((e) => e.rule === 'volunteer_hours').reduce((sum, e) => sum + e.hours, 0);
  const wishes = awards.filter((e) => e.rule === 'micro_wish').length;
  const projects = awards.filter((e) => e.rule === 'project').length;
  const scores = entries.filter((e) => e.kind === 'evaluation').map((e) => e.score ?? 3);
  const w = PIONEER_WEIGHTS;
  const breakdown = {
    hours: { value: hours, weight: w.hour, points: hours * w.hour },
    wishes: { value: wishes, weight: w.wish, points: wishes * w.wish },
    projects: { value: projects, weight: w.project, points: projects * w.project },
    evaluations: { scores, weight: w.evaluation, points: scores.reduce((s, x) => s + (x - 3) * w.evaluation, 0) },
  };
  const total =
    breakdown.hours.points + breakdown.wishes.points + breakdown.projects.points + breakdown.evaluations.points;
  return { memberId, quarter, index: Math.max(0, Math.round(total * 10) / 10), breakdown };
}

export function currentQuarter(now = new Date()): string {
  return `${now.getUTCFullYear()}Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}
