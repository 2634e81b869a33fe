// "Copy as curl": the create request of the form in each dialect's own shape. The page itself
// submits the Novita request, byte for byte the body the Novita command below sends.

import { novitaEndpoint } from "./choices.js";

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
  switch (dialect) {
    case "novita": {
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
      return { path: "/v1/videos/generations", authorization: "Bearer $REELGATE_API_KEY", body };
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
      const note = resolution === "512P" || resolution === "720P" ? "# GPTProto's table has no " + resolution + ": the server will refuse this resolution." : null;
      return { path: "/api/v3/minimax/" + name + "/" + scene, authorization: "$REELGATE_API_KEY", body, note };
    }
    case "minimax": {
      const body = { model, prompt };
      if (image !== undefined) body.first_frame_image = image;
      if (endImage !== undefined) body.last_frame_image = endImage;
      Object.assign(body, { duration, resolution, prompt_optimizer: expansion });
      return { path: "/v1/video_generation", authorization: "Bearer $REELGATE_API_KEY", body };
    }
    default:
      throw new Error("unknown dialect " + dialect);
  }
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
  const { path, authorization, body, note } = request(dialect, form, files);
  const json = JSON.stringify(body);
  const lines = [];
  if (note) lines.push(note);
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
