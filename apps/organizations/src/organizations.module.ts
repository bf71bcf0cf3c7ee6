import { provideBlobStore } from '@gongjian/blobs';
import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { provideDirectory } from '@gongjian/auth';
import { ProjectionRegistry } from '@gongjian/runtime';
import { BootstrapAdmin } from './accounts/bootstrap-admin';
import { ChangePasswordController } from './accounts/change-password/change-password.controller';
import { ChangePasswordHandler } from './accounts/change-password/change-password.handler';
import { CreateAccountController } from './accounts/create-account/create-account.controller';
import { CreateAccountHandler } from './accounts/create-account/create-account.handler';
import { DisableAccountController } from './accounts/disable-account/disable-account.controller';
import { DisableAccountHandler } from './accounts/disable-account/disable-account.handler';
import { DissolvedOrganizationReactor } from './accounts/dissolved-organization.reactor';
import { EnableAccountController } from './accounts/enable-account/enable-account.controller';
import { EnableAccountHandler } from './accounts/enable-account/enable-account.handler';
import { ListAccountsController } from './accounts/list-accounts/list-accounts.controller';
import { ListAccountsHandler } from './accounts/list-accounts/list-accounts.handler';
import { LoginController } from './accounts/login/login.controller';
import { LoginHandler } from './accounts/login/login.handler';
import { LoginAttemptsController } from './accounts/login-attempts/login-attempts.controller';
import { LoginAttemptsHandler } from './accounts/login-attempts/login-attempts.handler';
import { PasswordAttempts } from './accounts/password-attempts';
import { ResetPasswordController } from './accounts/reset-password/reset-password.controller';
import { ResetPasswordHandler } from './accounts/reset-password/reset-password.handler';
import { UnlockAccountController } from './accounts/unlock-account/unlock-account.controller';
import { UnlockAccountHandler } from './accounts/unlock-account/unlock-account.handler';
import { DissolveOrganizationController } from './hierarchy/dissolve-organization/dissolve-organization.controller';
import { DissolveOrganizationHandler } from './hierarchy/dissolve-organization/dissolve-organization.handler';
import { ListOrganizationsController } from './hierarchy/list-organizations/list-organizations.controller';
import { ListOrganizationsHandler } from './hierarchy/list-organizations/list-organizations.handler';
import { MoveOrganizationController } from './hierarchy/move-organization/move-organization.controller';
import { MoveOrganizationHandler } from './hierarchy/move-organization/move-organization.handler';
import { OrganizationTreeController } from './hierarchy/organization-tree/organization-tree.controller';
import { OrganizationTreeHandler } from './hierarchy/organization-tree/organization-tree.handler';
import { RegisterOrganizationController } from './hierarchy/register-organization/register-organization.controller';
import { RegisterOrganizationHandler } from './hierarchy/register-organization/register-organization.handler';
import { RenameOrganizationController } from './hierarchy/rename-organization/rename-organization.controller';
import { RenameOrganizationHandler } from './hierarchy/rename-organization/rename-organization.handler';
import { AppointPartTimeMemberController } from './joint-meetings/appoint-part-time-member/appoint-part-time-member.controller';
import { AppointPartTimeMemberHandler } from './joint-meetings/appoint-part-time-member/appoint-part-time-member.handler';
import { ConfirmMembershipController } from './joint-meetings/confirm-membership/confirm-membership.controller';
import { ConfirmMembershipHandler } from './joint-meetings/confirm-membership/confirm-membership.handler';
import { DeclineMembershipController } from './joint-meetings/decline-membership/decline-membership.controller';
import { DeclineMembershipHandler } from './joint-meetings/decline-membership/decline-membership.handler';
import { EndAppointmentController } from './joint-meetings/end-appointment/end-appointment.controller';
import { EndAppointmentHandler } from './joint-meetings/end-appointment/end-appointment.handler';
import { GetJointMeetingController } from './joint-meetings/get-joint-meeting/get-joint-meeting.controller';
import { GetJointMeetingHandler } from './joint-meetings/get-joint-meeting/get-joint-meeting.handler';
import { JoinJointMeetingController } from './joint-meetings/join-joint-meeting/join-joint-meeting.controller';
import { JoinJointMeetingHandler } from './joint-meetings/join-joint-meeting/join-joint-meeting.handler';
import { LeaveJointMeetingController } from './joint-meetings/leave-joint-meeting/leave-joint-meeting.controller';
import { LeaveJointMeetingHandler } from './joint-meetings/leave-joint-meeting/leave-joint-meeting.handler';
import { ListPartTimeMembersController } from './joint-meetings/list-part-time-members/list-part-time-members.controller';
import { ListPartTimeMembersHandler } from './joint-meetings/list-part-time-members/list-part-time-members.handler';
import { WithdrawMembershipController } from './joint-meetings/withdraw-membership/withdraw-membership.controller';
import { WithdrawMembershipHandler } from './joint-meetings/withdraw-membership/withdraw-membership.handler';
import { ConfirmPairingController } from './pairings/confirm-pairing/confirm-pairing.controller';
import { ConfirmPairingHandler } from './pairings/confirm-pairing/confirm-pairing.handler';
import { DeclinePairingController } from './pairings/decline-pairing/decline-pairing.controller';
import { DeclinePairingHandler } from './pairings/decline-pairing/decline-pairing.handler';
import { EndPairingController } from './pairings/end-pairing/end-pairing.controller';
import { EndPairingHandler } from './pairings/end-pairing/end-pairing.handler';
import { EstablishPairingController } from './pairings/establish-pairing/establish-pairing.controller';
import { EstablishPairingHandler } from './pairings/establish-pairing/establish-pairing.handler';
import { ListPairingsController } from './pairings/list-pairings/list-pairings.controller';
import { ListPairingsHandler } from './pairings/list-pairings/list-pairings.handler';
import { WithdrawPairingController } from './pairings/withdraw-pairing/withdraw-pairing.controller';
import { WithdrawPairingHandler } from './pairings/withdraw-pairing/withdraw-pairing.handler';
import { ORGANIZATIONS_PROJECTIONS, OrganizationsReadModels } from './read-models';
import { ListServiceSitesController } from './service-sites/list-service-sites/list-service-sites.controller';
import { ListServiceSitesHandler } from './service-sites/list-service-sites/list-service-sites.handler';
import { OpenServiceSiteController } from './service-sites/open-service-site/open-service-site.controller';
import { OpenServiceSiteHandler } from './service-sites/open-service-site/open-service-site.handler';
import { RateServiceSiteController } from './service-sites/rate-service-site/rate-service-site.controller';
import { RateServiceSiteHandler } from './service-sites/rate-service-site/rate-service-site.handler';
import { EditUnitController } from './units/edit-unit/edit-unit.controller';
import { EditUnitHandler } from './units/edit-unit/edit-unit.handler';
import { ListUnitsController } from './units/list-units/list-units.controller';
import { ListUnitsHandler } from './units/list-units/list-units.handler';
import { RegisterUnitController } from './units/register-unit/register-unit.controller';
import { RegisterUnitHandler } from './units/register-unit/register-unit.handler';
import { UnitContributionsController } from './units/unit-contributions/unit-contributions.controller';
import { UnitContributionsHandler } from './units/unit-contributions/unit-contributions.handler';

