import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId, Optional, OptionalId } from '@gongjian/http';

export class PostWishDto {
  @IsId() communityId: string;
  /** the resident's grid, of the community: a grid worker posts only for a grid of its running terms */
  @OptionalId() gridId?: string;
  @IsString() @IsNotEmpty() @MaxLength(100) title: string;
  @Optional() @IsString() @MaxLength(1000) description?: string;
}
