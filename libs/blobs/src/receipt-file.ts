import { DomainRuleViolation } from '@gongjian/eventing';
import { InvalidContentType, normalizeContentType } from './blob-store.port';

/** The largest receipt file kept: a phone photo or a scanned invoice, not an archive. */
export const RECEIPT_MAX_BYTES = 10 * 1024 * 1024;

/** What a receipt may be: a photo (JPEG, PNG) or a PDF (an e-invoice, 电子发票, is a PDF). */
export const RECEIPT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type ReceiptContentType = (typeof RECEIPT_CONTENT_TYPES)[number];

/** The first bytes of each allowed type: a client's Content-Type is a claim, the bytes are the file. */
const SIGNATURES: Record<ReceiptContentType, Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
};

/**
 * A receipt file refused before it is stored (422, with `code` and a Chinese `details.message`
 * for the office, as SpreadsheetError does). An HTTP route may answer 413 itself before the body
 * is read; this is the check the bytes get either way.
 */
export class ReceiptRefused extends DomainRuleViolation {
  constructor(message: string, code: string, zh: string, details: Record<string, unknown> = {}) {
    super(message, code, { ...details, message: zh });
  }
}

/**
 * Checks an uploaded receipt: not empty, at most RECEIPT_MAX_BYTES, one of RECEIPT_CONTENT_TYPES,
 * and its bytes are of the type it claims. Returns the content type to store (normalised).
 * The blob store itself stores any bytes; this is the rule for receipts.
 */
export function checkReceiptFile(bytes: Buffer, contentType: string): ReceiptContentType {
  if (bytes.length === 0) throw new ReceiptRefused('the receipt file is empty', 'receipt_empty', '票据文件是空的');
  if (bytes.length > RECEIPT_MAX_BYTES)
    throw new ReceiptRefused(
      `the receipt file is ${bytes.length} bytes, more than the ${RECEIPT_MAX_BYTES} allowed`,
      'receipt_too_large',
      `票据文件不能超过 ${RECEIPT_MAX_BYTES / 1024 / 1024} MB`,
      { size: bytes.length, maxBytes: RECEIPT_MAX_BYTES },
    );
  const type = receiptContentType(contentType);
  if (!bytes.subarray(0, SIGNATURES[type].length).equals(SIGNATURES[type]))
    throw new ReceiptRefused(
      `the receipt file is not a ${type} file, as it was sent as`,
      'receipt_content_mismatch',
      '票据文件的内容与其类型不符：请上传 JPEG、PNG 图片或 PDF 文件',
      { contentType: type },
    );
  return type;
}

function receiptContentType(contentType: string): ReceiptContentType {
  let type: string;
  try {
    type = normalizeContentType(contentType);
  } catch (error) {
    if (!(error instanceof InvalidContentType)) throw error;
    type = '';
  }
  const allowed = RECEIPT_CONTENT_TYPES.find((t) => t === type);
  if (!allowed)
    throw new ReceiptRefused(
      `a receipt must be one of ${RECEIPT_CONTENT_TYPES.join(', ')}; got ${JSON.stringify(String(contentType).slice(0, 100))}`,
      'receipt_type_not_allowed',
      '票据只能是 JPEG、PNG 图片或 PDF 文件',
      { allowed: [...RECEIPT_CONTENT_TYPES] },
    );
  return allowed;
}
