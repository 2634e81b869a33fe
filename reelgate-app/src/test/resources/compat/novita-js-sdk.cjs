// Drives the real npm package novita-sdk as its README shows, against REELGATE_BASE_URL:
// the create through httpFetch (the SDK has no Hailuo method), then progress() until the task ends.
// Prints one JSON line: {task_id, status, reason, video_url}; exits 1 with the SDK's error otherwise.
const fs = require("fs");
const { NovitaSDK } = require("novita-sdk");

const sdk = new NovitaSDK(process.env.REELGATE_API_KEY);
sdk.setBaseUrl(process.env.REELGATE_BASE_URL);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const created = await sdk.httpFetch({
    url: "/v3/async/minimax-hailuo-02",
    method: "POST",
    data: JSON.parse(fs.readFileSync(process.env.REQUEST_FILE, "utf8")),
  });
  for (;;) {
    const result = await sdk.progress({ task_id: created.task_id });
    const status = result.task.status;
    if (status === "TASK_STATUS_SUCCEED" || status === "TASK_STATUS_FAILED") {
      const video = (result.videos || [])[0];
      console.log(JSON.stringify({ task_id: created.task_id, status, reason: result.task.reason, video_url: video && video.video_url }));
      return;
    }
    await sleep(Number(process.env.POLL_MILLIS || 1000));
  }
})().catch((e) => {
  console.error("NovitaError", e.code, e.msg || e.message, e.reason || "");
  process.exit(1);
});
