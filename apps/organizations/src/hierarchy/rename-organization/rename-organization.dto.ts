import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RenameOrganizationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}
