import type { Core } from '@strapi/strapi';
import { getService } from '../../../copayment/server/get-service';
import { simulationWorkbook } from '../../../copayment/server/simulation-workbook';

interface Ctx {
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
  status: number;
  type: string;
  attachment: (name: string) => void;
}

/** Runs a simulation (201), reads one back, exports one to XLSX. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Ctx) {
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'simulation').run(ctx.request.body) };
  },
  async findOne(ctx: Ctx) {
    ctx.body = { data: await getService(strapi, 'simulation').findOne(ctx.params.id) };
  },
  async export(ctx: Ctx) {
    const result = await getService(strapi, 'simulation').findOne(ctx.params.id);
    ctx.attachment(`simulazione-compartecipazione-${result.date}.xlsx`);
    ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    ctx.body = await simulationWorkbook(result);
  },
});
