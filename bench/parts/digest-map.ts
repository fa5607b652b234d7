// Part 10, the digest's map (issue 22): a network of 200 organisations whose ties come from
// 100,000 exchanges (~3,000 weighted ties), laid out and drawn to PNG, median of 10 after a
// warm-up, next to resvg alone rasterising the same SVG; the same in CPU time (what a render
// costs whatever else the machine runs); the time split between layout, SVG and rasterising;
// then memory after 10 and after 100 renders (garbage collected before each reading), which
// must not grow. Each render ends with a turn of the event loop, as each digest has its own:
// resvg's native buffers are freed by finalisers that only run then (without the turns, a
// synchronous loop of renders holds ~10 MB more after each). Needs no database.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import { layoutMap } from '../../src/core/digest/map/layout.ts';
import { FONT_FILES, rasterise } from '../../src/core/digest/map/rasterise.ts';
import { mapSvg, renderMap } from '../../src/core/digest/map/render-map.ts';
import { quantile, sample, sampleSideBySide, summarise } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { generateMapInput } from '../generate-map.ts';

const FULL = { organisations: 200, ties: 3000, exchanges: 100_000, warmUp: 2, runs: 10, renders: 100 };
const SMOKE = { organisations: 20, ties: 40, exchanges: 500, warmUp: 1, runs: 2, renders: 12 };
type Scale = typeof FULL;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work`, then lets the event loop turn; returns the CPU time it took (ms). */
async function cpuTime(work: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  work();
  await nextTurn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The collector, without having to start node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function memoryMB(gc: () => void) {
  gc();
  await nextTurn();
  gc();
  await nextTurn();
  const { rss, heapUsed, external } = process.memoryUsage();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return { rss: mb(rss), heapUsed: mb(heapUsed), external: mb(external) };
}

async function timing(context: PartContext, scale: Scale) {
  const input = generateMapInput(scale);
  const { svg } = mapSvg(input);
  const bare = () =>
    new Resvg(svg, {
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      background: '#ffffff',
    })
      .render()
      .asPng();
  const render = () => renderMap(input, 'map.png');
  // Each ends with a turn of the event loop (cpuTime), in the time measured, finalisers included.
  const { maillage, bare: resvgAlone } = await sampleSideBySide(
    () => cpuTime(render),
    () => cpuTime(bare),
    scale,
  );
  const label = `${scale.organisations} organisations, ${input.edges.length.toLocaleString('en')} ties from ${scale.exchanges.toLocaleString('en')} exchanges`;
  context.record({
    metric: `map: layout + PNG (${label}), median`,
    value: maillage.median,
    unit: 'ms',
    target: { op: '<', limit: 500 },
    baseline: { value: resvgAlone.median, label: 'resvg alone rasterising the same SVG' },
  });
  const cpu = { maillage: [] as number[], bare: [] as number[] };
  for (let i = 0; i < scale.runs; i += 1) {
    cpu.maillage.push(await cpuTime(render));
    cpu.bare.push(await cpuTime(bare));
  }
  context.record({
    metric: 'map: layout + PNG, CPU time, median',
    value: quantile(cpu.maillage, 0.5),
    unit: 'ms',
    target: { op: '<', limit: 500 },
    baseline: { value: quantile(cpu.bare, 0.5), label: 'resvg alone, CPU time' },
  });
  const steps = {
    layout: await sample(() => layoutMap(input), scale),
    svg: await sample(() => mapSvg(input), scale),
    rasterise: await sample(() => rasterise(svg), scale),
  };
  context.detail('timing', {
    scale,
    ties: input.edges.length,
    maillage,
    resvgAlone,
    cpu: { maillage: summarise(cpu.maillage), bare: summarise(cpu.bare) },
    steps,
    svgBytes: svg.length,
  });
  context.log(
    `map: median ${maillage.median.toFixed(0)} ms, CPU ${quantile(cpu.maillage, 0.5).toFixed(0)} ms (layout ${steps.layout.median.toFixed(0)}, svg with layout ${steps.svg.median.toFixed(0)}, rasterise ${steps.rasterise.median.toFixed(0)})`,
  );
}

async function memory(context: PartContext, scale: Scale) {
  const input = generateMapInput({ ...scale, seed: 'map-memory' });
  const gc = collector();
  const render = async () => {
    renderMap(input, 'map.png');
    await nextTurn();
  };
  for (let i = 0; i < 10; i += 1) await render();
  const after10 = await memoryMB(gc);
  for (let i = 10; i < scale.renders; i += 1) await render();
  const afterAll = await memoryMB(gc);
  context.record({
    metric: `map: RSS growth from 10 to ${scale.renders} renders`,
    value: Math.round((afterAll.rss - after10.rss) * 10) / 10,
    unit: 'MB',
    target: { op: '<=', limit: 20 },
  });
  context.record({
    metric: `map: JS heap growth from 10 to ${scale.renders} renders`,
    value: Math.round((afterAll.heapUsed - after10.heapUsed) * 10) / 10,
    unit: 'MB',
    target: { op: '<=', limit: 2 },
  });
  context.detail('memory', { after10, afterAll, renders: scale.renders });
  context.log(
    `map memory after 10: ${JSON.stringify(after10)}; after ${scale.renders}: ${JSON.stringify(afterAll)}`,
  );
}

export const digestMapPart: BenchPart = {
  name: 'map',
  title: '10. Digest map (layout + PNG)',
  inSuite: true,
  needsServer: false,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    await timing(context, scale);
    await memory(context, scale);
  },
};
