import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  Max,
  ValidateNested,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { IsIsoDate } from '@gongjian/http';
import {
  CATEGORY_CODES,
  type Category,
  QUANTITY_UNIT_CODES,
  type QuantityUnit,
  URGENCY_CODES,
  type Urgency,
} from '@gongjian/contracts';

export class QuantityDto {
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1e9)
  amount: number;

  @IsIn(QUANTITY_UNIT_CODES)
  unit: QuantityUnit;
}

/** `to` must not be before the property named (`from`). */
function IsNotBefore(property: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBefore',
      target: object.constructor,
      propertyName,
      constraints: [property],
      options: { message: `${propertyName} must not be before ${property}` },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[property];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          return Date.parse(value) >= Date.parse(other);
        },
      },
    });
}

export class WindowDto {
  @IsIsoDate()
  from: string;

  @IsIsoDate()
  @IsNotBefore('from')
  to: string;
}

export class PostNeedDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  communityId: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  gridId?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IsIn(CATEGORY_CODES)
  category: Category;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  tags?: string[];

  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  @IsNotEmpty()
  quantity: QuantityDto;

  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  @IsNotEmpty()
  window: WindowDto;

  @IsIn(URGENCY_CODES)
  urgency: Urgency;
}
