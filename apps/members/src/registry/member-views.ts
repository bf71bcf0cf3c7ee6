import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@gongjian/eventing';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { MEMBER_KEY_STORE, type MemberKeyStore } from '../personal-data/key-store';
import { maskPhone, open, type PersonalData } from '../personal-data/sealing';
import { BALANCES_COLLECTION, type BalanceDocument } from '../points/ledger.projection';
import { MEMBERS_COLLECTION, type MemberDocument } from './members.projection';

/** Reads of the registry: the member as the API shows it, personal data opened only on demand. */
@Injectable()
export class MemberViews {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
  ) {}

  get members() {
    return this.documents.collection<MemberDocument>(MEMBERS_COLLECTION);
  }

  async require(id: string): Promise<MemberDocument> {
    const member = await this.members.get(id);
    if (!member) throw new NotFound(`member ${id} not found`);
    return member;
  }

  async balance(id: string): Promise<number> {
    return (await this.documents.collection<BalanceDocument>(BALANCES_COLLECTION).get(id))?.balance ?? 0;
  }

  /** The clear personal data, or null once erased (the key is gone). */
  async personal(member: MemberDocument): Promise<PersonalData | null> {
    if (member.erased || !member.personal) return null;
    return open(await this.keys.get(member._id), member._id, member.personal);
  }

  /** The API resource: the phone masked, never the ID number or address. */
  async resource(member: MemberDocument) {
    const personal = await this.personal(member);
    return {
      id: member._id,
      version: member.version,
      name: member.name,
      branchId: member.branchId,
      branchHistory: member.branchHistory,
      joinedPartyOn: member.joinedPartyOn,
      employerUnitId: member.employerUnitId,
      inService: member.employerUnitId !== null,
      status: member.status,
      statusHistory: member.statusHistory,
      reportedTo: member.reportedTo,
      reportedOn: member.reportedOn,
      accountId: member.accountId ?? null,
      phone: personal ? maskPhone(personal.phone) : null,
      personalData: personal ? 'sealed' : 'erased',
      points: await this.balance(member._id),
      registeredAt: member.registeredAt,
    };
  }
}
