import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { provideDirectory } from '@gongjian/auth';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { ProjectionRegistry, RUNTIME_CONFIG, type RuntimeConfig } from '@gongjian/runtime';
import { createMemberKeyStore, MEMBER_KEY_STORE, type MemberKeyStore } from './personal-data/key-store';
import { GetLeaderboardController } from './points/get-leaderboard/get-leaderboard.controller';
import { GetLeaderboardHandler } from './points/get-leaderboard/get-leaderboard.handler';
import { GetLedgerController } from './points/get-ledger/get-ledger.controller';
import { GetLedgerHandler } from './points/get-ledger/get-ledger.handler';
import { GetPioneerIndexController } from './points/get-pioneer-index/get-pioneer-index.controller';
import { GetPioneerIndexHandler } from './points/get-pioneer-index/get-pioneer-index.handler';
import { GetPointsRulesController } from './points/get-points-rules/get-points-rules.controller';
import { GetPointsRulesHandler } from './points/get-points-rules/get-points-rules.handler';
import { PointsReactor } from './points/points.reactor';
import { BranchMigrationReactor } from './registry/branch-migration.reactor';
import { ReverseRedemptionController } from './points/reverse-redemption/reverse-redemption.controller';
import { ReverseRedemptionHandler } from './points/reverse-redemption/reverse-redemption.handler';
import { RedeemPointsController } from './points/redeem-points/redeem-points.controller';
import { RedeemPointsHandler } from './points/redeem-points/redeem-points.handler';
import { MEMBERS_PROJECTIONS, MembersReadModels } from './read-models';
import { AcceptTransferController } from './registry/accept-transfer/accept-transfer.controller';
import { AcceptTransferHandler } from './registry/accept-transfer/accept-transfer.handler';
import { CancelTransferController } from './registry/cancel-transfer/cancel-transfer.controller';
import { CancelTransferHandler } from './registry/cancel-transfer/cancel-transfer.handler';
import { ChangeStatusController } from './registry/change-status/change-status.controller';
import { ChangeStatusHandler } from './registry/change-status/change-status.handler';
import { ConfirmAccountLinkController } from './registry/confirm-account-link/confirm-account-link.controller';
import { ConfirmAccountLinkHandler } from './registry/confirm-account-link/confirm-account-link.handler';
import { DeclineTransferController } from './registry/decline-transfer/decline-transfer.controller';
import { DeclineTransferHandler } from './registry/decline-transfer/decline-transfer.handler';
import { ErasePersonalDataController } from './registry/erase-personal-data/erase-personal-data.controller';
import { ErasePersonalDataHandler } from './registry/erase-personal-data/erase-personal-data.handler';
import { GetMemberController } from './registry/get-member/get-member.controller';
import { GetMemberHandler } from './registry/get-member/get-member.handler';
import { GetOwnRecordController } from './registry/get-own-record/get-own-record.controller';
import { GetOwnRecordHandler } from './registry/get-own-record/get-own-record.handler';
import { LinkAccountController } from './registry/link-account/link-account.controller';
import { LinkAccountHandler } from './registry/link-account/link-account.handler';
import { ListAccountProposalsController } from './registry/list-account-proposals/list-account-proposals.controller';
import { ListAccountProposalsHandler } from './registry/list-account-proposals/list-account-proposals.handler';
import { ListMembersController } from './registry/list-members/list-members.controller';
import { ListMembersHandler } from './registry/list-members/list-members.handler';
import { MemberViews } from './registry/member-views';
import { ReadPersonalDataController } from './registry/read-personal-data/read-personal-data.controller';
import { ReadPersonalDataHandler } from './registry/read-personal-data/read-personal-data.handler';
import { RegisterMemberController } from './registry/register-member/register-member.controller';
import { RegisterMemberHandler } from './registry/register-member/register-member.handler';
import { ReportToCommunityController } from './registry/report-to-community/report-to-community.controller';
import { ReportToCommunityHandler } from './registry/report-to-community/report-to-community.handler';
import { TransferMemberController } from './registry/transfer-member/transfer-member.controller';
import { TransferMemberHandler } from './registry/transfer-member/transfer-member.handler';
import { CancelReportController } from './registry/cancel-report/cancel-report.controller';
import { CancelReportHandler } from './registry/cancel-report/cancel-report.handler';
import { ConfirmReportController } from './registry/confirm-report/confirm-report.controller';
import { ConfirmReportHandler } from './registry/confirm-report/confirm-report.handler';
import { DeclineReportController } from './registry/decline-report/decline-report.controller';
import { DeclineReportHandler } from './registry/decline-report/decline-report.handler';
import { ListCommunityReportsController } from './registry/list-community-reports/list-community-reports.controller';
import { ListCommunityReportsHandler } from './registry/list-community-reports/list-community-reports.handler';
import { WithdrawReportController } from './registry/withdraw-report/withdraw-report.controller';
import { WithdrawReportHandler } from './registry/withdraw-report/withdraw-report.handler';

