import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { type Actor, Forbidden, Unauthenticated } from '@gongjian/eventing';
import { AccountRevocations } from './account-status.projection';
import { type TokenClaims, verifyAccessToken } from './jwt-keys';

export const PUBLIC_METADATA = 'gongjian:public';
/** Marks a route that needs no token (health, login). */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

export const PASSWORD_CHANGE_METADATA = 'gongjian:password-change';
/** Marks the one route a token issued for a temporary password may call (changing it). */
export const PasswordChange = () => SetMetadata(PASSWORD_CHANGE_METADATA, true);

/**
 * Verifies the bearer JWT on every HTTP route not marked @Public() and sets `req.actor`. Runs in
 * every service as well as behind the gateway, so a service reached directly trusts nothing.
 * Only HS256 with a known key id and an unexpired `exp` passes (jwt-keys.ts), and only while the
 * account is not disabled and no password change, reset or disabling came after the token
 * (AccountRevocations, folded from the public account events in every service). A token issued
 * for a temporary password reaches only the @PasswordChange() route (403 elsewhere).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly revocations: AccountRevocations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, [context.getHandler(), context.getClass()]))
      return true;
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new Unauthenticated('a bearer token is required');
    let claims: TokenClaims;
    try {
      claims = await verifyAccessToken(this.jwt, token);
    } catch {
      throw new Unauthenticated('the token is invalid or expired');
    }
    const refusal = await this.revocations.refusal(claims.sub, claims.issuedAtMs);
    if (refusal) throw new Unauthenticated(refusal);
    if (
      claims.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_METADATA, [context.getHandler(), context.getClass()])
    ) {
      throw new Forbidden(
        'the password must be changed first: POST /auth/password with the temporary password as current',
      );
    }
    req.actor = { accountId: claims.sub, role: claims.role, orgId: claims.orgId };
    return true;
  }
}
