import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CancelNeedDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
