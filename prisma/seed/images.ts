// The demo's images, made at seed time: no photo is downloaded or shipped. Each is an SVG
// scene (gradients and shapes: a harbour skyline, a circuit-like network, rock strata, a
// chart-like map) or a chart with real labels, rendered by sharp into the bytes a person would
// upload: a 2400 x 1600 JPEG for a lead image, a PNG for a chart, a square JPEG for a portrait.
// Deterministic (a seeded random sequence), so every seed makes the same images.
import sharp from "sharp";

export const LEAD_WIDTH = 2400;
export const LEAD_HEIGHT = 1600;

/** mulberry32: a small seeded generator, so a scene is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Scene = "harbour" | "network" | "strata" | "map";

export interface Palette {
  sky: [string, string];
  ground: string;
  accent: string;
  light: string;
}

const W = LEAD_WIDTH;
const H = LEAD_HEIGHT;
const f = (n: number) => n.toFixed(1);

function sky({ sky: [top, bottom] }: Palette) {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
}

/** A port at dusk: sun, a city's skyline, cranes, ships and their reflections on the water. */
function harbour(p: Palette, r: () => number) {
  const water = H * 0.68;
  let shapes = `<circle cx="${W * 0.72}" cy="${H * 0.42}" r="170" fill="${p.light}" opacity="0.85"/>`;
  for (let x = 0; x < W;) {
    const w = 50 + r() * 130;
    const h = 120 + r() * 420;
    shapes += `<rect x="${f(x)}" y="${f(water - h)}" width="${f(w)}" height="${f(h)}" fill="${p.ground}" opacity="${f(0.75 + r() * 0.25)}"/>`;
    for (let wy = water - h + 24; wy < water - 30; wy += 46) {
      if (r() < 0.35) shapes += `<rect x="${f(x + 12)}" y="${f(wy)}" width="${f(w * 0.25)}" height="14" fill="${p.light}" opacity="0.7"/>`;
    }
    x += w + r() * 18;
  }
  for (const cx of [W * 0.12, W * 0.3, W * 0.86]) {
    const top = water - 560;
    shapes += `<path d="M${f(cx)} ${f(water)} L${f(cx)} ${f(top)} M${f(cx - 120)} ${f(top + 40)} L${f(cx + 320)} ${f(top + 40)} M${f(cx + 280)} ${f(top + 40)} L${f(cx + 280)} ${f(top + 260)}" stroke="${p.accent}" stroke-width="22" fill="none"/>`;
  }
  shapes += `<rect y="${f(water)}" width="${W}" height="${f(H - water)}" fill="${p.ground}" opacity="0.92"/>`;
  for (let i = 0; i < 40; i++) {
    const y = water + 30 + r() * (H - water - 60);
    shapes += `<rect x="${f(r() * W)}" y="${f(y)}" width="${f(80 + r() * 260)}" height="5" fill="${p.light}" opacity="${f(0.15 + r() * 0.35)}"/>`;
  }
  for (const [sx, sw] of [
    [W * 0.18, 520],
    [W * 0.55, 760],
  ]) {
    const sy = water + 150 + r() * 120;
    shapes += `<path d="M${f(sx)} ${f(sy)} l${sw} 0 l-60 90 l-${sw - 120} 0 z" fill="${p.accent}"/>
<rect x="${f(sx + sw * 0.55)}" y="${f(sy - 110)}" width="${f(sw * 0.22)}" height="110" fill="${p.accent}"/>`;
  }
  return sky(p) + shapes;
}

