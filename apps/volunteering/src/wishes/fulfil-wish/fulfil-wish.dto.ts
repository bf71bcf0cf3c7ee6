import { IsOptional, IsString, MaxLength } from 'class-validator';

export class FulfilWishDto {
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
