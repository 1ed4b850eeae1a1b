/**
 * Normalised discounted cumulative gain of a ranking of features against a reference importance
 * (as SageMaker Clarify's feature-attribution drift): features ordered by `live` importance, each
 * gaining its `reference` importance discounted by log2 of its rank + 1, over the gain of the
 * reference's own order. 1 when the live ranking is the reference's; lower the more the features
 * the reference finds important fall down the live ranking. Null when the reference finds nothing
 * important. Features the reference lacks gain nothing; ties in `live` keep the reference order.
 */
export function ndcg(live: Map<string, number>, reference: Map<string, number>): number | null {
  const gain = (order: string[]) =>
    order.reduce((sum, feature, rank) => sum + (reference.get(feature) ?? 0) / Math.log2(rank + 2), 0);
  const byReference = [...reference.keys()].sort((a, b) => reference.get(b)! - reference.get(a)!);
  const ideal = gain(byReference);
  if (!(ideal > 0)) return null;
  const rank = new Map(byReference.map((feature, i) => [feature, i]));
  const byLive = [...new Set([...byReference, ...live.keys()])].sort(
    (a, b) => (live.get(b) ?? 0) - (live.get(a) ?? 0) || (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity),
  );
  return gain(byLive) / ideal;
}
