import type { Core } from '@strapi/strapi';
import { evaluationDocx } from '../render/evaluation-docx';
import { evaluationPdf } from '../render/evaluation-pdf';
import { getService } from '../utils/get-service';
import { queryEnum, yearRange, type Ctx } from '../utils/request';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /evaluation-table?from=2015&to=2017&format=docx|pdf|json` (json: the grid the documents are made of). */
  async table(ctx: Ctx) {
    const { from, to } = yearRange(ctx);
    const format = queryEnum(ctx, 'format', ['docx', 'pdf', 'json'] as const, 'json');
    const table = await getService(strapi, 'evaluation').build(from, to);
    const name = `valutazione-esiti-${from}-${to}`;
    if (format === 'json') {
      ctx.body = { data: table };
      return;
    }
    ctx.type = format === 'docx' ? DOCX : 'application/pdf';
    ctx.set('Content-Disposition', `attachment; filename="${name}.${format}"`);
    ctx.body = format === 'docx' ? await evaluationDocx(table) : await evaluationPdf(table);
  },
});
