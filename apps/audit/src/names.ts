import { Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { type AuditStream, NAMED_KINDS } from './audit-streams.projection';
import { AuditReadModels } from './read-models';

/** A key of event data or of a read model's document that holds an id (or a list of them). */
const ID_KEY = /(^id$|^_id$|Id$|Ids$|^locatedIn$|^serviceArea$|^lineage$)/;
/** Ids are at most this long (IsId); longer strings are text, not ids. */
const ID_MAX = 100;

/** Every id in `value`: the strings under an id-like key, at any depth. */
export function idsIn(value: unknown, into = new Set<string>(), key = ''): Set<string> {
  if (typeof value === 'string') {
    if (ID_KEY.test(key) && value.length > 0 && value.length <= ID_MAX) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into, key);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) idsIn(v, into, k);
  }
  return into;
}

/**
 * Whose member names an audit reader sees: an auditor and the region's administrator every
 * member's; a district administrator those of the members whose branch lies in its district (the
 * members registry's own rule: the admins over a member's branch) — names only, never personal data.
 */
export function memberNamesScope(actor: Actor, directory: Directory): (branchId: string | null) => Promise<boolean> {
  const all = actor.role === 'auditor' || actor.role === 'system' || actor.orgId === null;
  const memo = new Map<string, Promise<boolean>>();
  return (branchId) => {
    if (all) return Promise.resolve(true);
    if (!branchId || !actor.orgId) return Promise.resolve(false);
    if (!memo.has(branchId)) memo.set(branchId, directory.isWithin(branchId, actor.orgId));
    return memo.get(branchId)!;
  };
}

/**
 * The names behind the ids an audit page shows (issue 17): organisations and units from the audit
 * service's copy of the directory; needs, offers, projects, activities, wishes, teams, service
 * sites, accounts and members from the streams they were named in (a member's name only where the
 * reader may see it). An id nobody named stays out of the answer: the page shows the id.
 */
@Injectable()
export class AuditNames {
  constructor(
    private readonly readModels: AuditReadModels,
    private readonly directory: Directory,
  ) {}

  /** The reader's view of one stream's label: hidden for a member it may not see. */
  async labelFor(stream: AuditStream, actor: Actor, sees = memberNamesScope(actor, this.directory)) {
    if (stream.kind !== 'members.member') return stream.label;
    return (await sees(stream.branchId)) ? stream.label : null;
  }

  async of(ids: Iterable<string>, actor: Actor): Promise<Record<string, string>> {
    const wanted = [...new Set(ids)];
    const names: Record<string, string> = {};
    const unknown: string[] = [];
    await Promise.all(
      wanted.map(async (id) => {
        const entry = await this.directory.get(id);
        if (entry) names[id] = entry.name;
        else unknown.push(id);
      }),
    );
    if (unknown.length === 0) return names;
    const sees = memberNamesScope(actor, this.directory);
    const streams = await this.readModels.streams.find({ subjectId: { $in: unknown }, kind: { $in: NAMED_KINDS } });
    for (const stream of streams) {
      const label = await this.labelFor(stream, actor, sees);
      if (label) names[stream.subjectId] = label;
    }
    return names;
  }
}
