import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CancelActivityDto {
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
