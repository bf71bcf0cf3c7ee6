import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Post,
  Req,
  SetMetadata,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import type { Request } from 'express';
import { Directory } from '@gongjian/auth';
import { BLOB_STORE, type BlobStore } from '@gongjian/blobs';
import { type CommandContext, DomainRuleViolation, NotFound } from '@gongjian/eventing';
import { Answers, Command, IdParam, PatternParam, Returns, ReturnsMedia, UPLOAD_METADATA } from '@gongjian/http';
import { SheetUploadInterceptor } from '@gongjian/spreadsheets/http';
import { assertReadsFund } from '../../funds.policy';
import { FundsReadModels } from '../../read-models';
import { RECEIPT } from '../../resources';
import { assertAdminFor, isAdmin } from '@gongjian/auth';

/** What a receipt may be: a photo or a scan (票据照片、扫描件). */
export const RECEIPT_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** The first bytes of each type: a receipt is what its bytes say, not what its name claims. */
function sniff(bytes: Buffer): string | null {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

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

  async upload(fundId: string, bytes: Buffer, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    await this.assertUploads(fundId, fund.ownerOrgId, context);
    const contentType = sniff(bytes);
    if (!contentType)
      throw new DomainRuleViolation('a receipt is a JPEG or PNG photo or a PDF scan', 'unsupported_receipt', {
        field: 'file',
      });
    return this.blobs.put(bytes, contentType);
  }

  async download(fundId: string, sha256: string, context: CommandContext) {
    const fund = await this.readModels.funds.require(fundId);
    await assertReadsFund(context.actor, fund, this.directory);
    // a receipt is read through a fund whose spending names it
    const [named] = await this.readModels.spendings.find({ fundId, receiptSha256: sha256 }, { limit: 1 });
    const blob = named ? await this.blobs.get(sha256) : null;
    if (!blob) throw new NotFound(`receipt ${sha256} not found`);
    return new StreamableFile(blob.bytes, {
      type: blob.info.contentType,
      disposition: `inline; filename="receipt-${sha256.slice(0, 12)}.${RECEIPT_TYPES[blob.info.contentType] ?? 'bin'}"`,
      length: blob.info.size,
    });
  }

  /** The fund owner's admins, or the admins of an organisation one of its approved budgets runs in. */
  private async assertUploads(fundId: string, ownerOrgId: string, context: CommandContext) {
    const { actor } = context;
    if (isAdmin(actor) && actor.orgId !== null) {
      const budgets = await this.readModels.allocations.find({ fundId, status: 'approved' });
      for (const b of budgets) if (await this.directory.isWithin(b.targetOrgId, actor.orgId)) return;
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
    @Req() req: Request & { file?: { buffer: Buffer } },
    @Command() context: CommandContext,
  ) {
    return this.handler.upload(id, req.file!.buffer, context);
  }

  @Get(':id/receipts/:sha256')
  @ReturnsMedia(Object.keys(RECEIPT_TYPES), 'the receipt as it was uploaded')
  download(
    @IdParam() id: string,
    @PatternParam('sha256', /^[0-9a-f]{64}$/, 'sha256 is the hash an upload returned') sha256: string,
    @Command() context: CommandContext,
  ) {
    return this.handler.download(id, sha256, context);
  }
}
