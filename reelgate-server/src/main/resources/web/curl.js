// "Copy as curl": the create request of the form in each dialect's own shape. The page itself
// submits the Novita request for Hailuo and the MiniMax V2 one for H3, byte for byte the body the
// command of that dialect sends. A dialect that does not sell the chosen model gets the command
// all the same, with a note that the server will refuse it.

import { dialectOf, novitaEndpoint } from "./choices.js";

const FILE_MARK = "__REELGATE_PICTURE_";

/**
 * A picture as the request carries it: {kind: "file", dataUri, name} for a chosen photo, or
 * {kind: "url", url}. Returns the JSON value, with a placeholder for a file (spliced in by base64).
 */
function pictureValue(picture, files) {
  if (!picture) return undefined;
  if (picture.kind === "url") return picture.url;
  files.push(picture);
  return FILE_MARK + (files.length - 1) + "__";
}

/** The request of a dialect: {method, path, authorization, body, note}; body has placeholders. */
export function request(dialect, form, files = []) {
  const { model, mode, prompt, first, last, duration, resolution, expansion } = form;
  const image = pictureValue(first, files);
  const endImage = pictureValue(last, files);
  const h3 = dialectOf(model) === "minimax-v2";
  const refused = (seller) => "# " + seller + " sells no " + model + ": the server will refuse it.";
  switch (dialect) {
    case "novita": {
      if (h3) {
        // Novita resells MiniMax's V2 API for MiniMax-H3 under /v3/minimax.
        const note = model === "MiniMax-H3" ? null : refused("Novita's H3 API");
        return { path: "/v3/minimax/v2/video_generation", authorization: "Bearer $REELGATE_API_KEY", body: v2Body(form, image, endImage), note };
      }
      const endpoint = novitaEndpoint(model, mode);
      const body = { prompt };
      if (endpoint !== "minimax-hailuo-2.3-t2v" && image !== undefined) body.image = image;
      if (endpoint === "minimax-hailuo-02" && endImage !== undefined) body.end_image = endImage;
      Object.assign(body, { duration, resolution, enable_prompt_expansion: expansion });
      return { path: "/v3/async/" + endpoint, authorization: "Bearer $REELGATE_API_KEY", body };
    }
    case "evolink": {
      const body = { model, prompt };
      const urls = [image, endImage].filter((v) => v !== undefined);
      if (urls.length) body.image_urls = urls;
      Object.assign(body, { duration, quality: resolution.toLowerCase(), model_params: { prompt_optimizer: expansion } });
      return { path: "/v1/videos/generations", authorization: "Bearer $REELGATE_API_KEY", body, note: h3 ? refused("Evolink") : null };
    }
    case "gptproto": {
      // GPTProto sells the models under its own names and table: 1080P is its "pro" models.
      const pro = resolution === "1080P";
      const name =
        model === "MiniMax-Hailuo-2.3-Fast" ? "hailuo-2.3-fast"
          : model === "MiniMax-Hailuo-2.3" ? (pro ? "hailuo-2.3-pro" : "hailuo-2.3-standard")
            : pro ? "hailuo-02-pro" : "hailuo-02-standard";
      const scene = image !== undefined ? "image-to-video" : "text-to-video";
      const body = { prompt };
      if (image !== undefined) body.image = image;
      if (image !== undefined && endImage !== undefined) body.end_image = endImage;
      Object.assign(body, { duration, resolution, enable_prompt_expansion: expansion });
      const note = h3 ? refused("GPTProto")
        : resolution === "512P" || resolution === "720P" ? "# GPTProto's table has no " + resolution + ": the server will refuse this resolution." : null;
      return { path: "/api/v3/minimax/" + name + "/" + scene, authorization: "$REELGATE_API_KEY", body, note };
    }
    case "minimax": {
      const body = { model, prompt };
      if (image !== undefined) body.first_frame_image = image;
      if (endImage !== undefined) body.last_frame_image = endImage;
      Object.assign(body, { duration, resolution, prompt_optimizer: expansion });
      return { path: "/v1/video_generation", authorization: "Bearer $REELGATE_API_KEY", body, note: h3 ? refused("MiniMax's V1 API") : null };
    }
    case "minimax-v2": {
      const note = h3 ? null : refused("MiniMax's V2 API, which sells the H3 models,");
      return { path: "/v2/video_generation", authorization: "Bearer $REELGATE_API_KEY", body: v2Body(form, image, endImage), note };
    }
    case "openai":
      return openAiRequest(form, image, endImage, h3 ? refused("The OpenAI dialect") : null);
    default:
      throw new Error("unknown dialect " + dialect);
  }
}

