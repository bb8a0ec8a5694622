// Check: a draft checked, its offending words marked, missing facts apart.
import { $, api, busy, clearErrors, el, picker, showError, T } from "./common.js";

function marked(draft, violations) {
  // The draft as text with each violation's span [start, end] in a <mark>; overlapping spans
  // are merged into the first.
  const spans = violations.filter((v) => Array.isArray(v.span)).map((v) => ({ start: v.span[0], end: v.span[1], v }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const box = el("div", { class: "marked" });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    box.append(draft.slice(at, span.start));
    box.append(el("mark", { class: `sev-${span.v.severity}`, title: span.v.detail, text: draft.slice(span.start, span.end) }));
    at = span.end;
  }
  box.append(draft.slice(at));
  return box;
}

function violationItem(v) {
  const label = v.kind + (v.fact ? ` (${v.fact})` : "") + (v.rule ? ` [${v.rule}]` : "");
  const item = el("li", { class: `sev-${v.severity}` });
  item.append(el("span", { class: "severity", text: T["sev_" + v.severity] || v.severity }), el("code", { text: label }), " ", v.detail);
  return item;
}

async function initCheck() {
  const form = $("form#check");
  picker(form, null);
  const carried = JSON.parse(sessionStorage.getItem("sellermail-check") || "null");
  sessionStorage.removeItem("sellermail-check");
  if (carried) {
    form.elements.scenario.value = carried.scenario;
    form.elements.channel.value = carried.channel;
    if (carried.tone) form.elements.tone.value = carried.tone;
    form.elements.draft.value = carried.draft;
    try {
      const { data } = await api("/api/facts/yaml", { scenario: carried.scenario, facts: carried.facts });
      form.elements.facts.value = data.yaml;
    } catch (problem) {
      showError(form, problem);
    }
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.elements.check;
    busy(button, true);
    const draft = form.elements.draft.value;
    try {
      const { data } = await api("/api/check", {
        scenario: form.elements.scenario.value, facts: form.elements.facts.value, draft,
        channel: form.elements.channel.value, tone: form.elements.tone.value || null,
        language: form.elements.language.value || null,
      });
      const verdict = $("#verdict");
      const summary = $(".summary", verdict);
      summary.classList.remove("empty");
      summary.className = `summary ${data.ok ? (data.violations.length ? "warn" : "ok") : "block"}`;
      summary.textContent = data.violations.length ? (data.ok ? T.passes : T.blocked) : T.no_violations;
      $(".marked", verdict).replaceWith(marked(draft, data.violations));
      const missing = data.violations.filter((v) => v.kind === "missing_fact");
      const others = data.violations.filter((v) => v.kind !== "missing_fact");
      $(".violations", verdict).replaceChildren(...others.map(violationItem));
      $(".missing", verdict).replaceChildren(...missing.map(violationItem));
      $(".violations-head", verdict).hidden = !others.length;
      $(".missing-head", verdict).hidden = !missing.length;
    } catch (problem) {
      showError(form, problem);
    } finally {
      busy(button, false);
    }
  });
}

initCheck();
