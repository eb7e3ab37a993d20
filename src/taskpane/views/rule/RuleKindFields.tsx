import type { RuleKind } from "../../lineEdits";
import type { RuleEditorProps } from "../RuleEditor";
import { AmongField } from "./AmongField";
import { Bounds } from "./Bounds";
import { FixedAmounts } from "./FixedAmounts";
import { FixedRest } from "./FixedRest";
import { KeyRuleFields } from "./KeyRuleFields";
import { Pairs } from "./Pairs";

interface RuleKindFieldsProps {
  readonly kind: RuleKind;
  /** The editor's own props, passed on to a shares rule's nested editors. */
  readonly editor: RuleEditorProps;
}

/** What a rule of the given kind needs, then its bounds where the kind has them. */
export function RuleKindFields({ kind, editor }: RuleKindFieldsProps) {
  const { words, rule, onRule, keys, receivers, scope } = editor;
  const groups = Object.keys(editor.groups);
  const parties = receivers.filter((r) => !groups.includes(r.id)).map((r) => r.id);
  const part = { words, rule, onRule, keys, parties };
  return (
    <>
      {kind === "key" && (
        <KeyRuleFields words={words} rule={rule} onRule={onRule} keys={keys} groups={groups} scope={scope} />
      )}
      {kind === "equal" && (
        <AmongField words={words} rule={rule} onRule={onRule} groups={groups} scope={scope} />
      )}
      {kind === "weights" && (
        <Pairs
          {...part}
          field="weights"
          choices={["equal", ...keys]}
          addLabel={words.addWeight}
          valueLabel={words.weight}
        />
      )}
      {kind === "shares" && (
        <Pairs
          {...part}
          field="shares"
          choices={receivers.map((r) => r.id)}
          names={new Map(receivers.map((r) => [r.id, r.name]))}
          addLabel={words.addShare}
          valueLabel={words.share}
          nested={editor}
        />
      )}
      {kind === "fixed" && <FixedAmounts {...part} />}
      {kind === "fixed" && <FixedRest {...part} />}
      {(kind === "key" || kind === "equal" || kind === "weights") && <Bounds {...part} />}
    </>
  );
}
