import parsePrometheusTextFormat, { type Family, type Sample } from 'parse-prometheus-text-format';

/**
 * Parses Prometheus' text exposition format with a Prometheus text-format parser. That parser folds
 * every series of a histogram into one (labels dropped), so histograms are read as untyped
 * families: each `_bucket`, `_sum` and `_count` series then keeps its labels. The text must also
 * parse as served.
 */
export function parseExposition(text: string): Family[] {
  parsePrometheusTextFormat(text);
  return parsePrometheusTextFormat(text.replace(/^(# TYPE \S+) histogram$/gm, '$1 untyped'));
}

/** A scrape of /metrics, parsed (`parseExposition`). */
export class Scrape {
  private constructor(
    readonly text: string,
    readonly families: Family[],
  ) {}

  static async of(metricsUrl: string, headers: Record<string, string> = {}): Promise<Scrape> {
    const response = await fetch(metricsUrl, { headers });
    if (response.status !== 200) throw new Error(`GET /metrics answered ${response.status}`);
    const text = await response.text();
    return new Scrape(text, parseExposition(text));
  }

  /** The samples of a metric whose labels include `labels`. */
  samples(name: string, labels: Record<string, string> = {}): Sample[] {
    const family = this.families.find((f) => f.name === name);
    return (family?.metrics ?? []).filter((sample) =>
      Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value),
    );
  }

  /** The one sample's value (a histogram's: `name_count`), or undefined when there is none. */
  value(name: string, labels: Record<string, string> = {}): number | undefined {
    const samples = this.samples(name, labels);
    if (samples.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} names ${samples.length} series`);
    const [sample] = samples;
    return sample === undefined ? undefined : Number(sample.value);
  }
}
