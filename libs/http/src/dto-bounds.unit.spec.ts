import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { isBoundedPattern, unboundedFields } from './dto-bounds';
import { IsId, IsIsoDate, OptionalId } from './rules';

class Inner {
  @IsString() free: string;
  @IsIsoDate() at: string;
}

class Sample {
  @IsString() @MaxLength(10) title: string;
  @IsString() @Length(1, 5) code: string;
  @IsId() id: string;
  @OptionalId() otherId?: string;
  @IsIn(['a', 'b']) kind: string;
  @IsUUID() uuid: string;
  @IsString() @Matches(/^\d{11}$/) phone: string;
  @IsInt() count: number;
  @IsIsoDate() day: string;
  @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(9, { each: true }) tags: string[];
  // the faults
  @IsString() name: string;
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsString() @Matches(/^\d+$/) digits: string;
  @IsArray() @IsString({ each: true }) @MaxLength(9, { each: true }) many: string[];
  @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) loose: string[];
  @IsObject() @ValidateNested() @Type(() => Inner) inner: Inner;
}

describe('the length-bound rule of DTOs', () => {
  it('names every unbounded string, string element and array, nested ones by path', () => {
    expect(unboundedFields(Sample).sort()).toEqual([
      'digits: string without a length bound',
      'from: string without a length bound',
      'inner.free: string without a length bound',
      'loose: string elements without a length bound',
      'many: array without ArrayMaxSize',
      'name: string without a length bound',
    ]);
  });

  it('counts a pattern as bounded only when anchored and free of unbounded quantifiers', () => {
    for (const bounded of [/^\d{11}$/, /^[a-z0-9_.-]{3,40}$/, /^\d{4}-Q[1-4]$/, /^(?:\+86)?1\d{10}$/, /^[*+]{2}$/])
      expect({ re: String(bounded), bounded: isBoundedPattern(bounded) }).toEqual({
        re: String(bounded),
        bounded: true,
      });
    for (const open of [/^\d+$/, /^a*$/, /^\d{2,}$/, /\d{4}/, /^\d{4}/, /\d{4}$/, /^a$|^b.*$/, /^\d{4}$/m, /^x\$/])
      expect({ re: String(open), bounded: isBoundedPattern(open) }).toEqual({ re: String(open), bounded: false });
  });
});
