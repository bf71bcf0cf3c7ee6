import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RenamePartyOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}
