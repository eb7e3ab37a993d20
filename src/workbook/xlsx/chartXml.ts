import { cellAddress, sheetRef } from "../description/address";
import type { ChartSpec } from "../description/types";
import { escapeXml } from "./xmlText";

function seriesFill(color: string | null | undefined): string {
  if (color === undefined) return "";
  return color === null
    ? `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

/**
 * The DrawingML part of a chart over a block of a sheet: categories from the
 * block's first column, one series per other column, each named by its
 * heading. A clustered bar chart, or for a waterfall stacked columns whose
 * unfilled series carry the others, with no legend (the categories say it).
 *
 * @example
 * chartXml("Scenarier", chart); // '<?xml …><c:chartSpace …>…</c:chartSpace>'
 */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const ref = (row: number, col: number) => `${sheetRef(sheet)}!${cellAddress(row, col, true)}`;
  const first = chart.row + 1;
  const last = chart.row + chart.rows - 1;
  const waterfall = chart.kind === "waterfall";
  const series = Array.from({ length: chart.cols - 1 }, (_, s) => {
    const col = chart.col + 1 + s;
    return (
      `<c:ser><c:idx val="${s}"/><c:order val="${s}"/><c:tx><c:strRef><c:f>${escapeXml(ref(chart.row, col))}</c:f></c:strRef></c:tx>` +
      seriesFill(chart.colors?.[s]) +
      `<c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${escapeXml(`${ref(first, chart.col)}:${cellAddress(last, chart.col, true)}`)}</c:f></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(`${ref(first, col)}:${cellAddress(last, col, true)}`)}</c:f></c:numRef></c:val></c:ser>`
    );
  }).join("");
  const bars = waterfall
    ? `<c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="50"/><c:overlap val="100"/>`
    : `<c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>`;
  const [catPos, valPos, order] = waterfall ? ["b", "l", "minMax"] : ["l", "t", "maxMin"];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart>${bars}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${order}"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/><c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${chart.fromZero === true ? `<c:min val="0"/>` : ""}</c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/></c:valAx>` +
    `</c:plotArea>${waterfall ? "" : `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`}<c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

/**
 * The drawing part that places charts on a sheet, each anchored between two cells.
 *
 * @example
 * drawingXml([chart]); // '<?xml …><xdr:wsDr …>…</xdr:wsDr>'
 */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts
    .map((chart, i) => {
      const { row, col, rows, cols } = chart.at;
      const corner = (tag: string, r: number, c: number) =>
        `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor>${corner("from", row, col)}${corner("to", row + rows, col + cols)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`
  );
}
