import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '@gongjian/http';

/** One item of the checklist: met or not, and the evidence (what was seen, a ledger, a photo's place). */
export class ChecklistAnswerDto {
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'itemId must be an item id of the checklist' })
  itemId: string;

  @IsBoolean()
  met: boolean;

  /** the evidence; a met item needs one */
  @IsString()
  @MaxLength(500)
  note: string;

  /** an evidence file uploaded first (`POST /service-sites/:id/evidence`): its hash */
  @Optional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'fileSha256 is the hash an upload returned' })
  fileSha256?: string;
}

export class RateSiteDto {
  @IsInt()
  @Min(2000)
  year: number;

  @IsInt()
  @Min(1)
  @Max(5)
  stars: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  /** every item of the current checklist of the site's level, once */
  @IsArray()
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  items: ChecklistAnswerDto[];
}
