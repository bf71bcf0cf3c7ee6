import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsId, IsIsoDay, Optional, OptionalCode, OptionalId } from '@gongjian/http';

/** Mainland mobile (11 digits from 1) or a landline with its area code. */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
/** 18-character resident identity card number. */
const ID_NUMBER = /^\d{17}[\dXx]$/;

export class RegisterMemberDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @IsString()
  @Matches(PHONE, { message: 'phone must be a mobile number (11 digits) or a landline with its area code' })
  phone: string;

  @Optional()
  @IsString()
  @Matches(ID_NUMBER, { message: 'idNumber must be an 18-character identity card number' })
  idNumber?: string;

  @Optional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @IsId()
  branchId: string;

  @IsIsoDay()
  joinedPartyOn: string;

  @OptionalId()
  employerUnitId?: string;

  /** 编码 — the office's own code (党员编号), unique among members */
  @OptionalCode()
  code?: string;
}
