import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { QUANTITY_UNIT_CODES, type QuantityUnit } from '@gongjian/contracts';
import { IsIsoDate } from '@gongjian/http';

/**
 * The parts the items of both lists share — a need (需求清单) and an offer (资源清单) alike have
 * a quantity, a window and tags — validated and normalised in one place.
 */
export class QuantityDto {
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1e9)
  amount: number;

  @IsIn(QUANTITY_UNIT_CODES)
  unit: QuantityUnit;
}

export class WindowDto {
  @IsIsoDate()
  from: string;

  /** not before `from` (422 invalid_window otherwise: a rule between the two fields) */
  @IsIsoDate()
  to: string;
}

/** An item's tags: at most 20 words of at most 30 characters each. */
export const IsTags = () =>
  applyDecorators(IsArray(), ArrayMaxSize(20), IsString({ each: true }), MaxLength(30, { each: true }));

/** Tags as typed, trimmed, blanks and repeats dropped (needs and offers alike). */
export function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}
