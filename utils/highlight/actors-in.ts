/**
 * The actors with a mention inside or touching a range (a selection being noted), in the
 * order of `byActor`. Ranges in another tree (a shadow root) cannot be compared with the
 * selection, and cannot overlap it: they are skipped.
 */
export function actorsIn(byActor: ReadonlyMap<string, readonly Range[]>, range: Range): string[] {
  const root = range.startContainer.getRootNode();
  return [...byActor]
    .filter(([, ranges]) =>
      ranges.some(
        (r) =>
          r.startContainer.getRootNode() === root &&
          range.compareBoundaryPoints(Range.END_TO_START, r) <= 0 &&
          range.compareBoundaryPoints(Range.START_TO_END, r) >= 0,
      ),
    )
    .map(([id]) => id);
}
