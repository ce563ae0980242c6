// The estimator's script: reads the form, keeps its inputs in the URL (a link reproduces the
// estimate, Back undoes a change), and shows the estimate for up to three zones, computed by the
// same src/lib/estimate.ts the build uses, from the rates fetched beside the page.
import type { EstimatorData } from '../data/estimator.ts';
import { estimate, estimateFromQuery, estimateToQuery, WAGE_LEVELS, TIME_BANDS, type EstimateInputs } from '../lib/estimate.ts';
import { estimateHtml } from '../lib/estimate-html.ts';
import { bindToUrl } from './url-state.ts';

interface Strings {
  lang: string;
  data: string;
  failed: string;
}

const BAND_NAME: Record<(typeof TIME_BANDS)[number], string> = { normal: 'normal', offPeak: 'offpeak', peak: 'peak' };

export function initEstimator(): void {
  const form = document.getElementById('estimator-form') as HTMLFormElement | null;
  const result = document.getElementById('estimator-result');
  const output = document.getElementById('estimator-output');
  const status = document.getElementById('estimator-status');
  if (!form || !result || !output || !status) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  form.hidden = false;
  document.getElementById('estimator-print')?.addEventListener('click', () => window.print());
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;
  const zoneSelects = [...form.querySelectorAll<HTMLSelectElement>('select[name="zone"]')];

  fetch(strings.data)
    .then((r) => (r.ok ? (r.json() as Promise<EstimatorData>) : Promise.reject(new Error(String(r.status)))))
    .then((data) => {
      const ids = data.zones.map((z) => z.id);
      const setValue = (name: string, value: string) => {
        const el = field(name);
        if (el && 'value' in el) el.value = value;
      };
      const show = (params: URLSearchParams) => {
        const { inputs, zones } = estimateFromQuery(params, ids);
        const chosen = zones.length ? zones : [ids[0]!];
        zoneSelects.forEach((s, i) => (s.value = chosen[i] ?? ''));
        setValue('area', String(inputs.landArea));
        setValue('term', String(inputs.leaseYears));
        for (const level of WAGE_LEVELS) {
          setValue(level, String(inputs.workers[level].count));
          setValue(`${level}-wage`, inputs.workers[level].wage === undefined ? '' : String(inputs.workers[level].wage));
        }
        setValue('voltage', inputs.voltage);
        setValue('kwh', String(inputs.kWh));
        for (const b of TIME_BANDS) setValue(BAND_NAME[b], String(inputs.bands[b]));
        setValue('water', String(inputs.water));
        render(data, inputs, chosen);
      };
      const render = (d: EstimatorData, inputs: EstimateInputs, zones: string[]) => {
        const today = new Date().toISOString().slice(0, 10);
        const columns = zones.map((id) => {
          const zone = d.zones.find((z) => z.id === id)!;
          // The estimate reads the tables' numbers only; their texts here are already in one language.
          const rates = { tables: d.tables, zone, exchangeRate: d.exchangeRate, date: today } as unknown as Parameters<typeof estimate>[1];
          return { zoneName: zone.name, estimate: estimate({ ...inputs, zone: id }, rates) };
        });
        output.innerHTML = estimateHtml(columns, d.labels, d.words);
        result.hidden = false;
        status.textContent = columns.map((c) => c.zoneName).join(' · ');
      };
      // The query is always written in full and in one order, so equal inputs give equal links.
      const state = {
        toQuery: () => {
          const { inputs, zones } = estimateFromQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), ids);
          return estimateToQuery(inputs, zones).toString();
        },
        show,
      };
      // Shows the URL's estimate now, and again on Back and Forward.
      bindToUrl(form, document.getElementById('estimator-reset'), state);
    })
    .catch(() => {
      status.textContent = strings.failed;
    });
}
