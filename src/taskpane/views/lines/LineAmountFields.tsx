import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { swedishAmount } from "../../../format/swedishAmount";
import type { LineStrings } from "../../lineStrings";
import { at } from "../../../engine/model/fieldPath";
import { useField } from "../../fields/useField";
import { modelDecimal } from "../../modelDecimal";
import type { Json } from "./linesDocument";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

interface LineAmountFieldsProps {
  readonly words: LineStrings;
  /** The line's path in the model: `lines.bidrag`. */
  readonly path: string;
  readonly line: Json;
  readonly parties: readonly { id: string; name: string }[];
  /** Changes the line through a function of it. */
  readonly change: (patch: (line: Json) => Json) => void;
}

/** A line with its amount or its anchor, never both: the amount is the party's, not the line's, once anchored. */
function anchorTo(line: Json, party: string): Json {
  const anchor = line.anchor as Json | undefined;
  const rest = { ...line };
  delete rest.anchor;
  delete rest.amount;
  return party === ""
    ? { ...rest, amount: String(line.amount ?? anchor?.amount ?? "0") }
    : { ...rest, anchor: { party, amount: String(anchor?.amount ?? line.amount ?? "0") } };
}

/** A line's amount to split, or the party whose amount anchors it and that amount. */
export function LineAmountFields({ words, path, line, parties, change }: LineAmountFieldsProps) {
  const styles = useStyles();
  const anchor = line.anchor as Json | undefined;
  const party = useField<HTMLSelectElement>(at(at(path, "anchor"), "party"));
  const amount = useField(anchor === undefined ? at(path, "amount") : at(at(path, "anchor"), "amount"));
  return (
    <div className={styles.row}>
      <Field label={words.anchorParty} {...party.validation}>
        <Select
          ref={party.ref}
          value={String(anchor?.party ?? "")}
          onChange={(_, d) => change((l) => anchorTo(l, d.value))}
        >
          <option value="">{words.noAnchor}</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={anchor === undefined ? words.lineAmount : words.anchorAmount} {...amount.validation}>
        <Input
          ref={amount.ref}
          // Shown the Swedish way ("2 450 000"), read back exactly ("2450000"); what is not a number stays as typed.
          value={swedishAmount(String(anchor === undefined ? (line.amount ?? "") : (anchor.amount ?? "")))}
          onChange={(_, d) =>
            change((l) =>
              anchor === undefined
                ? { ...l, amount: modelDecimal(d.value) }
                : { ...l, anchor: { ...anchor, amount: modelDecimal(d.value) } },
            )
          }
        />
      </Field>
    </div>
  );
}
