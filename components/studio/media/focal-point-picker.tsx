"use client";
// Where crops of the image centre (the listing card, the social card, the square portrait):
// a click on the image sets it; the image is a button, so arrow keys move it too (Shift for
// larger steps), and the two sliders say where it is. Previews of the crops follow it, cut the
// way the renditions route cuts them (lib/media/crop.ts).
import { useState, type KeyboardEvent, type MouseEvent } from "react";
import { CROPS } from "@/lib/media/urls";
import { cropPosition } from "@/lib/media/crop";

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

export function FocalPointPicker({
  src,
  width,
  height,
  focalX,
  focalY,
}: {
  src: string;
  width: number;
  height: number;
  focalX: number;
  focalY: number;
}) {
  const [x, setX] = useState(Math.round(focalX * 100));
  const [y, setY] = useState(Math.round(focalY * 100));

  function onClick(event: MouseEvent<HTMLButtonElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    // A click from the keyboard (Enter, Space) has no position: it keeps the point.
    if (event.detail === 0) return;
    setX(clamp(((event.clientX - box.left) / box.width) * 100));
    setY(clamp(((event.clientY - box.top) / box.height) * 100));
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.shiftKey ? 10 : 2;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setX((value) => clamp(value + move[0]));
    setY((value) => clamp(value + move[1]));
  }

  const focal = { width, height, focalX: x / 100, focalY: y / 100 };
  return (
    <fieldset className="focal">
      <legend>Focal point</legend>
      <p className="field-hint" id="focal-hint">
        Crops for listing cards, social cards and squares keep this point in view. Click the image where it should be, or focus the image
        and use the arrow keys.
      </p>
      <button
        type="button"
        className="focal__stage"
        onClick={onClick}
        onKeyDown={onKeyDown}
        aria-describedby="focal-hint"
        aria-label={`Focal point: ${x}% across, ${y}% down`}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a rendition URL; next/image would make another */}
        <img src={src} width={width} height={height} alt="" />
        <span className="focal__marker" style={{ left: `${x}%`, top: `${y}%` }} aria-hidden="true" />
      </button>
      <div className="focal__controls">
        <label htmlFor="focal-x">Across</label>
        <input id="focal-x" type="range" min={0} max={100} value={x} onChange={(e) => setX(Number(e.target.value))} />
        <output htmlFor="focal-x">{x}%</output>
        <label htmlFor="focal-y">Down</label>
        <input id="focal-y" type="range" min={0} max={100} value={y} onChange={(e) => setY(Number(e.target.value))} />
        <output htmlFor="focal-y">{y}%</output>
      </div>
      <input type="hidden" name="focalX" value={x / 100} />
      <input type="hidden" name="focalY" value={y / 100} />
      <div className="focal__crops" aria-label="Crop previews">
        {(["card", "social", "square"] as const).map((crop) => {
          const aspect = CROPS[crop].aspect;
          const w = crop === "square" ? 90 : 160;
          return (
            <figure key={crop}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a preview of a crop the route makes */}
              <img src={src} alt="" width={w} height={Math.round(w / aspect)} style={{ objectPosition: cropPosition(focal, aspect) }} />
              <figcaption>{crop === "card" ? "Listing card" : crop === "social" ? "Social card" : "Square"}</figcaption>
            </figure>
          );
        })}
      </div>
    </fieldset>
  );
}
