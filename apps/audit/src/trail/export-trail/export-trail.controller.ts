import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { CommandContext } from '@gongjian/eventing';
import { Command, ReturnsMedia } from '@gongjian/http';
import { ExportTrailHandler } from './export-trail.handler';
import { ExportQuery } from './export-trail.query';

@Controller('audit')
export class ExportTrailController {
  constructor(private readonly handler: ExportTrailHandler) {}

  /**
   * The audit trail as CSV or JSON Lines, streamed batch by batch, with the chain hashes: see
   * docs/audit.md for re-verifying it offline (`npm run verify-export -- <file>`).
   */
  @Get('export')
  @ReturnsMedia(['application/x-ndjson', 'text/csv'], 'the events as JSON Lines (`format=jsonl`) or CSV (`format=csv`)')
  async export(@Query() query: ExportQuery, @Command() context: CommandContext, @Res() res: Response) {
    const { format, lines } = await this.handler.execute(query, context.actor);
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="gongjian-audit.${format}"`);
    // the whole log does not fit in memory: write as the client reads
    for await (const line of lines) if (!res.write(line)) await once(res, 'drain');
    res.end();
  }
}
