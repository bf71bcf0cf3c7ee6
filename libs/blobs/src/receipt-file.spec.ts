import { DomainRuleViolation } from '@gongjian/eventing';
import { checkReceiptFile, RECEIPT_MAX_BYTES, ReceiptRefused } from './receipt-file';

const pdf = Buffer.from('%PDF-1.7\n…');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReceiptRefused);
    expect(error).toBeInstanceOf(DomainRuleViolation);
    return (error as ReceiptRefused).code;
  }
  throw new Error('accepted');
};

describe('a receipt file (checkReceiptFile)', () => {
  it('takes a PDF, a PNG or a JPEG whose bytes are what it claims, and gives the type to store', () => {
    expect(checkReceiptFile(pdf, 'application/pdf')).toBe('application/pdf');
    expect(checkReceiptFile(png, 'image/png')).toBe('image/png');
    expect(checkReceiptFile(jpeg, 'IMAGE/JPEG; name=receipt.jpg')).toBe('image/jpeg');
  });

  it('takes a file of exactly 10 MiB and refuses one byte more', () => {
    expect(RECEIPT_MAX_BYTES).toBe(10 * 1024 * 1024);
    const largest = Buffer.alloc(RECEIPT_MAX_BYTES);
    pdf.copy(largest);
    expect(checkReceiptFile(largest, 'application/pdf')).toBe('application/pdf');
    const tooLarge = Buffer.alloc(RECEIPT_MAX_BYTES + 1);
    pdf.copy(tooLarge);
    expect(codeOf(() => checkReceiptFile(tooLarge, 'application/pdf'))).toBe('receipt_too_large');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'application/pdf', 'receipt_empty'],
    ['another type', Buffer.from('GIF89a'), 'image/gif', 'receipt_type_not_allowed'],
    ['no type', pdf, '', 'receipt_type_not_allowed'],
    ['a malformed type', pdf, 'application/pdf\r\nX: 1', 'receipt_type_not_allowed'],
    ['a PNG sent as a PDF', png, 'application/pdf', 'receipt_content_mismatch'],
    ['HTML sent as a JPEG', Buffer.from('<html><script>'), 'image/jpeg', 'receipt_content_mismatch'],
  ])('refuses %s', (_what, bytes, type, code) => {
    expect(codeOf(() => checkReceiptFile(bytes, type))).toBe(code);
  });

  it('says why in Chinese for the office, and what is allowed', () => {
    try {
      checkReceiptFile(pdf, 'text/plain');
    } catch (error) {
      expect((error as ReceiptRefused).details).toEqual({
        allowed: ['image/jpeg', 'image/png', 'application/pdf'],
        message: '票据只能是 JPEG、PNG 图片或 PDF 文件',
      });
    }
    expect.assertions(1);
  });
});
