import { IsString, MaxLength } from 'class-validator';
import { Optional } from '@gongjian/http';

export class FulfilWishDto {
  @Optional() @IsString() @MaxLength(1000) note?: string;
}
