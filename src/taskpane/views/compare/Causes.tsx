import { Caption1, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { CAUSES } from "../../../engine/compare/causeLadder";
import type { ComparisonDocument, PartyComparisonResult } from "../../../engine/compare/comparisonDocument";
import { refusalMessage } from "../../../engine/model/ModelError";
import { signedAmount } from "../../../format/swedishAmount";
import type { Language } from "../../../contracts/language";
import { labels } from "../../../workbook/render/labels";
import type { ResultStrings } from "../../resultStrings";
import type { Strings } from "../../strings";
import { CauseTable } from "./CauseTable";

const useStyles = makeStyles({
  causes: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

interface CausesProps {
  readonly words: Strings & ResultStrings;
  readonly language: Language;
  readonly document: ComparisonDocument;
  readonly party: PartyComparisonResult;
  readonly onParty: (id: string) => void;
}

/** The chosen party's difference split into causes, and notes on causes merged because a step was refused. */
export function Causes({ words, language, document, party, onParty }: CausesProps) {
  const styles = useStyles();
  const names = labels(language).causes;
  const title = words.causesTitle(party.name, signedAmount(party.difference));
  const notes = document.merged.map((m) =>
    labels(language).mergedCause(
      names[CAUSES.indexOf(m.cause)] ?? m.cause,
      refusalMessage(m.refusal, language),
    ),
  );
  return (
    <div className={styles.causes}>
      <Field label={words.causesFor}>
        <Select value={party.id} onChange={(_, d) => onParty(d.value)}>
          {document.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Text weight="semibold">{title}</Text>
      <CauseTable words={words} title={title} names={names} party={party} />
      <Caption1>{words.causeHint}</Caption1>
      {notes.map((note) => (
        <Caption1 key={note}>{note}</Caption1>
      ))}
    </div>
  );
}
