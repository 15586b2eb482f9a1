import { Controller, Get, Header, Res } from '@nestjs/common';
import { Public } from 'src/common/auth/auth.decorator';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MetricsService } from 'src/metrics/metrics.service';

@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text exposition of process, HTTP and queue metrics. */
  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus metrics', schema: { type: 'string' } })
  @Header('Cache-Control', 'no-store')
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type(this.metrics.contentType());
    return this.metrics.render();
  }
}
