import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CompleteActionItemDto {
  /** what was done */
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}