/** MiniMax V2's body: the text and each picture as an item of content[], by its role. */
function v2Body({ model, prompt, duration, resolution, ratio }, image, endImage) {
  const content = [{ type: "text", text: prompt }];
  if (image !== undefined) content.push({ type: "image_url", role: "first_frame", image_url: { url: image } });
  if (endImage !== undefined) content.push({ type: "image_url", role: "last_frame", image_url: { url: endImage } });
  const body = { model, content, duration, resolution };
  if (ratio) body.ratio = ratio;
  return body;
}

/** OpenAI's sizes Reelgate makes, by resolution: landscape 16:9 and portrait 9:16. */
const OPENAI_SIZES = { "720P": [1280, 720], "768P": [1366, 768], "1080P": [1920, 1080] };

/**
 * OpenAI's create as its SDK sends it, a multipart form: {fields: [[name, value]], files:
 * [[name, picture]]}. seconds is a string; size is the resolution in the ratio's orientation
 * (16:9 unless 9:16 is chosen); the first frame is input_reference, uploaded from its file.
 */
function openAiRequest({ model, prompt, first, last, duration, resolution, ratio }, image, endImage, refusal) {
  const notes = refusal ? [refusal] : [];
  const fields = [["model", model], ["prompt", prompt], ["seconds", String(duration)]];
  const sides = OPENAI_SIZES[resolution];
  if (sides) fields.push(["size", ratio === "9:16" ? sides[1] + "x" + sides[0] : sides[0] + "x" + sides[1]]);
  else notes.push("# OpenAI's sizes have no " + resolution + ": size is left out, so the server takes OpenAI's default, 720x1280.");
  if (ratio && ratio !== "16:9" && ratio !== "9:16" && ratio !== "adaptive") notes.push("# OpenAI's sizes are 16:9 or 9:16: " + ratio + " is sent as 16:9.");
  const files = [];
  if (first && first.kind === "file") files.push(["input_reference", first]);
  else if (image !== undefined) fields.push(["input_reference[image_url]", image]);
  if (endImage !== undefined) notes.push("# OpenAI's create takes one picture: the last frame is left out.");
  return { path: "/v1/videos", authorization: "Bearer $REELGATE_API_KEY", multipart: { fields, files }, note: notes.join("\n") || null };
}

/** The JSON body as the page sends it (pictures filled in). */
export function bodyText(dialect, form) {
  const files = [];
  const { body } = request(dialect, form, files);
  let text = JSON.stringify(body);
  files.forEach((file, i) => {
    text = text.replace(FILE_MARK + i + "__", file.dataUri);
  });
  return text;
}

function shellQuote(text) {
  return "'" + text.replace(/'/g, "'\\''") + "'";
}

/** The shell command that sends this dialect's request to the server at baseUrl. */
export function curl(dialect, form, baseUrl) {
  const files = [];
  const { path, authorization, body, note, multipart } = request(dialect, form, files);
  const lines = [];
  if (note) lines.push(note);
  if (multipart) {
    // --form-string sends a value as it is (-F would read a prompt starting with @ or < as a file).
    lines.push(["curl -X POST " + baseUrl + path, "  -H \"Authorization: " + authorization + "\"",
      ...multipart.fields.map(([name, value]) => "  --form-string " + shellQuote(name + "=" + value)),
      ...multipart.files.map(([name, file]) => "  -F " + shellQuote(name + "=@" + file.name))].join(" \\\n"));
    return lines.join("\n");
  }
  const json = JSON.stringify(body);
  const headers = [
    "  -H \"Authorization: " + authorization + "\"",
    "  -H \"Content-Type: application/json\"",
  ];
  if (!files.length) {
    lines.push(["curl -X POST " + baseUrl + path, ...headers, "  -d " + shellQuote(json)].join(" \\\n"));
    return lines.join("\n");
  }
  // A photo is too big for one argument: the body goes through stdin, the photo through base64,
  // run in the folder of the photo.
  const parts = json.split(new RegExp(FILE_MARK + "(\\d+)__"));
  const pieces = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      if (parts[i]) pieces.push("printf '%s' " + shellQuote(parts[i]));
    } else {
      const file = files[Number(parts[i])];
      const prefix = file.dataUri.slice(0, file.dataUri.indexOf(",") + 1);
      pieces.push("printf '%s' " + shellQuote(prefix) + "; base64 -w0 " + shellQuote(file.name));
    }
  }
  lines.push("{ " + pieces.join("; ") + "; } |");
  lines.push(["curl -X POST " + baseUrl + path, ...headers, "  --data-binary @-"].join(" \\\n"));
  return lines.join("\n");
}
