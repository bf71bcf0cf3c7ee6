import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';

export class RegisterHouseholdDto {
  /** 门牌 — the door as the office writes it (3单元502室, 东巷12号): no name, no phone */
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  label: string;

  /** the building, or the grid (平房 without buildings) */
  @IsId()
  areaId: string;
}
