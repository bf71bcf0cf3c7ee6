import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';

export class PostWishDto {
  @IsId() communityId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @IsOptional() @IsString() @MaxLength(1000) description?: string;
}
