import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId, IsIsoDay, Optional } from '@gongjian/http';

export class ProposeMicroProjectDto {
  /** the community (or street) that runs it */
  @IsId() orgId: string;
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Optional() @IsString() @MaxLength(2000) description?: string;
  /** residents it means to serve (人次) */
  @IsInt() @Min(0) @Max(10_000_000) plannedBeneficiaries: number;
}

export class CompleteMicroProjectDto {
  /** residents it served (人次): the fund report's beneficiaries */
  @IsInt() @Min(0) @Max(10_000_000) beneficiaries: number;
  @IsString() @IsNotEmpty() @MaxLength(2000) summary: string;
  @IsIsoDay() completedOn: string;
}

export class CancelMicroProjectDto {
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}
