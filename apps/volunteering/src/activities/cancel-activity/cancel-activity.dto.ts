import { IsString, MaxLength } from 'class-validator';
import { Optional } from '@gongjian/http';

export class CancelActivityDto {
  @Optional() @IsString() @MaxLength(500) reason?: string;
}
