import { Injectable } from '@nestjs/common';
import { JwtKeyRing, requireActive, type Directory } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation, InvalidStateTransition, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { maskPhone, PHONE_DIGEST_PURPOSE, phoneDigest } from '../phone';
import { residentAggregate } from '../resident.decider';
import { residentResource } from '../resident.resource';

/** The calendar day in China (UTC+8) at `ms`: the day a consent is given. */
export const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Registration of a resident volunteer, by an admin or by the resident: the community known and
 * active, one registration per phone number and community (the number compared by its keyed
 * digest, under the current key and the previous ones), the number kept masked only.
 */
@Injectable()
export class ResidentRegistry {
  private readonly residents;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly keys: JwtKeyRing,
  ) {
    this.residents = commands.for(residentAggregate);
  }

  /** The community a place lies in (itself, or a grid's), known and active (422 otherwise). */
  async communityOf(directory: Directory, placeId: string, field: string): Promise<string> {
    const place = await requireActive(directory, placeId, ['community', 'grid'], field);
    const community = place.kind === 'community' ? place : await directory.nearest(place._id, 'community');
    if (!community) throw new DomainRuleViolation(`no community above ${placeId}`, 'unknown_community', { field });
    return community._id;
  }

  async register(
    input: { name: string; phone: string; communityId: string; consentedOn: string; accountId: string | null },
    context: CommandContext,
  ) {
    const digests = this.keys.derivedKeys(PHONE_DIGEST_PURPOSE).map((key) => phoneDigest(key, input.phone));
    const [twin] = await this.readModels.residents.find({
      communityId: input.communityId,
      phoneDigest: { $in: digests },
    });
    if (twin)
      throw new InvalidStateTransition(
        'a resident with this phone number is already registered in this community',
        { residentId: twin._id },
        'resident_already_registered',
      );
    const residentId = newId(context);
    const details = {
      residentId,
      communityId: input.communityId,
      name: input.name.trim(),
      phone: maskPhone(input.phone),
      phoneDigest: digests[0],
      consentedOn: input.consentedOn,
      accountId: input.accountId,
    };
    await this.residents.execute(residentId, { type: 'RegisterResident', details }, context);
    return residentResource(await this.readModels.residents.require(residentId));
  }
}
