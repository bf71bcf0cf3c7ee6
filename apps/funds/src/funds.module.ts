import { Module } from '@nestjs/common';
import { provideDirectory } from '@gongjian/auth';
import { provideBlobStore } from '@gongjian/blobs';
import { ProjectionRegistry } from '@gongjian/runtime';
import { DecideAllocationController } from './funds/decide-allocation/decide-allocation.controller';
import { DecideAllocationHandler } from './funds/decide-allocation/decide-allocation.handler';
import { FundLedgerController, FundLedgerHandler } from './funds/ledger/fund-ledger';
import {
  ListContributionsController,
  ListContributionsHandler,
} from './funds/list-contributions/list-contributions.controller';
import { ListFundsController } from './funds/list-funds/list-funds.controller';
import { ListFundsHandler } from './funds/list-funds/list-funds.handler';
import { OpenFundController } from './funds/open-fund/open-fund.controller';
import { OpenFundHandler } from './funds/open-fund/open-fund.handler';
import { ProjectFundingController, ProjectFundingHandler } from './funds/project-funding/project-funding';
import { ReceiptsController, ReceiptsHandler } from './funds/receipts/receipts';
import { RecordContributionController } from './funds/record-contribution/record-contribution.controller';
import { RecordContributionHandler } from './funds/record-contribution/record-contribution.handler';
import { RecordSpendingController } from './funds/record-spending/record-spending.controller';
import { RecordSpendingHandler } from './funds/record-spending/record-spending.handler';
import { RequestAllocationController } from './funds/request-allocation/request-allocation.controller';
import { RequestAllocationHandler } from './funds/request-allocation/request-allocation.handler';
import { FundingOf } from './micro-projects/list-micro-projects/funding-of';
import {
  ListMicroProjectsController,
  ListMicroProjectsHandler,
} from './micro-projects/list-micro-projects/list-micro-projects';
import {
  MicroProjectCommandsController,
  MicroProjectCommandsHandler,
} from './micro-projects/propose-micro-project/micro-project-commands';
import { ListMerchantsController } from './merchants/list-merchants/list-merchants.controller';
import { ListMerchantsHandler } from './merchants/list-merchants/list-merchants.handler';
import { ManageMerchantController, ManageMerchantHandler } from './merchants/manage-merchant/manage-merchant';
import { RegisterMerchantController } from './merchants/register-merchant/register-merchant.controller';
import { RegisterMerchantHandler } from './merchants/register-merchant/register-merchant.handler';
import {
  ExportMerchantStatementController,
  MerchantStatementsController,
  MerchantStatementsHandler,
} from './merchants/statements/statements';
import { FUNDS_PROJECTIONS, FundsReadModels } from './read-models';
import { ExportReportsController, ExportReportsHandler } from './reports/export-reports/export-reports';
import { FundReportHandler } from './reports/fund-report/fund-report.handler';
import { ReportsController } from './reports/reports.controller';
import { UnitReportHandler } from './reports/unit-report/unit-report.handler';

/**
 * 资金: co-build funds, 微项目, their budgets, 认捐 and spending on a double-entry ledger, and the
 * merchant alliance (红色联盟) with its monthly statements (issue 19).
 */
@Module({
  controllers: [
    // `/funds/contributions` and `/funds/reports/…` before `/funds/:id`: routes match in the order they are declared
    ListContributionsController,
    ReportsController,
    ExportReportsController,
    OpenFundController,
    ListFundsController,
    FundLedgerController,
    RequestAllocationController,
    DecideAllocationController,
    RecordContributionController,
    ReceiptsController,
    RecordSpendingController,
    MicroProjectCommandsController,
    ListMicroProjectsController,
    ProjectFundingController,
    // the merchant alliance (红色联盟)
    RegisterMerchantController,
    ListMerchantsController,
    ManageMerchantController,
    MerchantStatementsController,
    ExportMerchantStatementController,
  ],
  providers: [
    FundsReadModels,
    provideDirectory('funds'),
    provideBlobStore(),
    FundingOf,
    OpenFundHandler,
    ListFundsHandler,
    FundLedgerHandler,
    ListContributionsHandler,
    RequestAllocationHandler,
    DecideAllocationHandler,
    RecordContributionHandler,
    ReceiptsHandler,
    RecordSpendingHandler,
    MicroProjectCommandsHandler,
    ListMicroProjectsHandler,
    ProjectFundingHandler,
    RegisterMerchantHandler,
    ListMerchantsHandler,
    ManageMerchantHandler,
    MerchantStatementsHandler,
    FundReportHandler,
    UnitReportHandler,
    ExportReportsHandler,
  ],
})
export class FundsModule {
  constructor(registry: ProjectionRegistry) {
    registry.register(...FUNDS_PROJECTIONS);
  }
}
