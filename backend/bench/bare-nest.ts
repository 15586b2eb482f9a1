import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

// Baseline (c) for the throughput ratios: NestJS on the same Fastify adapter with one controller
// answering a constant — no guard, pipe, filter, hook or database of ours. Its ratio to the bare
// Fastify route (a) is the framework's own ceiling for any route of ours against (a).

@Controller()
class ConstantController {
  @Get('constant')
  constant(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [ConstantController] })
class BareModule {}

const main = async (): Promise<void> => {
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.stdout.write('ready\n');
};

void main();
