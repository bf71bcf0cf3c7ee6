import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '@gongjian/eventing';
import { verifyAccessToken } from './jwt-keys';

export const PUBLIC_METADATA = 'gongjian:public';
/** Marks a route that needs no token (health, login). */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/**
 * Verifies the bearer JWT on every HTTP route not marked @Public() and sets `req.actor`. Runs in
 * every service as well as behind the gateway, so a service reached directly trusts nothing.
 * Only HS256 with a known key id and an unexpired `exp` passes (jwt-keys.ts).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, [context.getHandler(), context.getClass()]))
      return true;
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'a bearer token is required',
      });
    }
    try {
      const claims = await verifyAccessToken(this.jwt, token);
      req.actor = { accountId: claims.sub, role: claims.role, orgId: claims.orgId };
      return true;
    } catch {
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'the token is invalid or expired',
      });
    }
  }
}
