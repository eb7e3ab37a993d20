import type { WorkbookServices } from "../../contracts/workbookServices";

/**
 * The name, or the name with " (2)", " (3)" … where a stored model has it already.
 *
 * @example
 * await freeName(services, "Finsam"); // "Finsam (2)" when "Finsam" is stored
 */
export async function freeName(services: WorkbookServices, name: string): Promise<string> {
  const taken = new Set((await services.models.list()).models.map((m) => m.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}
