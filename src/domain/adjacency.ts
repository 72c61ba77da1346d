/**
 * Which classification regions count as next to each other (REFERENCE §2.2, strict graph).
 * Segmental means the affected regions form one connected piece of this graph.
 */
import { type ClassificationRegionId, classificationRegionIds } from './regions.ts';

export interface AdjacencyOptions {
  /**
   * Adds an edge between eyes/brow and neck, so blepharospasm with cervical dystonia counts
   * as segmental ("craniocervical"). Default false: with strict contiguity it is multifocal.
   * Many clinicians and older papers call the combination segmental [S].
   */
  craniocervicalAsSegment?: boolean;
  /**
   * Keeps Fahn's convention that both arms ("brachial") or both legs ("crural") form a
   * segment. Default true. Whether the 2013 consensus keeps it is not verified [NV].
   */
  bilateralLimbsSegmental?: boolean;
}

type Edge = readonly [ClassificationRegionId, ClassificationRegionId];

const strictEdges: readonly Edge[] = [
  ['cranial_upper', 'cranial_lower'],
  ['cranial_lower', 'larynx'],
  ['cranial_lower', 'neck'],
  ['larynx', 'neck'],
  ['neck', 'trunk'],
  ['neck', 'arm_L'],
  ['neck', 'arm_R'],
  ['trunk', 'arm_L'],
  ['trunk', 'arm_R'],
  ['trunk', 'leg_L'],
  ['trunk', 'leg_R'],
];

const bilateralLimbEdges: readonly Edge[] = [
  ['arm_L', 'arm_R'],
  ['leg_L', 'leg_R'],
];

const craniocervicalEdge: Edge = ['cranial_upper', 'neck'];

export type AdjacencyGraph = Readonly<
  Record<ClassificationRegionId, ReadonlySet<ClassificationRegionId>>
>;

/** The undirected adjacency graph for the chosen options, as region -> neighbours. */
export function adjacencyGraph(options: AdjacencyOptions = {}): AdjacencyGraph {
  const edges: Edge[] = [...strictEdges];
  if (options.bilateralLimbsSegmental ?? true) edges.push(...bilateralLimbEdges);
  if (options.craniocervicalAsSegment ?? false) edges.push(craniocervicalEdge);

  const graph = Object.fromEntries(
    classificationRegionIds.map((id) => [id, new Set<ClassificationRegionId>()]),
  ) as Record<ClassificationRegionId, Set<ClassificationRegionId>>;
  for (const [a, b] of edges) {
    graph[a].add(b);
    graph[b].add(a);
  }
  return graph;
}

export function areAdjacent(
  a: ClassificationRegionId,
  b: ClassificationRegionId,
  options: AdjacencyOptions = {},
): boolean {
  return adjacencyGraph(options)[a].has(b);
}

/**
 * Splits a set of regions into groups that touch each other through affected regions only
 * (a gap of unaffected body breaks contiguity).
 */
export function connectedGroups(
  regions: readonly ClassificationRegionId[],
  options: AdjacencyOptions = {},
): ClassificationRegionId[][] {
  const graph = adjacencyGraph(options);
  const remaining = new Set(regions);
  const groups: ClassificationRegionId[][] = [];
  for (const start of regions) {
    if (!remaining.has(start)) continue;
    remaining.delete(start);
    const group: ClassificationRegionId[] = [];
    const queue: ClassificationRegionId[] = [start];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      group.push(next);
      for (const neighbour of graph[next]) {
        if (remaining.delete(neighbour)) queue.push(neighbour);
      }
    }
    groups.push(classificationRegionIds.filter((id) => group.includes(id)));
  }
  return groups;
}
