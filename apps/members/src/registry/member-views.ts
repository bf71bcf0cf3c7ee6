import { Inject, Injectable } from '@nestjs/common';
import { Directory } from '@gongjian/auth';
import type { Actor } from '@gongjian/eventing';
import { accessTo, type MemberAccess } from '../members.policy';
import { MEMBER_KEY_STORE, type MemberKeyStore } from '../personal-data/key-store';
import { maskPhone, open, type PersonalData } from '../personal-data/sealing';
import { MembersReadModels } from '../read-models';
import type { CommunityReportRecord, MemberDocument, TransferRecord } from './members.projection';

/**
 * The member as the API shows it, to whoever asks: the full resource or a reduced view, personal
 * data opened only on demand. The member key store is this service's own port (personal-data/).
 */
@Injectable()
export class MemberViews {
  constructor(
    private readonly readModels: MembersReadModels,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
    private readonly directory: Directory,
  ) {}

  async balance(id: string): Promise<number> {
    return (await this.readModels.balances.get(id))?.balance ?? 0;
  }

  /** The clear personal data, or null once erased (the key is gone). */
  async personal(member: MemberDocument): Promise<PersonalData | null> {
    if (member.erased || !member.personal) return null;
    return open(await this.keys.get(member._id), member._id, member.personal);
  }

  /** The member as `actor` may see it, or null: the member is none of its business (any more). */
  async seenBy(actor: Actor, member: MemberDocument) {
    const access = await accessTo(actor, member, this.directory);
    return access ? this.view(member, access) : null;
  }

  /**
   * The answer to a step of a 组织关系转接: the member as the caller now sees it, and whether the
   * transfer is done or still waits. A source that let its member go still learns where the
   * member went, and nothing more.
   */
  async afterTransferStep(actor: Actor, memberId: string) {
    const member = await this.readModels.members.require(memberId);
    const transfer = member.pendingTransferTo ? 'pending' : 'completed';
    const seen = (await this.seenBy(actor, member)) ?? {
      id: member._id,
      version: member.version,
      view: 'transferred' as const,
      name: member.name,
      branchId: member.branchId,
    };
    return { ...seen, transfer };
  }

  /**
   * The member as `access` may see it (members.policy.ts): the full resource, or — for a community
   * the member reported to, or the destination of a pending transfer — the reduced view.
   */
  async view(member: MemberDocument, access: MemberAccess) {
    if (access === 'reported') return this.reported(member, await this.servedIn(member));
    if (access === 'incoming') return this.incoming(member);
    return this.resource(member);
  }

  /** The reported-to community and what lies under it: where its service counts. */
  async servedIn(member: MemberDocument): Promise<string[]> {
    return member.reportedTo ? this.directory.subtreeIds(member.reportedTo) : [];
  }

  /** 双报到 seen from the receiving community: name, the report, the service done there. */
  async reported(member: MemberDocument, servedIn: string[]) {
    const entries = await this.readModels.ledgerEntries.find({
      memberId: member._id,
      orgId: { $in: servedIn },
      kind: 'award',
    });
    return {
      id: member._id,
      version: member.version,
      view: 'reported' as const,
      name: member.name,
      reportedTo: member.reportedTo,
      reportedOn: member.reportedOn,
      served: {
        hours: entries.reduce((sum, e) => sum + e.hours, 0),
        points: entries.reduce((sum, e) => sum + e.points, 0),
      },
    };
  }

  /**
   * A pending 组织关系转接 seen from its destination, or a pending 双报到 from the community it is
   * addressed to: name, branch, status and the request, until accepted or confirmed.
   */
  incoming(member: MemberDocument) {
    return {
      id: member._id,
      version: member.version,
      view: 'incoming' as const,
      name: member.name,
      branchId: member.branchId,
      status: member.status,
      pendingTransfer: pendingTransfer(member),
      pendingReport: pendingReport(member),
    };
  }

  /**
   * The answer to a step of a 双报到 request: the member as the caller now sees it; a community
   * that declined sees only that the request is declined.
   */
  async afterReportStep(actor: Actor, memberId: string) {
    const member = await this.readModels.members.require(memberId);
    return (
      (await this.seenBy(actor, member)) ?? {
        id: member._id,
        version: member.version,
        view: 'declined' as const,
        name: member.name,
      }
    );
  }

  /** The API resource: the phone masked, never the ID number or address. */
  async resource(member: MemberDocument) {
    const personal = await this.personal(member);
    return {
      id: member._id,
      version: member.version,
      view: 'full' as const,
      name: member.name,
      ...(member.code ? { code: member.code } : {}),
      branchId: member.branchId,
      branchHistory: member.branchHistory,
      transfers: member.transfers ?? [],
      pendingTransfer: pendingTransfer(member),
      joinedPartyOn: member.joinedPartyOn,
      employerUnitId: member.employerUnitId,
      inService: member.employerUnitId !== null,
      status: member.status,
      statusHistory: member.statusHistory,
      reportedTo: member.reportedTo,
      reportedOn: member.reportedOn,
      pendingReport: pendingReport(member),
      communityReports: member.communityReports ?? [],
      accountId: member.accountId ?? null,
      proposedAccountId: member.proposedAccountId ?? null,
      phone: personal ? maskPhone(personal.phone) : null,
      personalData: personal ? 'sealed' : 'erased',
      points: await this.balance(member._id),
      registeredAt: member.registeredAt,
    };
  }
}

/** The pending transfer request, or null. */
function pendingTransfer(member: MemberDocument): TransferRecord | null {
  const last = member.transfers?.at(-1);
  return last?.status === 'pending' ? last : null;
}

/** The pending 双报到 request, or null. */
function pendingReport(member: MemberDocument): CommunityReportRecord | null {
  const last = member.communityReports?.at(-1);
  return last?.status === 'pending' ? last : null;
}
