import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, ValidateNested } from 'class-validator';
import { IsId } from '@gongjian/http';

export class SessionAttendanceEntryDto {
  /** a member unit's id, or an appointment's id (兼职委员) */
  @IsId()
  id: string;

  @IsBoolean()
  present: boolean;
}

export class RecordAttendanceDto {
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SessionAttendanceEntryDto)
  units: SessionAttendanceEntryDto[];

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SessionAttendanceEntryDto)
  partTimeMembers: SessionAttendanceEntryDto[];
}
