import { Injectable } from '@nestjs/common';
import { Directory, JwtKeyRing } from '@gongjian/auth';
import { type Actor, InvalidStateTransition } from '@gongjian/eventing';
import { VolunteeringReadModels } from '../../read-models';
import { assertOrganises } from '../../volunteering.policy';
import { CHECK_IN_OPENS_BEFORE_MS, CHECK_OUT_CLOSES_AFTER_MS } from '../attendance';
import { CHECK_IN_CODE_PURPOSE, CHECK_IN_PERIOD_SECONDS, issueCode } from '../check-in/check-in-code';

/**
 * The code the organiser's screen shows for 扫码签到, made anew for each 30-second window. Only
 * the activity's organisers (the admins over the grid or community that published it, and the grid
 * workers of its grid, `assertOrganises`) get it — not the auditor, who reads everything but does nothing: a code is a key to check in with.
 */
@Injectable()
export class GetCheckInCodeHandler {
  constructor(
    private readonly readModels: VolunteeringReadModels,
    private readonly directory: Directory,
    private readonly keys: JwtKeyRing,
  ) {}

  async execute(activityId: string, actor: Actor) {
    const activity = await this.readModels.activities.require(activityId);
    await assertOrganises(actor, activity, this.directory);
    const now = Date.now();
    if (activity.cancelled)
      throw new InvalidStateTransition('the activity is cancelled', undefined, 'activity_cancelled');
    const opens = Date.parse(activity.startsAt) - CHECK_IN_OPENS_BEFORE_MS;
    const closes = Date.parse(activity.endsAt) + CHECK_OUT_CLOSES_AFTER_MS;
    if (now < opens || now >= closes)
      throw new InvalidStateTransition(
        'check-in opens 30 minutes before the activity starts and check-out closes 2 hours after it ends',
        { opens: new Date(opens).toISOString(), closes: new Date(closes).toISOString() },
        'check_in_closed',
      );
    const [key] = this.keys.derivedKeys(CHECK_IN_CODE_PURPOSE);
    return { ...issueCode(key, activityId, now), periodSeconds: CHECK_IN_PERIOD_SECONDS };
  }
}
