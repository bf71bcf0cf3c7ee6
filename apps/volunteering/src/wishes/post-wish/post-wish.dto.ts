import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId, Optional } from '@gongjian/http';

export class PostWishDto {
  @IsId() communityId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @Optional() @IsString() @MaxLength(1000) description?: string;
}
