import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Inject,
  Post,
  Req,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  assertAdminFor,
  CREDENTIAL_STORE,
  type CredentialStore,
  hashPassword,
  Public,
  ROLES,
  type Role,
  verifyPassword,
} from '@gongjian/auth';
import { type CommandContext, NotFound } from '@gongjian/eventing';
import { Command, type GongjianRequest } from '@gongjian/http';
import { DOCUMENT_STORE, type DocumentStore } from '@gongjian/read-models';
import { Runtime } from '@gongjian/runtime';
import { OrganizationsTree } from '../organizations.tree';
import { accountDecider, accountStreamId } from './account.decider';
import { ACCOUNTS_COLLECTION, type AccountDocument, toAccountResource } from './accounts.projection';

export class CreateAccountDto {
  @Matches(/^[a-z0-9][a-z0-9._-]{2,39}$/, {
    message: 'username must be 3–40 lowercase letters, digits, dot, dash or underscore',
  })
  username: string;

  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;

  @IsIn(ROLES)
  role: Role;

  @IsString()
  @IsNotEmpty()
  orgId: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  displayName?: string;
}

export class LoginDto {
  @IsString()
  @IsNotEmpty()
  username: string;

  @IsString()
  @IsNotEmpty()
  password: string;
}

@Controller()
export class AccountsController {
  constructor(
    private readonly runtime: Runtime,
    private readonly tree: OrganizationsTree,
    private readonly jwt: JwtService,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  private get accounts() {
    return this.documents.collection<AccountDocument>(ACCOUNTS_COLLECTION);
  }

  /** An administrator creates an account in its subtree; auditors only by a district admin. */
  @Post('accounts')
  @HttpCode(201)
  async create(@Body() dto: CreateAccountDto, @Command() ctx: CommandContext) {
    const org = await this.tree.get(dto.orgId);
    if (org) await assertAdminFor(ctx.actor, org._id, this.tree);
    if ((dto.role === 'auditor' || dto.role === 'district_admin') && ctx.actor.role !== 'district_admin') {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: `only a district admin creates ${dto.role} accounts`,
      });
    }
    const command = {
      type: 'CreateAccount' as const,
      accountId: dto.username,
      displayName: dto.displayName?.trim() || dto.username,
      role: dto.role,
      org: org && { id: org._id, kind: org.kind, status: org.status },
    };
    const hash = await hashPassword(dto.password);
    await this.runtime.execute(accountStreamId(dto.username), accountDecider, command, ctx);
    await this.credentials.set(dto.username, hash);
    return this.account(dto.username);
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto) {
    const account = await this.accounts.get(dto.username);
    const hash = account && (await this.credentials.get(account._id));
    if (!account || !hash || !(await verifyPassword(dto.password, hash))) {
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'wrong username or password',
      });
    }
    const accessToken = await this.jwt.signAsync({ sub: account._id, role: account.role, orgId: account.orgId });
    return { accessToken, tokenType: 'Bearer', account: toAccountResource(account) };
  }

  @Get('accounts/me')
  async me(@Req() req: GongjianRequest) {
    return this.account(req.actor!.accountId);
  }

  private async account(id: string) {
    const doc = await this.accounts.get(id);
    if (!doc) throw new NotFound(`account ${id} not found`);
    return toAccountResource(doc);
  }
}
