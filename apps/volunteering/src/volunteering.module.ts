import { ExportActivitiesController, ExportActivitiesHandler } from './activities/export-activities/export-activities';
import { Module } from '@nestjs/common';
import { provideDirectory } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { CancelActivityController } from './activities/cancel-activity/cancel-activity.controller';
import { CancelActivityHandler } from './activities/cancel-activity/cancel-activity.handler';
import { CheckInAttempts } from './activities/check-in/check-in-attempts';
import { CheckInController } from './activities/check-in/check-in.controller';
import { CheckInHandler } from './activities/check-in/check-in.handler';
import { GetCheckInCodeController } from './activities/check-in-code/get-check-in-code.controller';
import { GetCheckInCodeHandler } from './activities/check-in-code/get-check-in-code.handler';
import { ListResidentsController } from './residents/list-residents/list-residents.controller';
import { ListResidentsHandler } from './residents/list-residents/list-residents.handler';
import { RegisterResidentController } from './residents/register-resident/register-resident.controller';
import { RegisterResidentHandler } from './residents/register-resident/register-resident.handler';
import { ResidentRegistry } from './residents/register-resident/resident-registry';
import { RegisterSelfController } from './residents/register-self/register-self.controller';
import { RegisterSelfHandler } from './residents/register-self/register-self.handler';
import { WithdrawConsentController } from './residents/withdraw-consent/withdraw-consent.controller';
import { WithdrawConsentHandler } from './residents/withdraw-consent/withdraw-consent.handler';
import { CancelSignUpController } from './activities/cancel-sign-up/cancel-sign-up.controller';
import { CancelSignUpHandler } from './activities/cancel-sign-up/cancel-sign-up.handler';
import { ListOwnActivitiesController } from './activities/list-own-activities/list-own-activities.controller';
import { ListOwnActivitiesHandler } from './activities/list-own-activities/list-own-activities.handler';
import { ListActivitiesController } from './activities/list-activities/list-activities.controller';
import { ListActivitiesHandler } from './activities/list-activities/list-activities.handler';
import { PublishActivityController } from './activities/publish-activity/publish-activity.controller';
import { PublishActivityHandler } from './activities/publish-activity/publish-activity.handler';
import { RecordAttendanceController } from './activities/record-attendance/record-attendance.controller';
import { RecordAttendanceHandler } from './activities/record-attendance/record-attendance.handler';
import { SignUpController } from './activities/sign-up/sign-up.controller';
import { SignUpHandler } from './activities/sign-up/sign-up.handler';
import { SummariseHoursController } from './activities/summarise-hours/summarise-hours.controller';
import { SummariseHoursHandler } from './activities/summarise-hours/summarise-hours.handler';
import { VOLUNTEERING_PROJECTIONS, VolunteeringReadModels } from './read-models';
import { AddTeamMemberController } from './teams/add-team-member/add-team-member.controller';
import { AddTeamMemberHandler } from './teams/add-team-member/add-team-member.handler';
import { FormTeamController } from './teams/form-team/form-team.controller';
import { FormTeamHandler } from './teams/form-team/form-team.handler';
import { ListRotationsController } from './teams/list-rotations/list-rotations.controller';
import { ListRotationsHandler } from './teams/list-rotations/list-rotations.handler';
import { ListTeamsController } from './teams/list-teams/list-teams.controller';
import { ListTeamsHandler } from './teams/list-teams/list-teams.handler';
import { PublishRotationController } from './teams/publish-rotation/publish-rotation.controller';
import { PublishRotationHandler } from './teams/publish-rotation/publish-rotation.handler';
import { RemoveTeamMemberController } from './teams/remove-team-member/remove-team-member.controller';
import { RemoveTeamMemberHandler } from './teams/remove-team-member/remove-team-member.handler';
import { ClaimWishController } from './wishes/claim-wish/claim-wish.controller';
import { ClaimWishHandler } from './wishes/claim-wish/claim-wish.handler';
import { ConfirmWishController } from './wishes/confirm-wish/confirm-wish.controller';
import { ConfirmWishHandler } from './wishes/confirm-wish/confirm-wish.handler';
import { FulfilWishController } from './wishes/fulfil-wish/fulfil-wish.controller';
import { FulfilWishHandler } from './wishes/fulfil-wish/fulfil-wish.handler';
import { ListWishesController } from './wishes/list-wishes/list-wishes.controller';
import { ListWishesHandler } from './wishes/list-wishes/list-wishes.handler';
import { PostWishController } from './wishes/post-wish/post-wish.controller';
import { PostWishHandler } from './wishes/post-wish/post-wish.handler';
import { ReleaseWishController } from './wishes/release-wish/release-wish.controller';
import { ReleaseWishHandler } from './wishes/release-wish/release-wish.handler';

/** 志愿服务: teams and rotation, 招募令 with 扫码签到 and verified hours, resident volunteers, 微心愿 (DESIGN §2–§4). */
@Module({
  controllers: [
    ExportActivitiesController,
    PublishActivityController,
    // before ListActivitiesController: routes match in this order, and `:id` would take `summary` and `mine`
    SummariseHoursController,
    ListOwnActivitiesController,
    ListActivitiesController,
    SignUpController,
    CancelSignUpController,
    CancelActivityController,
    RecordAttendanceController,
    GetCheckInCodeController,
    CheckInController,
    // `POST /residents/me` and `GET /residents/me` before the routes that take `:id`
    RegisterSelfController,
    RegisterResidentController,
    ListResidentsController,
    WithdrawConsentController,
    PostWishController,
    ListWishesController,
    ClaimWishController,
    ReleaseWishController,
    FulfilWishController,
    ConfirmWishController,
    FormTeamController,
    ListTeamsController,
    AddTeamMemberController,
    RemoveTeamMemberController,
    PublishRotationController,
    ListRotationsController,
  ],
  providers: [
    ExportActivitiesHandler,
    VolunteeringReadModels,
    provideDirectory('volunteering'),
    PublishActivityHandler,
    SummariseHoursHandler,
    ListOwnActivitiesHandler,
    ListActivitiesHandler,
    SignUpHandler,
    CancelSignUpHandler,
    CancelActivityHandler,
    RecordAttendanceHandler,
    GetCheckInCodeHandler,
    CheckInAttempts,
    CheckInHandler,
    ResidentRegistry,
    RegisterSelfHandler,
    RegisterResidentHandler,
    ListResidentsHandler,
    WithdrawConsentHandler,
    PostWishHandler,
    ListWishesHandler,
    ClaimWishHandler,
    ReleaseWishHandler,
    FulfilWishHandler,
    ConfirmWishHandler,
    FormTeamHandler,
    ListTeamsHandler,
    AddTeamMemberHandler,
    RemoveTeamMemberHandler,
    PublishRotationHandler,
    ListRotationsHandler,
  ],
})
export class VolunteeringModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...VOLUNTEERING_PROJECTIONS);
  }
}