import { FormPartyOrganizationController } from './party-organizations/form-party-organization/form-party-organization.controller';
import { FormPartyOrganizationHandler } from './party-organizations/form-party-organization/form-party-organization.handler';
import { ListPartyOrganizationsController } from './party-organizations/list-party-organizations/list-party-organizations.controller';
import { ListPartyOrganizationsHandler } from './party-organizations/list-party-organizations/list-party-organizations.handler';
import { RenamePartyOrganizationController } from './party-organizations/rename-party-organization/rename-party-organization.controller';
import { RenamePartyOrganizationHandler } from './party-organizations/rename-party-organization/rename-party-organization.handler';
import { ChangeCoverageController } from './party-organizations/change-coverage/change-coverage.controller';
import { ChangeCoverageHandler } from './party-organizations/change-coverage/change-coverage.handler';
import { DissolvePartyOrganizationController } from './party-organizations/dissolve-party-organization/dissolve-party-organization.controller';
import { DissolvePartyOrganizationHandler } from './party-organizations/dissolve-party-organization/dissolve-party-organization.handler';
import { AddGroupMemberController } from './party-organizations/add-group-member/add-group-member.controller';
import { AddGroupMemberHandler } from './party-organizations/add-group-member/add-group-member.handler';
import { RemoveGroupMemberController } from './party-organizations/remove-group-member/remove-group-member.controller';
import { RemoveGroupMemberHandler } from './party-organizations/remove-group-member/remove-group-member.handler';
import { GetGridRolesController } from './grid-roles/get-grid-roles/get-grid-roles.controller';
import { GetGridRolesHandler } from './grid-roles/get-grid-roles/get-grid-roles.handler';
import { SetGridRoleListController } from './grid-roles/set-grid-role-list/set-grid-role-list.controller';
import { SetGridRoleListHandler } from './grid-roles/set-grid-role-list/set-grid-role-list.handler';
import { AssignGridRoleController } from './grid-roles/assign-grid-role/assign-grid-role.controller';
import { AssignGridRoleHandler } from './grid-roles/assign-grid-role/assign-grid-role.handler';
import { EndGridRoleController } from './grid-roles/end-grid-role/end-grid-role.controller';
import { EndGridRoleHandler } from './grid-roles/end-grid-role/end-grid-role.handler';
import { MyGridsController } from './grid-roles/my-grids/my-grids.controller';
import { MyGridsHandler } from './grid-roles/my-grids/my-grids.handler';
import { RegisterHouseholdController } from './households/register-household/register-household.controller';
import { RegisterHouseholdHandler } from './households/register-household/register-household.handler';
import { ListHouseholdsController } from './households/list-households/list-households.controller';
import { ListHouseholdsHandler } from './households/list-households/list-households.handler';
import { FormHouseholdUnitController } from './households/form-household-unit/form-household-unit.controller';
import { FormHouseholdUnitHandler } from './households/form-household-unit/form-household-unit.handler';
import { ListHouseholdUnitsController } from './households/list-household-units/list-household-units.controller';
import { ListHouseholdUnitsHandler } from './households/list-household-units/list-household-units.handler';
import { JoinHouseholdUnitController } from './households/join-household-unit/join-household-unit.controller';
import { JoinHouseholdUnitHandler } from './households/join-household-unit/join-household-unit.handler';
import { LeaveHouseholdUnitController } from './households/leave-household-unit/leave-household-unit.controller';
import { LeaveHouseholdUnitHandler } from './households/leave-household-unit/leave-household-unit.handler';
import { AssignRotaController } from './households/assign-rota/assign-rota.controller';
import { AssignRotaHandler } from './households/assign-rota/assign-rota.handler';
import { RecordDutyController } from './households/record-duty/record-duty.controller';
import { RecordDutyHandler } from './households/record-duty/record-duty.handler';
import { DesignateCentralHouseholdController } from './central-households/designate-central-household/designate-central-household.controller';
import { DesignateCentralHouseholdHandler } from './central-households/designate-central-household/designate-central-household.handler';
import { ListCentralHouseholdsController } from './central-households/list-central-households/list-central-households.controller';
import { ListCentralHouseholdsHandler } from './central-households/list-central-households/list-central-households.handler';
import { ChangeCentralHouseholdsController } from './central-households/change-central-households/change-central-households.controller';
import { ChangeCentralHouseholdsHandler } from './central-households/change-central-households/change-central-households.handler';
import { RevokeCentralHouseholdController } from './central-households/revoke-central-household/revoke-central-household.controller';
import { RevokeCentralHouseholdHandler } from './central-households/revoke-central-household/revoke-central-household.handler';
import { MemberMovesReactor } from './party-organizations/member-moves.reactor';
import { ConveneSessionController } from './joint-meetings/sessions/convene-session/convene-session.controller';
import { ConveneSessionHandler } from './joint-meetings/sessions/convene-session/convene-session.handler';
import { ListSessionsController } from './joint-meetings/sessions/list-sessions/list-sessions.controller';
import { ListSessionsHandler } from './joint-meetings/sessions/list-sessions/list-sessions.handler';
import { GetSessionController } from './joint-meetings/sessions/get-session/get-session.controller';
import { GetSessionHandler } from './joint-meetings/sessions/get-session/get-session.handler';
import { RecordAttendanceController } from './joint-meetings/sessions/record-attendance/record-attendance.controller';
import { RecordAttendanceHandler } from './joint-meetings/sessions/record-attendance/record-attendance.handler';
import { RecordMinutesController } from './joint-meetings/sessions/record-minutes/record-minutes.controller';
import { RecordMinutesHandler } from './joint-meetings/sessions/record-minutes/record-minutes.handler';
import { RecordDecisionController } from './joint-meetings/sessions/record-decision/record-decision.controller';
import { RecordDecisionHandler } from './joint-meetings/sessions/record-decision/record-decision.handler';
import { CompleteActionItemController } from './joint-meetings/sessions/complete-action-item/complete-action-item.controller';
import { CompleteActionItemHandler } from './joint-meetings/sessions/complete-action-item/complete-action-item.handler';
import { CloseSessionController } from './joint-meetings/sessions/close-session/close-session.controller';
import { CloseSessionHandler } from './joint-meetings/sessions/close-session/close-session.handler';
import { SessionSteps } from './joint-meetings/sessions/session-steps';
import { MarkBranchController } from './joint-meetings/mark-branch/mark-branch.controller';
import { MarkBranchHandler } from './joint-meetings/mark-branch/mark-branch.handler';
import { SubmitProposalController } from './joint-meetings/sessions/submit-proposal/submit-proposal.controller';
import { SubmitProposalHandler } from './joint-meetings/sessions/submit-proposal/submit-proposal.handler';
import { ListProposalsController } from './joint-meetings/sessions/list-proposals/list-proposals.controller';
import { ListProposalsHandler } from './joint-meetings/sessions/list-proposals/list-proposals.handler';

