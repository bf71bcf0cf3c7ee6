import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { CommandContext } from '@gongjian/eventing';
import { Command, Returns } from '@gongjian/http';
import { MERCHANT } from '../merchant.resources';
import { RegisterMerchantDto } from './register-merchant.dto';
import { RegisterMerchantHandler } from './register-merchant.handler';

@Controller('merchants')
export class RegisterMerchantController {
  constructor(private readonly handler: RegisterMerchantHandler) {}

  /** Registers an alliance merchant (联盟商户) with its discount terms. */
  @Post()
  @HttpCode(201)
  @Returns(MERCHANT)
  register(@Body() dto: RegisterMerchantDto, @Command() context: CommandContext) {
    return this.handler.execute(dto, context);
  }
}
