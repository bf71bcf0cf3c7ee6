import { Body, Controller, HttpCode, Patch } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, IdParam, Returns } from '@gongjian/http';
import { EditOfferDto } from './edit-offer.dto';
import { EditOfferHandler } from './edit-offer.handler';
import { OFFER } from '../../resources';

@Controller('offers')
export class EditOfferController {
  constructor(private readonly handler: EditOfferHandler) {}

  /** Edits an offer while it is still open (nothing reserved); 409 afterwards. */
  @Patch(':id')
  @HttpCode(200)
  @Returns(OFFER)
  edit(@IdParam() id: string, @Body() dto: EditOfferDto, @Command() context: CommandContext) {
    return this.handler.execute(id, dto, context);
  }
}
