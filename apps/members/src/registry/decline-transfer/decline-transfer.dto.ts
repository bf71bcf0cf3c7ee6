import { IsOptional, IsString, MaxLength } from 'class-validator';

export class DeclineTransferDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
