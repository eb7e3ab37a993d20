import { useRuleNames } from "./ruleNames";

/** One option per key, named by its label, its value the key id after `prefix` (the rest's "key:" choices). */
export function KeyOptions({ keys, prefix = "" }: { keys: readonly string[]; prefix?: string }) {
  const names = useRuleNames();
  return (
    <>
      {keys.map((k) => (
        <option key={k} value={`${prefix}${k}`}>
          {names.key(k)}
        </option>
      ))}
    </>
  );
}
