// Which model, resolution, duration and ratio the form offers, read from the server's model table
// (GET /reelgate/v1/models), never from a copy of it here. This file only knows what is the
// playground's own choice: which models it offers, how they are named, and the dialect each is
// submitted through: Novita's for the Hailuo models, MiniMax's V2 for H3, the one API that sells it.

export const PLAYGROUND_MODELS = [
  { id: "MiniMax-Hailuo-2.3", label: "Hailuo 2.3", dialect: "novita" },
  { id: "MiniMax-Hailuo-2.3-Fast", label: "Hailuo 2.3 Fast", dialect: "novita" },
  { id: "MiniMax-Hailuo-02", label: "Hailuo-02", dialect: "novita" },
  { id: "MiniMax-H3", label: "MiniMax H3", dialect: "minimax-v2" },
  { id: "MiniMax-H3-Max", label: "MiniMax H3 Max", dialect: "minimax-v2" },
];

/** The dialect the page submits a model's tasks through (and follows them by). */
export function dialectOf(modelId) {
  const known = PLAYGROUND_MODELS.find((m) => m.id === modelId);
  return known ? known.dialect : "novita";
}

export const MODE_WORDS = {
  text_to_video: "text only",
  image_to_video: "a first frame",
  first_last_frame: "first and last frames",
  reference_to_video: "reference media",
};

/** The mode the request will have, from which pictures it carries (as the server decides it). */
export function modeOf(hasFirst, hasLast) {
  if (hasLast) return "first_last_frame";
  return hasFirst ? "image_to_video" : "text_to_video";
}

/** Why a model cannot take this mode, or null when it can. */
export function whyNot(model, mode) {
  if (model.offers[mode]) return null;
  if (mode === "text_to_video") return "needs a first frame";
  if (mode === "first_last_frame") return "takes no last frame";
  return "not with " + MODE_WORDS[mode];
}

export function labelOf(modelId) {
  const known = PLAYGROUND_MODELS.find((m) => m.id === modelId);
  return known ? known.label : modelId;
}

/** Every resolution any playground model offers in any mode, smallest first. */
export function allResolutions(models) {
  const all = new Set();
  for (const model of models) for (const byResolution of Object.values(model.offers)) {
    Object.keys(byResolution).forEach((r) => all.add(r));
  }
  return [...all].sort((a, b) => lines(a) - lines(b));
}

/** A resolution's size for sorting: "768P" is 768, "2K" above every "…P". */
function lines(resolution) {
  return parseInt(resolution, 10) * (resolution.endsWith("K") ? 1000 : 1);
}

export function allDurations(models) {
  const all = new Set();
  for (const model of models) for (const byResolution of Object.values(model.offers)) {
    Object.values(byResolution).forEach((ds) => ds.forEach((d) => all.add(d)));
  }
  return [...all].sort((a, b) => a - b);
}

/** Where a resolution is offered, as a note: "512P: Hailuo-02 with a first frame only." */
export function whereOffered(models, resolution) {
  const places = [];
  for (const model of models) {
    const modes = Object.keys(model.offers).filter((mode) => model.offers[mode][resolution]);
    if (modes.length === Object.keys(model.offers).length) places.push(labelOf(model.id));
    else if (modes.length) places.push(labelOf(model.id) + " with " + modes.map((m) => MODE_WORDS[m]).join(" or "));
  }
  return resolution + ": " + (places.length ? places.join("; ") + " only." : "not offered.");
}

/** The Novita endpoint that sells this model in this mode. */
export function novitaEndpoint(modelId, mode) {
  switch (modelId) {
    case "MiniMax-Hailuo-2.3-Fast":
      return "minimax-hailuo-2.3-fast-i2v";
    case "MiniMax-Hailuo-2.3":
      return mode === "text_to_video" ? "minimax-hailuo-2.3-t2v" : "minimax-hailuo-2.3-i2v";
    default:
      return "minimax-hailuo-02";
  }
}
