/**
 * @jest-environment jsdom
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { parseModel } from "../../src/engine";
import { lineStrings } from "../../src/taskpane/lineStrings";
import { strings } from "../../src/taskpane/strings";
import { RuleEditor } from "../../src/taskpane/views/RuleEditor";
import { lineAmounts, modelDoc } from "../helpers/models";
import { renderWithProviders } from "./renderWithProviders";

type Json = Record<string, unknown>;
const words = { ...strings("sv"), ...lineStrings("sv") };
const keys = ["bas", "forsorjning", "bef", "fjol"];
const receivers = ["a", "b", "c"].map((id) => ({ id, name: `Part ${id}` }));

/** The editor over one rule, keeping what it writes, as the rules view does. */
function Editor({ start, seen }: { start: Json; seen: (rule: Json) => void }) {
  const [rule, setRule] = useState(start);
  return (
    <RuleEditor
      words={words}
      rule={rule}
      onRule={(next) => {
        seen(next);
        setRule(next);
      }}
      keys={keys}
      groups={{}}
      receivers={receivers}
      label="Regel"
    />
  );
}

function setUp(start: Json) {
  let last = start;
  renderWithProviders(<Editor start={start} seen={(rule) => (last = rule)} />);
  return { user: userEvent.setup(), rule: () => last };
}

const model = (split: Json) =>
  modelDoc({
    keys: {
      bas: { values: { a: 400, b: 400, c: 400 } },
      forsorjning: { values: { a: 1, b: 1, c: 4 } },
      bef: { values: { a: 1, b: 1, c: 4 } },
      fjol: { values: { a: 1000, b: 700, c: 1500 } },
    },
    lines: { x: { label: "X", amount: "3000", split } },
  });

describe("the rules editor: bounds on a fixed rule with a rest", () => {
  it("offers no whole-amount bounds until the fixed rule has a rest", () => {
    setUp({ by: "fixed", amounts: "bas" });
    expect(screen.queryByRole("group", { name: words.wholeBounds })).toBeNull();
  });

  it("sets a mixed-key rest and nobody below 90 % of last year, as a model the engine splits", async () => {
    const { user, rule } = setUp({ by: "fixed", amounts: "bas" });
    await user.selectOptions(screen.getByRole("combobox", { name: words.rest }), words.restWeights);
    const bounds = await screen.findByRole("group", { name: words.wholeBounds });
    await user.selectOptions(within(bounds).getByRole("combobox", { name: words.maxDecrease }), "fjol");
    expect(rule()).toEqual({
      by: "fixed",
      amounts: "bas",
      rest: { by: "weights", weights: { equal: "30%", bas: "70%" } },
      maxDecrease: { from: "fjol", percent: "10%" },
    });
    expect(() => parseModel(model(rule()))).not.toThrow();
  });

  it("sets a minimum for every party's whole amount", async () => {
    const { user, rule } = setUp({ by: "fixed", amounts: "bas", rest: { by: "key", key: "forsorjning" } });
    const bounds = screen.getByRole("group", { name: words.wholeBounds });
    await user.type(within(bounds).getByRole("textbox", { name: words.min }), "900");
    expect(rule().min).toBe("900");
    // a and b would get 400 + 300 = 700 each; held at 900, c gets what is left.
    expect(lineAmounts(model(rule()))).toEqual({ a: "900", b: "900", c: "1200" });
  });

  it("removes the bounds with the rest, as MODEL.md allows them only with one", async () => {
    const start = {
      by: "fixed",
      amounts: "bas",
      rest: { by: "equal" },
      maxDecrease: { from: "fjol", percent: "10%" },
    };
    const { user, rule } = setUp(start);
    await user.selectOptions(screen.getByRole("combobox", { name: words.rest }), words.noRest);
    expect(rule()).toEqual({ by: "fixed", amounts: "bas" });
  });
});

describe("the rules editor shows names where people read", () => {
  it("offers a share's receivers by name and writes the chosen party's id", async () => {
    const { user, rule } = setUp({ by: "shares", shares: { a: "1/2", b: "1/2" } });
    const [first] = screen.getAllByRole("combobox", { name: words.receiver });
    expect(within(first as HTMLElement).getByRole("option", { name: "Part c" })).toBeTruthy();
    expect((first as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Part a");
    await user.selectOptions(first as HTMLElement, "Part c");
    expect(rule()).toEqual({ by: "shares", shares: { c: "1/2", b: "1/2" } });
  });
});
