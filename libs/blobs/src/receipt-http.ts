import { StreamableFile } from '@nestjs/common';
import { PatternParam } from '@gongjian/http';
import type { BlobStore } from './blob-store.port';
import { checkReceiptFile } from './receipt-file';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * Keeps an uploaded receipt-like file (a fund's receipt, a site rating's evidence): a JPEG or PNG
 * photo or a PDF scan of at most 10 MiB, its bytes what it claims (422 otherwise), by its SHA-256.
 */
export function storeReceiptFile(blobs: BlobStore, file: { buffer: Buffer; mimetype: string }) {
  return blobs.put(file.buffer, checkReceiptFile(file.buffer, file.mimetype));
}

/** A stored file answered inline, named `<prefix>-<first 12 of its hash>.<extension>`. */
export function inlineFile(blob: NonNullable<Awaited<ReturnType<BlobStore['get']>>>, prefix: string) {
  const { sha256, contentType, size } = blob.info;
  return new StreamableFile(blob.bytes, {
    type: contentType,
    disposition: `inline; filename="${prefix}-${sha256.slice(0, 12)}.${EXTENSIONS[contentType] ?? 'bin'}"`,
    length: size,
  });
}

/** `@Sha256Param()`: a path's `:sha256`, the hash an upload answered. */
export const Sha256Param = () => PatternParam('sha256', /^[0-9a-f]{64}$/, 'sha256 is the hash an upload returned');
