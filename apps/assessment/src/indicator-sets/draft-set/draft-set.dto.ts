import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ASSESSMENT_PERIOD_CODES,
  type AssessmentPeriod,
  CATEGORY_CODES,
  INDEX_KIND_CODES,
  type IndexKind,
  MEASURE_CODES,
  type Measure,
} from '@gongjian/contracts';
import { Optional } from '@gongjian/http';

export class IndicatorDto {
  @IsIn(MEASURE_CODES) measure: Measure;
  /** count only this category (of a measure counted by category: hours, needs) */
  @Optional() @IsIn(CATEGORY_CODES) category?: string;
  /** points per unit of the measure */
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-100) @Max(100) weight: number;
  /** the most points the indicator gives */
  @Optional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100000) cap?: number;
}

export class SetContentDto {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @IsIn(ASSESSMENT_PERIOD_CODES) period: AssessmentPeriod;
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators: IndicatorDto[];
}

export class DraftSetDto extends SetContentDto {
  @IsIn(INDEX_KIND_CODES) index: IndexKind;
}
