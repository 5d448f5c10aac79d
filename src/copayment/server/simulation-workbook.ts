import ExcelJS from 'exceljs';
import type { ImpactRow, SimulationResult } from '../contracts';

const EURO = '#,##0.00 "€"';

/** Columns of the comparison sheet: heading in Italian / English, width, how to read the value, format. */
const COLUMNS: {
  header: string;
  width: number;
  value: (row: ImpactRow & { label: string; istat: string; tariff: string }) => unknown;
  euro?: boolean;
}[] = [
  { header: 'Comune / Municipality', width: 26, value: (r) => r.label },
  { header: 'Codice ISTAT / ISTAT code', width: 12, value: (r) => r.istat },
  { header: 'Tariffa comunale / Municipal tariff', width: 30, value: (r) => r.tariff },
  { header: 'Beneficiari / Beneficiaries', width: 13, value: (r) => r.beneficiaries },
  { header: 'Quantità mensile / Monthly quantity', width: 14, value: (r) => r.quantity },
  { header: 'Costo lordo oggi / Gross cost today', width: 16, value: (r) => r.current.grossCost, euro: true },
  { header: 'Entrate oggi / Revenue today', width: 16, value: (r) => r.current.revenue, euro: true },
  { header: 'Costo netto oggi / Net cost today', width: 16, value: (r) => r.current.netCost, euro: true },
  { header: 'Costo lordo proposta / Gross cost proposed', width: 16, value: (r) => r.proposed.grossCost, euro: true },
  { header: 'Entrate proposta / Revenue proposed', width: 16, value: (r) => r.proposed.revenue, euro: true },
  { header: 'Costo netto proposta / Net cost proposed', width: 16, value: (r) => r.proposed.netCost, euro: true },
  { header: 'Δ entrate / Δ revenue', width: 14, value: (r) => r.change.revenue, euro: true },
  { header: 'Δ costo netto / Δ net cost', width: 14, value: (r) => r.change.netCost, euro: true },
  { header: 'Pagano di più / Pay more', width: 11, value: (r) => r.citizens.payMore },
  { header: 'Pagano di meno / Pay less', width: 11, value: (r) => r.citizens.payLess },
  { header: 'Invariati / Unchanged', width: 11, value: (r) => r.citizens.unchanged },
];

/** The simulation as an XLSX workbook: the comparison per comune, then the uniform tariff used. */
export async function simulationWorkbook(result: SimulationResult): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ambito – Ufficio di Piano';
  workbook.created = new Date(result.createdAt);
  addComparison(workbook, result);
  addTariff(workbook, result);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addComparison(workbook: ExcelJS.Workbook, result: SimulationResult): void {
  const sheet = workbook.addWorksheet('Confronto – Comparison');
  const source = result.source.name ?? (result.source.kind === 'csv' ? 'CSV' : 'JSON');
  sheet.addRow([
    `Simulazione compartecipazione – ${result.service.name.it} / Co-payment simulation – ${result.service.name.en}`,
  ]).font = { bold: true, size: 14 };
  sheet.addRow([`Tariffe in vigore il / Tariffs in force on: ${result.date}`]);
  sheet.addRow([`Beneficiari / Beneficiaries: ${source}`]);
  sheet.addRow([
    `Tariffa uniforme / Uniform tariff: ${result.uniformTariff.regulation}` +
      (result.uniformTariff.changed ? ' – proposta modificata, non salvata / changed proposal, not saved' : ''),
  ]);
  if (result.exampleData) sheet.addRow(['Dati di esempio / Example data']).font = { italic: true, color: { argb: 'FF9C5700' } };
  sheet.addRow([]);

  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
    if (column.euro) sheet.getColumn(index + 1).numFmt = EURO;
  });
  for (const m of result.municipalities) {
    const tariff = m.currentTariff ? m.currentTariff.regulation : 'Nessuna (gratuito) / None (free)';
    sheet.addRow(COLUMNS.map((c) => c.value({ ...m, label: m.municipality.name, istat: m.municipality.istatCode, tariff })));
  }
  const total = sheet.addRow(
    COLUMNS.map((c) => c.value({ ...result.totals, label: 'Totale Ambito / District total', istat: '', tariff: '' }))
  );
  total.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
}

function addTariff(workbook: ExcelJS.Workbook, result: SimulationResult): void {
  const sheet = workbook.addWorksheet('Tariffa – Tariff');
  const t = result.uniformTariff;
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 18;
  sheet.getColumn(3).width = 18;
  const rows: [string, unknown][] = [
    ['Regolamento / Regulation', t.regulation],
    ['Unità / Unit', t.unit],
    ['Costo unitario / Unit cost (€)', t.unitCost],
    ['Regola / Rule', t.rule === 'bands' ? 'A fasce ISEE / ISEE bands' : 'Lineare / Linear'],
    ['Arrotondamento / Rounding', t.rounding ?? 'cent'],
    ['Tetto mensile / Monthly cap (€)', t.monthlyCap ?? '—'],
  ];
  if (t.rule === 'linear') {
    rows.push(
      ['Soglia di esenzione / Exemption threshold (€)', t.iseeFloor],
      ['Soglia tariffa piena / Full-tariff threshold (€)', t.iseeCeiling],
      ['Quota alla soglia di esenzione / Share at the threshold (%)', t.minSharePercent ?? 0],
      ['Quota massima / Full-tariff share (%)', t.maxSharePercent ?? 100]
    );
  }
  for (const [label, value] of rows) sheet.addRow([label, value]);
  if (t.rule === 'bands') {
    sheet.addRow([]);
    sheet.addRow(['Fasce ISEE / ISEE bands', 'Da / From (€)', 'A / To (€)', 'Quota / Share (%)']).font = { bold: true };
    (t.bands ?? []).forEach((band, index) =>
      sheet.addRow([`Fascia / Band ${index + 1}`, band.iseeFrom, band.iseeTo ?? '—', band.sharePercent])
    );
  }
  if (t.householdFactors && t.householdFactors.length > 0) {
    sheet.addRow([]);
    sheet.addRow(['Fattore famiglia / Family factor', 'Componenti / Household size', 'Coefficiente / Coefficient']).font = {
      bold: true,
    };
    for (const f of t.householdFactors) sheet.addRow(['', f.householdSize, f.coefficient]);
  }
}
