import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { simulate } from '../../../copayment/calculator/simulate';
import type { TariffParameters } from '../../../copayment/calculator/types';
import { validateTariff } from '../../../copayment/calculator/validate-tariff';
import type { SimulationResult } from '../../../copayment/contracts';
import { readSimulationInput } from '../../../copayment/server/simulation-input';
import { tariffsInForce } from '../../../copayment/server/tariffs-in-force';
import { fieldError, throwFieldErrors } from '../../../validation/field-errors';

const SIMULATION = 'api::copayment.copayment-simulation';
type Stored = { documentId: string; createdAt: string | Date; result: Omit<SimulationResult, 'documentId' | 'createdAt'> };

const withId = (row: Stored): SimulationResult => ({
  ...row.result,
  documentId: row.documentId,
  createdAt: new Date(row.createdAt).toISOString(),
});

/**
 * Simulations: the beneficiaries of a service priced with each comune's tariff of today and with the
 * uniform tariff (or a proposal changing it, tried without saving it); the result is kept for export.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(body: unknown): Promise<SimulationResult> {
    const input = await readSimulationInput(strapi, body);
    const { uniform, municipal } = await tariffsInForce(strapi, input.service.documentId, input.date);
    if (!uniform) {
      throwFieldErrors([
        fieldError(
          'service',
          `nessuna tariffa uniforme in vigore il ${input.date} per questo servizio`,
          `no uniform tariff in force on ${input.date} for this service`
        ),
      ]);
    }
    const parameters = { ...uniform.parameters, ...input.proposal };
    const problems = validateTariff(parameters, ['proposal']);
    if (problems.length > 0) throwFieldErrors(problems);

    const outcome = simulate(
      input.rows,
      parameters as TariffParameters,
      new Map([...municipal].map(([istat, tariff]) => [istat, tariff.parameters])),
      input.municipalities.map((m) => m.istatCode)
    );
    const result: Stored['result'] = {
      service: { documentId: input.service.documentId, name: input.service.name },
      date: input.date,
      source: { kind: input.source.kind, name: input.source.name },
      uniformTariff: {
        ...(parameters as TariffParameters),
        regulation: uniform.regulation.name,
        changed: input.proposal !== null,
      },
      municipalities: input.municipalities.map((m, index) => {
        const tariff = municipal.get(m.istatCode);
        const { istatCode: _code, ...impact } = outcome.municipalities[index];
        return {
          municipality: m,
          currentTariff: tariff ? { regulation: tariff.regulation.name, rule: tariff.parameters.rule } : null,
          ...impact,
        };
      }),
      totals: outcome.totals,
      exampleData: input.source.exampleData || uniform.regulation.exampleData,
    };
    const created = (await strapi.documents(SIMULATION).create({
      data: { service: input.service.documentId, date: input.date, proposal: input.proposal, result } as never,
    })) as unknown as Stored;
    return withId({ ...created, result });
  },

  async findOne(documentId: string): Promise<SimulationResult> {
    const row = (await strapi.db.query(SIMULATION).findOne({ where: { documentId } })) as Stored | null;
    if (!row) throw new errors.NotFoundError('Simulazione non trovata / Simulation not found');
    return withId(row);
  },
});
