import { Injectable } from '@nestjs/common';
import { JwtKeyRing } from '@gongjian/auth';
import { type CommandContext, DomainRuleViolation } from '@gongjian/eventing';
import { Commands } from '@gongjian/runtime';
import { VolunteeringReadModels } from '../../read-models';
import { personOf } from '../../volunteering.policy';
import { activityAggregate } from '../activity.decider';
import { ListActivitiesHandler } from '../list-activities/list-activities.handler';
import { CheckInAttempts } from './check-in-attempts';
import { CHECK_IN_CODE_PURPOSE, type CodeRefusal, verifyCode } from './check-in-code';
import type { CheckInDto } from './check-in.dto';

/** What each refused code says, in English (its Chinese: CHECK_IN_REFUSALS in libs/contracts, by `error`). */
const REFUSED: Record<CodeRefusal, string> = {
  check_in_code_invalid:
    'the check-in code is not valid: scan the code on the organiser’s screen, or type its six digits again',
  check_in_code_expired: 'the check-in code has expired: scan the code the organiser’s screen shows now',
  check_in_code_foreign: 'this is the check-in code of another activity',
};

/**
 * 扫码签到: a member or resident volunteer checks in and out of an activity with the code the
 * organiser's screen shows. Only a volunteer's own account does it, for itself. The code is
 * checked first (an expired, forged or foreign code is refused, 422, and counted against the
 * account: `CheckInAttempts`), then the activity decides (signed up, not yet checked in, within
 * the hours of the activity). Nothing is recorded for a refusal.
 */
@Injectable()
export class CheckInHandler {
  private readonly activities;

  constructor(
    commands: Commands,
    private readonly readModels: VolunteeringReadModels,
    private readonly keys: JwtKeyRing,
    private readonly attempts: CheckInAttempts,
    private readonly query: ListActivitiesHandler,
  ) {
    this.activities = commands.for(activityAggregate);
  }

  async execute(activityId: string, dto: CheckInDto, context: CommandContext, type: 'CheckIn' | 'CheckOut') {
    await this.readModels.activities.require(activityId);
    const volunteer = await personOf(context.actor, this.readModels);
    const { accountId } = context.actor;
    this.attempts.assertMayTry(accountId, activityId);
    const now = Date.now();
    const check = verifyCode(this.keys.derivedKeys(CHECK_IN_CODE_PURPOSE), activityId, dto.code, now);
    if (!check.ok) {
      this.attempts.failed(accountId, activityId, now);
      throw new DomainRuleViolation(REFUSED[check.reason], check.reason, { field: 'code' });
    }
    await this.activities.executeWithRetry(activityId, { type, volunteer, now: new Date(now).toISOString() }, context);
    return this.query.get(activityId, context.actor);
  }
}
