import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '@gongjian/http';

export class FormTeamDto {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** the community or street the team serves under */
  @IsId() orgId: string;
}
