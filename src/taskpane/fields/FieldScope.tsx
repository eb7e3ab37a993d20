import { useContext, type ReactNode } from "react";
import { joinPath } from "../../engine/model/fieldPath";
import { FieldPrefix } from "./useField";

/**
 * The fields inside lie under `path`: a line's rule under `lines.bidrag.split`,
 * a group's own rule under `shares.kommunerna.split`, a scenario's editors
 * under `scenarios[1].patch`. Editors name their fields relative to it.
 *
 * @example
 * <FieldScope path="lines.bidrag.split"><RuleEditor … /></FieldScope>
 */
export function FieldScope({ path, children }: { readonly path: string; readonly children: ReactNode }) {
  const prefix = useContext(FieldPrefix);
  return <FieldPrefix.Provider value={joinPath(prefix, path)}>{children}</FieldPrefix.Provider>;
}
