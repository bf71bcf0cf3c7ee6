import { Injectable } from '@nestjs/common';
import { Directory, requireActive } from '@gongjian/auth';
import { ORG_KIND_CODES } from '@gongjian/contracts';
import { type CommandContext, newId } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { toOrgRef } from '../../hierarchy/organization.resource';
import { OrganizationsReadModels } from '../../read-models';
import { requireSides, today } from '../../relation-sides';
import { ListPairingsHandler } from '../list-pairings/list-pairings.handler';
import { pairingAggregate } from '../pairing.decider';
import type { EstablishPairingDto } from './establish-pairing.dto';

@Injectable()
export class EstablishPairingHandler {
  private readonly pairings;

  constructor(
    commands: Commands,
    private readonly readModels: OrganizationsReadModels,
    private readonly directory: Directory,
    private readonly query: ListPairingsHandler,
  ) {
    this.pairings = commands.for(pairingAggregate);
  }

  /**
   * The organisation side (admins over the grid or community) or the unit side (its contact,
   * admins over where it is located) proposes; an account over both establishes it at once. Both
   * parties must be known and active (requireActive); one open pairing per unit and organisation.
   */
  async execute(dto: EstablishPairingDto, context: CommandContext) {
    const by = await requireSides(context.actor, dto.orgId, dto.unitId, this.directory);
    const unit = await requireActive(this.directory, dto.unitId, 'unit', 'unitId');
    const org = await requireActive(this.directory, dto.orgId, [...ORG_KIND_CODES, 'branch'], 'orgId');
    const open = await this.readModels.pairings.find({
      unitId: dto.unitId,
      orgId: dto.orgId,
      status: { $in: ['active', 'proposed'] },
    });
    const existing = open.some((p) => p.status === 'active') ? 'active' : open.length > 0 ? 'proposed' : null;
    const pairingId = newId(context);
    await this.pairings.execute(
      pairingId,
      {
        type: 'EstablishPairing',
        pairingId,
        unit: toOrgRef(unit),
        org: toOrgRef(org),
        existing,
        by,
        today: today(),
      },
      context,
    );
    return this.query.get(pairingId);
  }
}