/** The hierarchy, units, co-build relationships, accounts and login (DESIGN §2–§4). */
import { ImportOrganizationsController } from './hierarchy/import-organizations/import-organizations.controller';
import { ImportOrganizationsHandler } from './hierarchy/import-organizations/import-organizations.handler';
import { ImportUnitsController } from './units/import-units/import-units.controller';
import { ImportUnitsHandler } from './units/import-units/import-units.handler';
import {
  ExportOrganizationsController,
  ExportOrganizationsHandler,
} from './hierarchy/export-organizations/export-organizations';
import { ExportUnitsController, ExportUnitsHandler } from './units/export-units/export-units';
import { ExportSitesController, ExportSitesHandler } from './service-sites/export-sites/export-sites';
import { SiteEvidenceController, SiteEvidenceHandler } from './service-sites/evidence/site-evidence';
import { GetSiteStandardsController } from './service-sites/standards/get-site-standards/get-site-standards.controller';
import { GetSiteStandardsHandler } from './service-sites/standards/get-site-standards/get-site-standards.handler';
import { EditSiteChecklistController } from './service-sites/standards/edit-site-checklist/edit-site-checklist.controller';
import { EditSiteChecklistHandler } from './service-sites/standards/edit-site-checklist/edit-site-checklist.handler';
import { SetRatingAuthorityController } from './service-sites/standards/set-rating-authority/set-rating-authority.controller';
import { SetRatingAuthorityHandler } from './service-sites/standards/set-rating-authority/set-rating-authority.handler';
@Module({
  controllers: [
    ImportOrganizationsController,
    ImportUnitsController,
    ExportOrganizationsController,
    ExportUnitsController,
    ExportSitesController,
    // hierarchy
    RegisterOrganizationController,
    ListOrganizationsController,
    OrganizationTreeController,
    RenameOrganizationController,
    MoveOrganizationController,
    DissolveOrganizationController,
    // units
    RegisterUnitController,
    EditUnitController,
    ListUnitsController,
    UnitContributionsController,
    // pairings (结对共建)
    EstablishPairingController,
    ConfirmPairingController,
    DeclinePairingController,
    WithdrawPairingController,
    EndPairingController,
    ListPairingsController,
    // joint meetings (联席会议) and their committees
    JoinJointMeetingController,
    ConfirmMembershipController,
    DeclineMembershipController,
    WithdrawMembershipController,
    LeaveJointMeetingController,
    GetJointMeetingController,
    AppointPartTimeMemberController,
    EndAppointmentController,
    ListPartTimeMembersController,
    // service sites
    OpenServiceSiteController,
    RateServiceSiteController,
    ListServiceSitesController,
    GetSiteStandardsController,
    EditSiteChecklistController,
    SetRatingAuthorityController,
    SiteEvidenceController,
    // accounts and signing in
    CreateAccountController,
    ListAccountsController,
    LoginAttemptsController,
    DisableAccountController,
    EnableAccountController,
    ResetPasswordController,
    UnlockAccountController,
    LoginController,
    ChangePasswordController,
    // the grid tier (issue 18): party organisations, grid roles, households, 联建单元, 党员中心户
    FormPartyOrganizationController,
    ListPartyOrganizationsController,
    RenamePartyOrganizationController,
    ChangeCoverageController,
    DissolvePartyOrganizationController,
    AddGroupMemberController,
    RemoveGroupMemberController,
    GetGridRolesController,
    SetGridRoleListController,
    AssignGridRoleController,
    EndGridRoleController,
    MyGridsController,
    RegisterHouseholdController,
    ListHouseholdsController,
    FormHouseholdUnitController,
    ListHouseholdUnitsController,
    JoinHouseholdUnitController,
    LeaveHouseholdUnitController,
    AssignRotaController,
    RecordDutyController,
    DesignateCentralHouseholdController,
    ListCentralHouseholdsController,
    ChangeCentralHouseholdsController,
    RevokeCentralHouseholdController,
    // joint-meeting sessions (大事共议, issue 20)
    ConveneSessionController,
    ListSessionsController,
    GetSessionController,
    RecordAttendanceController,
    RecordMinutesController,
    RecordDecisionController,
    CompleteActionItemController,
    CloseSessionController,
    SubmitProposalController,
    ListProposalsController,
    MarkBranchController,
  ],
  providers: [
    // evidence files of site ratings (issue 20), kept as funds' receipts are
    provideBlobStore(),
    ImportOrganizationsHandler,
    ImportUnitsHandler,
    ExportOrganizationsHandler,
    ExportUnitsHandler,
    ExportSitesHandler,
    OrganizationsReadModels,
    provideDirectory('organizations'),
    RegisterOrganizationHandler,
    ListOrganizationsHandler,
    OrganizationTreeHandler,
    RenameOrganizationHandler,
    MoveOrganizationHandler,
    DissolveOrganizationHandler,
    RegisterUnitHandler,
    EditUnitHandler,
    ListUnitsHandler,
    UnitContributionsHandler,
    EstablishPairingHandler,
    ConfirmPairingHandler,
    DeclinePairingHandler,
    WithdrawPairingHandler,
    EndPairingHandler,
    ListPairingsHandler,
    JoinJointMeetingHandler,
    ConfirmMembershipHandler,
    DeclineMembershipHandler,
    WithdrawMembershipHandler,
    LeaveJointMeetingHandler,
    GetJointMeetingHandler,
    AppointPartTimeMemberHandler,
    EndAppointmentHandler,
    ListPartTimeMembersHandler,
    OpenServiceSiteHandler,
    RateServiceSiteHandler,
    ListServiceSitesHandler,
    GetSiteStandardsHandler,
    EditSiteChecklistHandler,
    SetRatingAuthorityHandler,
    SiteEvidenceHandler,
    CreateAccountHandler,
    ListAccountsHandler,
    LoginAttemptsHandler,
    DisableAccountHandler,
    EnableAccountHandler,
    ResetPasswordHandler,
    UnlockAccountHandler,
    LoginHandler,
    ChangePasswordHandler,
    PasswordAttempts,
    BootstrapAdmin,
    DissolvedOrganizationReactor,
    FormPartyOrganizationHandler,
    ListPartyOrganizationsHandler,
    RenamePartyOrganizationHandler,
    ChangeCoverageHandler,
    DissolvePartyOrganizationHandler,
    AddGroupMemberHandler,
    RemoveGroupMemberHandler,
    GetGridRolesHandler,
    SetGridRoleListHandler,
    AssignGridRoleHandler,
    EndGridRoleHandler,
    MyGridsHandler,
    RegisterHouseholdHandler,
    ListHouseholdsHandler,
    FormHouseholdUnitHandler,
    ListHouseholdUnitsHandler,
    JoinHouseholdUnitHandler,
    LeaveHouseholdUnitHandler,
    AssignRotaHandler,
    RecordDutyHandler,
    DesignateCentralHouseholdHandler,
    ListCentralHouseholdsHandler,
    ChangeCentralHouseholdsHandler,
    RevokeCentralHouseholdHandler,
    MemberMovesReactor,
    SessionSteps,
    ConveneSessionHandler,
    ListSessionsHandler,
    GetSessionHandler,
    RecordAttendanceHandler,
    RecordMinutesHandler,
    RecordDecisionHandler,
    CompleteActionItemHandler,
    CloseSessionHandler,
    SubmitProposalHandler,
    ListProposalsHandler,
    MarkBranchHandler,
  ],
})
export class OrganizationsModule implements OnApplicationBootstrap {
  constructor(
    registry: ProjectionRegistry,
    private readonly bootstrapAdmin: BootstrapAdmin,
  ) {
    registry.register(...ORGANIZATIONS_PROJECTIONS);
  }

  /** Nest runs this in `app.listen`, after startApp has rebuilt the read models and started the relay. */
  async onApplicationBootstrap(): Promise<void> {
    await this.bootstrapAdmin.ensure();
  }
}
