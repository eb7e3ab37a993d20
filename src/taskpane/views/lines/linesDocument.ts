/** A model as the lines editor reads it: whatever was typed, each part looked at before use. */
export type Json = Record<string, unknown>;

/** The parts of a model the lines editor reads and writes. */
export type LinesDocument = Json & {
  lines?: Record<string, Json>;
  keys?: Json;
  groups?: Json;
  parties?: { id: string; name: string }[];
  rounding?: Json;
};

/** The model's groups as id → member ids, whatever was typed in the JSON (the engine refuses what is wrong). */
export function groupMembers(groups: Json | undefined): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).map(([id, members]) => [
      id,
      Array.isArray(members) ? members.filter((m): m is string => typeof m === "string") : [],
    ]),
  );
}
