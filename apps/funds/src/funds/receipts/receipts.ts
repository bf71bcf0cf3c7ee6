import { Controller, Get, HttpCode, Inject, Injectable, Post, Req, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { Request } from 'express';
import { Directory } from '@gongjian/auth';
import {
  BLOB_STORE,
  type BlobStore,
  inlineFile,
  RECEIPT_CONTENT_TYPES,
  Sha256Param,
  storeReceiptFile,
} from '@gongjian/blobs';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Answers, Command, IdParam, Returns, ReturnsMedia, UPLOAD_METADATA } from '@gongjian/http';
import { SheetUploadInterceptor } from '@gongjian/spreadsheets/http';
import { assertReadsFund } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { RECEIPT } from '../../resources';
import { assertAdminFor, isAdmin } from '@gongjian/auth';

/**
 * Receipts of a fund's spending: uploaded by the admins who may spend from it (the fund's or a
 * budget's organisation), kept in the blob store by their SHA-256 — the spending's event keeps the
 * hash — and read back by those who read the fund.
 */
@Injectable()
export class ReceiptsHandler {
  constructor(
    private readonly readModels: FundsReadModels,
    private readonly directory: Directory,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async upload(fundId: string, file: { buffer: Buffer; mimetype: string }, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    await this.assertUploads(fundId, fund.ownerOrgId, context);
    return storeReceiptFile(this.blobs, file);
  }

  async download(fundId: string, sha256: string, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    await assertReadsFund(context.actor, fund, this.directory);
    // a receipt is read through a fund whose spending names it
    const [named] = await this.readModels.spendings.find({ fundId, receiptSha256: sha256 }, { limit: 1 });
    const blob = named ? await this.blobs.get(sha256) : null;
    if (!blob) throw new NotFound(`receipt ${sha256} not found`);
    return inlineFile(blob, 'receipt');
  }

  /** The fund owner's admins, or the admins of an organisation one of its approved budgets runs in. */
  private async assertUploads(fundId: string, ownerOrgId: string, context: CommandContext) {
    const { actor } = context;
    if (isAdmin(actor) && actor.orgId !== null) {
      const budgets = await this.readModels.allocations.find({ fundId, status: 'approved' });
      // one walk up the tree per organisation running a budget, not per budget
      for (const orgId of new Set(budgets.map((b) => b.targetOrgId)))
        if (await this.directory.isWithin(orgId, actor.orgId)) return;
    }
    await assertAdminFor(actor, ownerOrgId, this.directory);
  }
}

@Controller('funds')
export class ReceiptsController {
  constructor(private readonly handler: ReceiptsHandler) {}

  /** Uploads a receipt (form field `file`: JPEG, PNG or PDF): its hash, size and type. */
  @Post(':id/receipts')
  @HttpCode(201)
  @SetMetadata(UPLOAD_METADATA, 'file')
  @UseInterceptors(SheetUploadInterceptor)
  @Returns(RECEIPT)
  @Answers(413, 422)
  upload(
    @IdParam() id: string,
    @Req() req: Request & { file?: { buffer: Buffer; mimetype: string } },
    @Command() context: CommandContext,
  ) {
    return this.handler.upload(id, req.file!, context);
  }

  @Get(':id/receipts/:sha256')
  @ReturnsMedia([...RECEIPT_CONTENT_TYPES], 'the receipt as it was uploaded')
  download(@IdParam() id: string, @Sha256Param() sha256: string, @Command() context: CommandContext) {
    return this.handler.download(id, sha256, context);
  }
}