/** Nodes and links over a dark field: chips, networks, computation. */
function network(p: Palette, r: () => number) {
  const nodes = Array.from({ length: 70 }, () => [r() * W, r() * H] as const);
  let shapes = "";
  for (let x = 0; x <= W; x += 120) shapes += `<path d="M${x} 0 V${H}" stroke="${p.light}" stroke-opacity="0.06" stroke-width="2"/>`;
  for (let y = 0; y <= H; y += 120) shapes += `<path d="M0 ${y} H${W}" stroke="${p.light}" stroke-opacity="0.06" stroke-width="2"/>`;
  nodes.forEach(([x, y], i) => {
    const [nx, ny] = nodes[(i * 7 + 3) % nodes.length];
    shapes += `<path d="M${f(x)} ${f(y)} H${f(nx)} V${f(ny)}" stroke="${p.accent}" stroke-opacity="0.55" stroke-width="6" fill="none"/>`;
  });
  for (const [x, y] of nodes) {
    const s = 24 + r() * 60;
    shapes += `<rect x="${f(x - s / 2)}" y="${f(y - s / 2)}" width="${f(s)}" height="${f(s)}" rx="8" fill="${p.ground}" stroke="${p.light}" stroke-width="5"/>`;
  }
  shapes += `<rect x="${W * 0.38}" y="${H * 0.32}" width="${W * 0.24}" height="${H * 0.36}" rx="28" fill="${p.ground}" stroke="${p.light}" stroke-width="14"/>
<rect x="${W * 0.43}" y="${H * 0.4}" width="${W * 0.14}" height="${H * 0.2}" rx="12" fill="${p.accent}"/>`;
  return sky(p) + shapes;
}

/** Layered rock or seabed: wavy bands, with a cable or seam running through. */
function strata(p: Palette, r: () => number) {
  let shapes = "";
  const bands = 9;
  for (let b = 0; b < bands; b++) {
    const base = H * (0.3 + (b / bands) * 0.75);
    let d = `M0 ${f(base)}`;
    for (let x = 0; x <= W; x += 200) d += ` Q${f(x + 100)} ${f(base - 60 + r() * 120)} ${f(x + 200)} ${f(base + r() * 40 - 20)}`;
    d += ` V${H} H0 Z`;
    shapes += `<path d="${d}" fill="${b % 2 ? p.ground : p.accent}" opacity="${f(0.35 + (b / bands) * 0.6)}"/>`;
  }
  let cable = `M0 ${f(H * 0.55)}`;
  for (let x = 0; x <= W; x += 300) cable += ` S${f(x + 150)} ${f(H * (0.45 + r() * 0.25))} ${f(x + 300)} ${f(H * (0.5 + r() * 0.15))}`;
  shapes += `<path d="${cable}" stroke="${p.light}" stroke-width="16" fill="none" opacity="0.9"/>`;
  return sky(p) + shapes;
}

/** A chart-like map: coastlines, a graticule and dashed routes between ports. */
function map(p: Palette, r: () => number) {
  let shapes = `<rect width="${W}" height="${H}" fill="${p.sky[1]}"/>`;
  for (let x = 0; x <= W; x += 200) shapes += `<path d="M${x} 0 V${H}" stroke="${p.sky[0]}" stroke-opacity="0.35" stroke-width="3"/>`;
  for (let y = 0; y <= H; y += 200) shapes += `<path d="M0 ${y} H${W}" stroke="${p.sky[0]}" stroke-opacity="0.35" stroke-width="3"/>`;
  const ports: [number, number][] = [];
  for (let i = 0; i < 6; i++) {
    const cx = r() * W;
    const cy = r() * H;
    const radius = 180 + r() * 320;
    let d = "";
    for (let a = 0; a < 24; a++) {
      const angle = (a / 24) * Math.PI * 2;
      const rr = radius * (0.7 + r() * 0.5);
      d += `${a ? "L" : "M"}${f(cx + Math.cos(angle) * rr)} ${f(cy + Math.sin(angle) * rr * 0.8)}`;
    }
    shapes += `<path d="${d}Z" fill="${p.ground}" stroke="${p.accent}" stroke-width="6"/>`;
    ports.push([cx + radius * 0.9, cy]);
  }
  for (let i = 0; i < ports.length - 1; i++) {
    const [x1, y1] = ports[i];
    const [x2, y2] = ports[i + 1];
    shapes += `<path d="M${f(x1)} ${f(y1)} Q${f((x1 + x2) / 2)} ${f(Math.min(y1, y2) - 200)} ${f(x2)} ${f(y2)}" stroke="${p.light}" stroke-width="10" stroke-dasharray="36 24" fill="none"/>
<circle cx="${f(x1)}" cy="${f(y1)}" r="22" fill="${p.light}"/>`;
  }
  return shapes;
}

const scenes: Record<Scene, (p: Palette, r: () => number) => string> = { harbour, network, strata, map };

