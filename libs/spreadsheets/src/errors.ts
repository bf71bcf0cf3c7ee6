import { DomainRuleViolation } from '@gongjian/eventing';

/** Where in a sheet a problem is: the row as Excel numbers it, the column's letter and header. */
export interface SheetPlace {
  row?: number;
  column?: string;
  header?: string;
}

/**
 * A file that cannot be imported as a whole (422): not a spreadsheet, an empty sheet, required
 * columns missing, too many rows. `details.message` says it in Chinese for the office; the
 * English message is the API's as everywhere, and the place (row, column) is in `details`.
 */
export class SpreadsheetError extends DomainRuleViolation {
  constructor(message: string, code: string, zh: string, place: SheetPlace & Record<string, unknown> = {}) {
    super(message, code, { ...place, message: zh });
  }
}

/** Column A for 0, Z for 25, AA for 26… */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
