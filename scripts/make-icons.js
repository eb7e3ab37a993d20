#!/usr/bin/env node
"use strict";
// Draws the add-in's icons (assets/icon-*.png): a pie split in three, the
// shape of what Fördela does. Run once when the design changes; the PNGs are committed.
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SLICES = [
  { until: 0.5, color: [0, 90, 158] }, // the state's half
  { until: 0.75, color: [0, 120, 212] }, // the region's quarter
  { until: 1, color: [80, 166, 230] }, // the kommuner's quarter
];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour and coverage at a point of the unit square, before anti-aliasing. */
function sample(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.46) return undefined;
  if (r < 0.03) return [255, 255, 255];
  const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
  // A white gap of even width along each edge between slices.
  const edges = [0, ...SLICES.map((s) => s.until)];
  const nearEdge = edges.some(
    (edge) =>
      Math.abs(Math.sin((turn - edge) * 2 * Math.PI)) * r < 0.018 &&
      Math.cos((turn - edge) * 2 * Math.PI) > 0,
  );
  if (nearEdge) return [255, 255, 255];
  return SLICES.find((slice) => turn < slice.until)?.color;
}

function png(size) {
  const grid = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const color = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          if (color === undefined) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a++;
        }
      }
      row.push(
        a ? Math.round(r / a) : 0,
        a ? Math.round(g / a) : 0,
        a ? Math.round(b / a) : 0,
        Math.round((255 * a) / (grid * grid)),
      );
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