/** A photo-like lead image: the scene as a 2400 x 1600 JPEG, as a camera or agency would deliver it. */
export async function leadImage(scene: Scene, palette: Palette, seed: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${scenes[scene](palette, random(seed))}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface ChartSeries {
  title: string;
  unit: string;
  /** Label under each bar and the bar's values, one per series. */
  rows: { label: string; values: number[] }[];
  series: { name: string; colour: string }[];
}

/** A grouped bar chart with its title, axis, gridlines, values and legend, as a 1600 x 1000 PNG. */
export async function barChart(chart: ChartSeries): Promise<Buffer> {
  const [cw, ch] = [1600, 1000];
  const plot = { x: 150, y: 170, w: 1370, h: 660 };
  const max = Math.ceil(Math.max(...chart.rows.flatMap((row) => row.values)) / 10) * 10;
  const font = `font-family="DejaVu Sans, Arial, sans-serif"`;
  let body = `<rect width="${cw}" height="${ch}" fill="#ffffff"/>
<text x="${plot.x}" y="70" ${font} font-size="40" font-weight="bold" fill="#1b1f24">${escapeXml(chart.title)}</text>
<text x="${plot.x}" y="118" ${font} font-size="26" fill="#555d66">${escapeXml(chart.unit)}</text>`;
  for (let v = 0; v <= max; v += max / 5) {
    const y = plot.y + plot.h - (v / max) * plot.h;
    body += `<path d="M${plot.x} ${f(y)} H${plot.x + plot.w}" stroke="#d9dde2" stroke-width="2"/>
<text x="${plot.x - 18}" y="${f(y + 9)}" ${font} font-size="26" fill="#555d66" text-anchor="end">${v}</text>`;
  }
  const group = plot.w / chart.rows.length;
  const bar = (group * 0.7) / chart.series.length;
  chart.rows.forEach((row, i) => {
    const gx = plot.x + i * group + group * 0.15;
    row.values.forEach((value, s) => {
      const h = (value / max) * plot.h;
      const x = gx + s * bar;
      body += `<rect x="${f(x)}" y="${f(plot.y + plot.h - h)}" width="${f(bar - 6)}" height="${f(h)}" fill="${chart.series[s].colour}"/>
<text x="${f(x + (bar - 6) / 2)}" y="${f(plot.y + plot.h - h - 10)}" ${font} font-size="22" fill="#1b1f24" text-anchor="middle">${value}</text>`;
    });
    body += `<text x="${f(plot.x + i * group + group / 2)}" y="${plot.y + plot.h + 42}" ${font} font-size="28" fill="#1b1f24" text-anchor="middle">${escapeXml(row.label)}</text>`;
  });
  body += `<path d="M${plot.x} ${plot.y + plot.h} H${plot.x + plot.w}" stroke="#1b1f24" stroke-width="3"/>`;
  let lx = plot.x;
  for (const s of chart.series) {
    body += `<rect x="${lx}" y="${ch - 78}" width="34" height="34" fill="${s.colour}"/>
<text x="${lx + 48}" y="${ch - 50}" ${font} font-size="28" fill="#1b1f24">${escapeXml(s.name)}</text>`;
    // DejaVu Sans at 28 px: about 17 px a character.
    lx += 48 + s.name.length * 17 + 60;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cw}" height="${ch}" viewBox="0 0 ${cw} ${ch}">${body}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
}

/** A geometric avatar with the author's initials, as an 800 x 800 JPEG. */
export async function portrait(initials: string, hue: number): Promise<Buffer> {
  const s = 800;
  const r = random(hue * 97 + initials.charCodeAt(0));
  let shapes = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,38%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,22%)"/></linearGradient></defs>
<rect width="${s}" height="${s}" fill="url(#bg)"/>`;
  for (let i = 0; i < 7; i++) {
    const size = 120 + r() * 260;
    shapes += `<rect x="${f(r() * s - size / 2)}" y="${f(r() * s - size / 2)}" width="${f(size)}" height="${f(size)}" transform="rotate(${f(r() * 90)} ${s / 2} ${s / 2})" fill="hsl(${(hue + i * 25) % 360},55%,${f(45 + r() * 20)}%)" opacity="0.28"/>`;
  }
  shapes += `<circle cx="${s / 2}" cy="${s / 2}" r="250" fill="#ffffff" opacity="0.14"/>
<text x="${s / 2}" y="${s / 2 + 75}" font-family="DejaVu Serif, Georgia, serif" font-size="220" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(initials)}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}