/** 党员: registry, 双报到, 量化积分 and 先锋指数 (DESIGN §2–§4). */
import { ImportMembersController } from './registry/import-members/import-members.controller';
import { ImportMembersHandler } from './registry/import-members/import-members.handler';
import { ExportMembersController, ExportMembersHandler } from './registry/export-members/export-members';
import { ExportLedgerController, ExportLedgerHandler } from './points/export-ledger/export-ledger';
@Module({
  controllers: [
    ImportMembersController,
    ExportMembersController,
    ExportLedgerController,
    RegisterMemberController,
    ListMembersController,
    // `/members/me…` before `/members/:id`: routes match in the order they are declared
    GetOwnRecordController,
    ListAccountProposalsController,
    ConfirmAccountLinkController,
    ListCommunityReportsController,
    GetMemberController,
    ReadPersonalDataController,
    TransferMemberController,
    AcceptTransferController,
    DeclineTransferController,
    CancelTransferController,
    ChangeStatusController,
    ReportToCommunityController,
    ConfirmReportController,
    DeclineReportController,
    CancelReportController,
    WithdrawReportController,
    LinkAccountController,
    ErasePersonalDataController,
    GetPointsRulesController,
    GetLedgerController,
    RedeemPointsController,
    ReverseRedemptionController,
    GetPioneerIndexController,
    GetLeaderboardController,
  ],
  providers: [
    ImportMembersHandler,
    ExportMembersHandler,
    ExportLedgerHandler,
    MembersReadModels,
    provideDirectory('members'),
    MemberViews,
    RegisterMemberHandler,
    ListMembersHandler,
    GetOwnRecordHandler,
    ListAccountProposalsHandler,
    ConfirmAccountLinkHandler,
    GetMemberHandler,
    ReadPersonalDataHandler,
    TransferMemberHandler,
    AcceptTransferHandler,
    DeclineTransferHandler,
    CancelTransferHandler,
    ChangeStatusHandler,
    ReportToCommunityHandler,
    ConfirmReportHandler,
    DeclineReportHandler,
    CancelReportHandler,
    ListCommunityReportsHandler,
    WithdrawReportHandler,
    LinkAccountHandler,
    ErasePersonalDataHandler,
    GetPointsRulesHandler,
    GetLedgerHandler,
    RedeemPointsHandler,
    ReverseRedemptionHandler,
    GetPioneerIndexHandler,
    GetLeaderboardHandler,
    PointsReactor,
    BranchMigrationReactor,
    {
      // the key store lives beside the read models (MongoDB) or in its own SQLite file
      provide: MEMBER_KEY_STORE,
      inject: [RUNTIME_CONFIG, DOCUMENT_STORE],
      useFactory: (config: RuntimeConfig, documents: DocumentStore) => createMemberKeyStore(config, documents),
    },
  ],
})
export class MembersModule implements OnApplicationShutdown {
  constructor(
    registry: ProjectionRegistry,
    @Inject(MEMBER_KEY_STORE) private readonly keys: MemberKeyStore,
  ) {
    registry.register(...MEMBERS_PROJECTIONS);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}
