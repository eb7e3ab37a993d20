// json.*: the lossless JSON codec on a generated 20 MB model text (the file
// size limit of MODEL.md), reading and writing it back; and divisor.*:
// Sainte-Laguë on 10^12 units among 10 000 receivers, which must not depend
// on the amount. Medians of 3 runs, in process.

/** A model text of about `bytes` bytes: parties and one key with long exact values. */
function modelText(bytes) {
  const parties = [];
  const values = [];
  for (let i = 0; parties.length * 120 < bytes; i++) {
    parties.push(
      `{"id": "p${i}", "name": "Kommun nummer ${i} i Jämtlands län", "code": "${2300 + (i % 100)}"}`,
    );
    values.push(`"p${i}": ${1234567890123 + i}.${String(i % 1000).padStart(3, "0")}`);
  }
  return `{"format": "fordela/1", "name": "Stor", "parties": [${parties.join(",\n")}],
    "keys": {"k": {"values": {${values.join(",\n")}}}},
    "lines": {"x": {"label": "X", "amount": "1", "split": {"by": "key", "key": "k"}}}}`;
}

function median(run) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[1]);
}

export function jsonFigures(engine) {
  const text = modelText(20_000_000);
  let document;
  const parseMs = median(() => (document = engine.parseJson(text)));
  const writeMs = median(() => engine.stringifyJson(document));
  // The platform's own (lossy) reader on the same text, as the yardstick under today's load.
  const nativeMs = median(() => JSON.parse(text));
  const votes = Array.from({ length: 10_000 }, (_, i) => BigInt(i * 7919 + 1));
  const divisorMs = median(() => engine.allocate(10n ** 12n, votes, "sainte-lague"));
  return {
    "json.parse20MbMs": parseMs,
    "json.stringify20MbMs": writeMs,
    "json.nativeParse20MbMs": nativeMs,
    "json.bytes": text.length,
    "divisor.sainteLague1e12x10kMs": divisorMs,
  };
}
