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
import { ListServiceSitesHandler } from '../list-service-sites/list-service-sites.handler';
import { assertRatesSite } from '../site.policy';
import { SITE_EVIDENCE } from '../standards/site-standards.resource';

/**
 * Evidence files of a rating (a photo of the premises, a scanned ledger): uploaded by the site's
 * raters before they rate, kept in the blob store by their SHA-256 as funds' receipts are — the
 * rating's answer names the hash — and read back by everyone who reads the site, once a rating
 * names them.
 */
@Injectable()
export class SiteEvidenceHandler {
  constructor(
    private readonly sites: ListServiceSitesHandler,
    private readonly directory: Directory,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async upload(siteId: string, file: { buffer: Buffer; mimetype: string }, context: CommandContext) {
    const site = await this.sites.get(siteId);
    await assertRatesSite(context.actor, site, this.directory);
    return storeReceiptFile(this.blobs, file);
  }

  /** Whether each hash names a stored file: the hashes that do not. */
  async unknown(hashes: string[]): Promise<string[]> {
    const found = await Promise.all(hashes.map((h) => this.blobs.info(h)));
    return hashes.filter((_, i) => !found[i]);
  }

  async download(siteId: string, sha256: string) {
    const site = await this.sites.get(siteId);
    const named = site.ratings.some((r) => r.items.some((i) => i.fileSha256 === sha256));
    const blob = named ? await this.blobs.get(sha256) : null;
    if (!blob) throw new NotFound(`evidence ${sha256} not found`);
    return inlineFile(blob, 'evidence');
  }
}

@Controller('service-sites')
export class SiteEvidenceController {
  constructor(private readonly handler: SiteEvidenceHandler) {}

  /** Uploads an evidence file of a rating (form field `file`: JPEG, PNG or PDF): its hash, size and type. */
  @Post(':id/evidence')
  @HttpCode(201)
  @SetMetadata(UPLOAD_METADATA, 'file')
  @UseInterceptors(SheetUploadInterceptor)
  @Returns(SITE_EVIDENCE)
  @Answers(413, 422)
  upload(
    @IdParam() id: string,
    @Req() req: Request & { file?: { buffer: Buffer; mimetype: string } },
    @Command() context: CommandContext,
  ) {
    return this.handler.upload(id, req.file!, context);
  }

  /** An evidence file a rating of the site names. */
  @Get(':id/evidence/:sha256')
  @ReturnsMedia([...RECEIPT_CONTENT_TYPES], 'the evidence file as it was uploaded')
  download(@IdParam() id: string, @Sha256Param() sha256: string) {
    return this.handler.download(id, sha256);
  }
}
