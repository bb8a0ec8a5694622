// Batch: a spreadsheet's columns and errors before it runs, its progress, its results.
import { $, $$, api, busy, clearErrors, el, fill, picker, showError, T } from "./common.js";

function initBatch() {
  const form = $("form#batch");
  picker(form, null);
  const preview = $("#preview");
  let job = null;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const file = form.elements.sheet.files[0];
    if (!file) return showError(form, { error: `input: ${T.file_needed}`, field: "input" });
    const query = new URLSearchParams({ name: file.name, scenario: form.elements.scenario.value,
      tone: form.elements.tone.value, channel: form.elements.channel.value });
    busy(form.elements.upload, true);
    try {
      const { data } = await api(`/api/batch?${query}`, await file.arrayBuffer(), { raw: true });
      job = data.job;
      preview.hidden = false;
      $(".sheet-summary", preview).textContent = `${data.file} · ${fill(T.sheet_summary, { rows: data.rows, valid: data.valid, errors: data.error_count })}`;
      $(".mapping tbody", preview).replaceChildren(...Object.entries(data.mapping).map(([header, field]) =>
        el("tr", {}, el("td", { text: header }), el("td", { class: field ? "" : "muted", text: field || T.left_out }))));
      const errors = data.errors.map((e) => el("li", {}, el("strong", { text: `${fill(T.row, { row: e.row })}${T.colon}` }), e.error));
      if (data.error_count > data.errors.length) errors.push(el("li", { class: "muted", text: `… ${fill(T.more_errors, { count: data.error_count - data.errors.length })}` }));
      $(".row-errors", preview).replaceChildren(...errors);
      $("#progress").hidden = true;
      $(".progress-text", preview).textContent = "";
      $(".downloads", preview).hidden = true;
      $("button[name=run]", preview).disabled = false;
    } catch (problem) {
      preview.hidden = true;
      showError(form, problem);
    } finally {
      busy(form.elements.upload, false);
    }
  });
  $("button[name=run]", preview).addEventListener("click", async () => {
    const button = $("button[name=run]", preview);
    button.disabled = true;
    const bar = $("#progress");
    bar.hidden = false;
    try {
      let { data } = await api(`/api/batch/${job}/run`, { offline: $("input[name=offline]", preview).checked });
      while (data.state === "running" || data.state === "ready") {
        bar.max = Math.max(data.total, 1);
        bar.value = data.finished;
        $(".progress-text", preview).textContent = progressText(data);
        await new Promise((resolve) => setTimeout(resolve, 400));
        ({ data } = await api(`/api/batch/${job}`, null, { method: "GET" }));
      }
      bar.value = bar.max = Math.max(data.total, 1);
      if (data.state === "failed") throw { error: data.error, field: null };
      $(".progress-text", preview).textContent = `${T.done}${T.colon}${progressText(data)}`;
      for (const link of $$(".downloads a", preview)) link.href = `/api/batch/${job}/results.${link.dataset.format}`;
      $(".downloads", preview).hidden = false;
    } catch (problem) {
      $(".progress-text", preview).textContent = `${T.failed}${T.colon}${problem.error || problem}`;
    }
  });
}

function progressText(data) {
  const parts = [fill(T.progress, data)];
  const sources = data.sources || {};
  if (sources.llm) parts.push(`${T.polished} ${sources.llm}`);
  if (sources.fallback) parts.push(`${T.fell_back} ${sources.fallback}`);
  if (sources.offline) parts.push(`${T.offline_rows} ${sources.offline}`);
  parts.push(`${T.errors} ${data.errors}`);
  return parts.join(" · ");
}

initBatch();
