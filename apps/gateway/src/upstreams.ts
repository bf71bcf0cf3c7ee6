import { Inject, Injectable } from '@nestjs/common';
import { Upstreams } from '@gongjian/http';
import { gatewayConfig, type GatewaySettings } from './gateway.config';

export { DEAD_UPSTREAM_CODES, failureCode, type UpstreamState, Upstreams } from '@gongjian/http';

/** The replicas of every service configured, shared by the forwarding and the health page. */
@Injectable()
export class GatewayUpstreams {
  readonly byService = new Map<string, Upstreams>();

  constructor(@Inject(gatewayConfig.KEY) settings: GatewaySettings) {
    for (const [service, urls] of Object.entries(settings.urls))
      if (urls) this.byService.set(service, new Upstreams(urls, settings.deadUpstreamMs));
  }
}
