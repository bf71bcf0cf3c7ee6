import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MEMBER_STATUS_CODES, type MemberStatus } from '@gongjian/contracts';
import { PageQuery, IsId, OptionalId } from '@gongjian/http';

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

  @IsOptional()
  @IsString()
  @Matches(ID_NUMBER, { message: 'idNumber must be an 18-character identity card number' })
  idNumber?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @IsId()
  branchId: string;

  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'joinedPartyOn must be a date (YYYY-MM-DD)' })
  joinedPartyOn: string;

  @OptionalId()
  employerUnitId?: string;
}

export class TransferMemberDto {
  @IsId()
  toBranchId: string;
}

export class DeclineTransferDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ConfirmAccountDto {
  /** the member record an admin proposed to link to the calling account */
  @IsId()
  memberId: string;
}

export class ChangeStatusDto {
  @IsIn(MEMBER_STATUS_CODES)
  status: MemberStatus;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CommunityReportDto {
  @IsId()
  communityId: string;
}

export class LinkAccountDto {
  /** the id (= username) of a login account with the role `member` (POST /accounts) */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  accountId: string;
}

export class RedemptionDto {
  @IsInt()
  @Min(1)
  @Max(100_000)
  points: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  merchant: string;
}

export class ListMembersQuery extends PageQuery {
  /** members whose branch is this one, or lies under this organisation (a grid, community…) */
  @OptionalId()
  orgId?: string;

  /** members whose branch lies in this community, and those who reported to it (= orgId) */
  @OptionalId()
  communityId?: string;

  @OptionalId()
  branchId?: string;

  /** in-service members who reported to this community (双报到) */
  @OptionalId()
  reportedTo?: string;

  @OptionalId()
  employerUnitId?: string;

  /** members with a pending transfer into a branch under this organisation (the destination side) */
  @OptionalId()
  transferTo?: string;

  @IsOptional()
  @IsIn(MEMBER_STATUS_CODES)
  status?: MemberStatus;
}

export class QuarterQuery {
  @IsOptional()
  @Matches(/^\d{4}Q[1-4]$/, { message: 'quarter must look like 2026Q4' })
  quarter?: string;
}

export class LeaderboardQuery extends QuarterQuery {
  /** a community, street, grid, building or unit: its members and those who reported to it */
  @OptionalId()
  orgId?: string;

  /** the same, named for what it is (one of orgId, communityId, branchId is required) */
  @OptionalId()
  communityId?: string;

  @OptionalId()
  branchId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
