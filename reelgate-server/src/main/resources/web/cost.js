// The price before running: for a key with a credit balance, what the chosen model, duration and
// resolution cost (GET /reelgate/v1/price, the server's own price table) and what the key has
// left, beside the submit button. A key without a limit pays nothing, so sees no price.

import { call, whoAmI } from "./api.js";

const $ = (id) => document.getElementById(id);
let credit = null; // the key's balance; null without a key or without a limit
let run = 0;

async function show() {
  const box = $("cost");
  const model = $("model").value;
  const duration = document.querySelector("input[name=duration]:checked");
  const resolution = document.querySelector("input[name=resolution]:checked");
  const asked = ++run;
  if (credit == null || !model || !duration || !resolution) {
    box.textContent = "";
    return;
  }
  try {
    const query = "model=" + encodeURIComponent(model) + "&duration=" + duration.value + "&resolution=" + resolution.value;
    const price = await call("/reelgate/v1/price?" + query, { key: "" });
    if (asked !== run) return;
    box.textContent = "Costs " + price.credits + " credits; " + credit + " left.";
    box.classList.toggle("over", price.credits > credit);
  } catch (e) {
    if (asked === run) box.textContent = "";
  }
}

/** The key in use ({credit}, from /reelgate/v1/key), or null. */
export function costForKey(me) {
  credit = me ? me.credit : null;
  show();
}

/** After a create, the balance the key has left. */
export async function refreshCredit() {
  try {
    costForKey(await whoAmI());
  } catch {
    costForKey(null);
  }
}

$("create").addEventListener("formchange", show);
