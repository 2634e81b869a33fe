// Drives the real npm package openai (the official OpenAI SDK for JavaScript) against
// REELGATE_BASE_URL as its README shows for videos: videos.create (multipart, an uploaded
// input_reference from PHOTO_FILE), videos.retrieve until the video ends, videos.downloadContent
// (the MP4 and the thumbnail), videos.list, videos.remix, then a refused size and videos.delete.
// Prints one JSON line with what it saw; exits 1 with the SDK's error otherwise.
const fs = require("fs");
const OpenAI = require("openai");
const { toFile } = require("openai");

const client = new OpenAI({ apiKey: process.env.REELGATE_API_KEY, baseURL: process.env.REELGATE_BASE_URL + "/v1", maxRetries: 0 });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const out = process.env.OUT_DIR;

async function finished(id) {
  for (;;) {
    const video = await client.videos.retrieve(id);
    if (video.status === "completed" || video.status === "failed") return video;
    await sleep(Number(process.env.POLL_MILLIS || 1000));
  }
}

(async () => {
  const photo = await toFile(fs.readFileSync(process.env.PHOTO_FILE), "photo.png", { type: "image/png" });
  const created = await client.videos.create({
    prompt: "An astronaut waves [Pan left]", model: process.env.MODEL, size: "720x1280", seconds: "4", input_reference: photo,
  });
  const video = await finished(created.id);
  const mp4 = await client.videos.downloadContent(video.id);
  fs.writeFileSync(out + "/node.mp4", Buffer.from(await mp4.arrayBuffer()));
  const thumbnail = await client.videos.downloadContent(video.id, { variant: "thumbnail" });
  fs.writeFileSync(out + "/thumbnail.jpg", Buffer.from(await thumbnail.arrayBuffer()));
  const listed = [];
  for await (const item of client.videos.list({ limit: 1 })) listed.push(item.id);
  const remix = await client.videos.remix(video.id, { prompt: "The astronaut waves again [Push in]" });
  let refused = null;
  try {
    await client.videos.create({ prompt: "a cat", size: "1792x1024" });
  } catch (e) {
    refused = { status: e.status, param: e.param, type: e.type, message: e.message };
  }
  const deleted = await client.videos.delete(video.id).catch((e) => ({ status: e.status, message: e.message }));
  console.log(JSON.stringify({ created, video, listed, remix, refused, deleted }));
})().catch((e) => {
  console.error("OpenAIError", e.status, e.message);
  process.exit(1);
});
