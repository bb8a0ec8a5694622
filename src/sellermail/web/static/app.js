// sellermail's page: calls the JSON API under /api/ and shows what it returns. Every value is
// put into the page as text (textContent), never as HTML.
"use strict";

const TOKEN = document.querySelector('meta[name="sellermail-token"]').content;
const T = JSON.parse(document.getElementById("ui-text").textContent);
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// One API call: JSON in (or a file's bytes), the parsed answer out; a failure throws its
// {error, field} object.
async function api(path, data, { raw = false, method = "POST" } = {}) {
  const options = { method, headers: { "X-Sellermail-Token": TOKEN } };
  if (method === "POST") {
    options.body = raw ? data : JSON.stringify(data);
    options.headers["Content-Type"] = raw ? "application/octet-stream" : "application/json";
  }
  const response = await fetch(path, options);
  const answer = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}`, field: null }));
  if (!response.ok) throw answer;
  const notes = response.headers.get("X-Sellermail-Notes");
  return { data: answer, notes: notes ? JSON.parse(notes) : [] };
}

// Errors beside their field ([data-error-for=FIELD]); one no field claims goes in the form's
// general slot ([data-error-for=""]).
function clearErrors(root) {
  for (const slot of $$("[data-error-for]", root)) slot.textContent = "";
  for (const field of $$(".invalid", root)) field.classList.remove("invalid");
}

function showError(root, problem) {
  const message = problem && problem.error ? problem.error : String(problem);
  const named = problem && problem.field ? $(`[data-error-for="${CSS.escape(problem.field)}"]`, root) : null;
  const slot = named || $('[data-error-for=""]', root);
  slot.textContent = message;
  const input = problem && problem.field ? root.querySelector(`[name="${CSS.escape(problem.field)}"]`) : null;
  if (input) {
    input.classList.add("invalid");
    input.focus();
  }
}

function busy(button, on) {
  button.disabled = on;
  button.classList.toggle("busy", on);
}

// The searchable scenario picker: the search box hides the options that do not match.
function picker(root, onChange) {
  const search = $(".picker-search", root);
  const select = $("select[name=scenario]", root);
  if (!search || !select) return;
  search.addEventListener("input", () => {
    const words = search.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    let first = null;
    for (const option of select.options) {
      const haystack = option.dataset.search || "";
      const shown = !option.dataset.search || words.every((w) => haystack.includes(w));
      option.hidden = !shown;
      if (shown && option.dataset.search && !first) first = option;
    }
    const current = select.selectedOptions[0];
    const matches = current && current.dataset.search && !current.hidden;
    if (first && words.length && !matches) {
      select.value = first.value;
      if (onChange) onChange(select.value);
    }
  });
  if (onChange) select.addEventListener("change", () => onChange(select.value));
}

function gotoScenario(path, scenario) {
  const url = new URL(path, location.href);
  url.searchParams.set("scenario", scenario);
  location.assign(url.pathname + url.search);
}

// ---- Compose -------------------------------------------------------------------------------

function formFacts(form) {
  const facts = {};
  for (const input of $$("fieldset [name]", form)) {
    const value = input.value.trim();
    if (!value) continue;
    facts[input.name] = input.hasAttribute("data-lines")
      ? value.split("\n").map((line) => line.trim()).filter(Boolean)
      : value;
  }
  return facts;
}

function fillFacts(form, facts) {
  for (const [name, value] of Object.entries(facts)) {
    const input = $(`fieldset [name="${CSS.escape(name)}"]`, form);
    if (!input) continue;
    const lines = input.hasAttribute("data-lines");
    input.value = Array.isArray(value) ? value.join(lines ? "\n" : ", ") : String(value ?? "");
  }
}

function composeInputs(form) {
  return {
    scenario: form.elements.scenario.value,
    facts: formFacts(form),
    tone: form.elements.tone.value || null,
    channel: form.elements.channel.value,
    language: form.elements.language.value || null,
  };
}

function showMessage(data, notes, extra) {
  const result = $("#result");
  $(".empty", result).hidden = true;
  const subject = data.subject;
  $('[data-part="subject"]', result).hidden = !subject;
  $(".subject", result).textContent = subject || "";
  $('[data-part="body"]', result).hidden = false;
  $(".body", result).textContent = data.body ?? data.text ?? "";
  const meta = $(".meta", result);
  meta.replaceChildren();
  if (extra) meta.append(extra);
  const list = $(".notes", result);
  list.replaceChildren();
  for (const warning of data.warnings || []) list.append(el("li", { class: "warning", text: warning }));
  for (const note of notes) list.append(el("li", { text: note }));
  $(".check-this", result).hidden = false;
}

function polishMeta(data) {
  const source = T["source_" + data.source] || data.source;
  const box = el("div", { class: `source source-${data.source}` });
  box.append(el("strong", { text: `${T.source}: ` }), source, ` · ${data.attempts} ${T.attempts}`);
  if (data.model) box.append(` · ${data.model}`);
  return box;
}

function initCompose() {
  const form = $("form#compose");
  picker(form, (scenario) => gotoScenario("/", scenario));
  const channel = form.elements.channel;
  const reason = $("#refused-reason");
  const showRefusal = () => {
    const why = channel.selectedOptions[0].dataset.refused;
    reason.hidden = !why;
    reason.textContent = why ? why : "";
  };
  channel.addEventListener("change", showRefusal);
  showRefusal();

  const opened = JSON.parse(sessionStorage.getItem("sellermail-open") || "null");
  sessionStorage.removeItem("sellermail-open");
  if (opened && opened.scenario === form.dataset.scenario) {
    fillFacts(form, opened.facts);
    for (const name of opened.from_message) {
      const field = $(`.field[data-field="${CSS.escape(name)}"]`, form);
      if (!field) continue;
      field.classList.add("taken");
      $(".from-message", field).hidden = false;
    }
    const notice = $("#opened");
    notice.hidden = false;
    notice.append(el("p", { text: T.opened }));
    for (const note of opened.notes || []) notice.append(el("p", { class: "small", text: note }));
  }

  let last = null;
  async function run(kind, button) {
    clearErrors(form);
    busy(button, true);
    try {
      const inputs = composeInputs(form);
      const { data, notes } = await api(`/api/${kind}`, inputs);
      last = { inputs, data };
      if (kind === "polish") {
        showMessage({ subject: data.subject, body: data.text, warnings: [] }, notes, polishMeta(data));
      } else {
        showMessage(data, notes, null);
      }
    } catch (problem) {
      showError(form, problem);
    } finally {
      busy(button, false);
    }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run("render", form.elements.render);
  });
  form.elements.polish.addEventListener("click", () => run("polish", form.elements.polish));

  for (const button of $$("#result .copy")) {
    button.addEventListener("click", async () => {
      const text = $(`#result .${button.dataset.copy}`).textContent;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        const range = document.createRange();
        range.selectNodeContents($(`#result .${button.dataset.copy}`));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        document.execCommand("copy");
      }
      const label = button.textContent;
      button.textContent = T.copied;
      setTimeout(() => (button.textContent = label), 1200);
    });
  }

  form.elements.save.addEventListener("click", async () => {
    clearErrors(form);
    try {
      const { data } = await api("/api/facts/yaml", { scenario: form.elements.scenario.value, facts: formFacts(form) });
      const link = el("a", { href: URL.createObjectURL(new Blob([data.yaml], { type: "text/yaml" })), download: data.name });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (problem) {
      showError(form, problem);
    }
  });
  form.elements.load.addEventListener("change", async () => {
    clearErrors(form);
    const file = form.elements.load.files[0];
    if (!file) return;
    try {
      const { data } = await api("/api/facts/read", { text: await file.text() });
      for (const input of $$("fieldset [name]", form)) input.value = "";
      fillFacts(form, data.facts);
      const unknown = Object.keys(data.facts).filter((name) => !form.elements[name]);
      if (unknown.length) showError(form, { error: `${unknown[0]}: is not a field of ${form.elements.scenario.value}`, field: null });
    } catch (problem) {
      showError(form, problem);
    } finally {
      form.elements.load.value = "";
    }
  });
  $("#result .check-this").addEventListener("click", () => {
    if (!last) return;
    const draft = last.data.subject ? `Subject: ${last.data.subject}\n\n${last.data.body ?? last.data.text}` : last.data.body ?? last.data.text;
    sessionStorage.setItem("sellermail-check", JSON.stringify({ ...last.inputs, draft }));
  });
}

// ---- Check ---------------------------------------------------------------------------------

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

// ---- Inbox ---------------------------------------------------------------------------------

const KNOWN = new Set(["file", "kind", "confidence", "scenario", "facts", "language", "urgency", "draft", "reply_by", "error"]);
const messages = [];

function factsList(facts) {
  const list = el("dl", { class: "facts" });
  for (const [name, value] of Object.entries(facts || {})) {
    list.append(el("dt", { text: name }), el("dd", { text: Array.isArray(value) ? value.join(", ") : String(value) }));
  }
  return list;
}

function shown(value) {
  if (value === null || value === undefined) return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function inboxRow(entry) {
  if (entry.error) {
    return el("tr", { class: "failed" }, el("td", { text: "—" }), el("td", { colspan: "5", text: entry.error }), el("td", { text: entry.file }));
  }
  const more = Object.entries(entry).filter(([key]) => !KNOWN.has(key));
  const factsCell = el("td", {}, factsList(entry.facts));
  if (more.length) {
    const extra = el("dl", { class: "facts more" });
    for (const [key, value] of more) extra.append(el("dt", { text: key }), el("dd", { text: shown(value) }));
    factsCell.append(extra);
  }
  const action = el("td");
  if (entry.draft) {
    const button = el("button", { type: "button", class: "primary small", text: T.reply });
    button.addEventListener("click", () => {
      sessionStorage.setItem("sellermail-open", JSON.stringify(entry.draft));
      gotoScenario("/", entry.draft.scenario);
    });
    action.append(button);
  } else {
    action.append(el("span", { class: "muted", text: T.no_scenario }));
  }
  const kind = el("td", {}, el("span", { class: `kind urgency-${Math.min(entry.urgency ?? 9, 9)}`, text: entry.kind }));
  if (entry.scenario) kind.append(el("div", { class: "muted small", text: entry.scenario }));
  return el("tr", {},
    el("td", { class: "deadline", text: shown(entry.reply_by) }), kind,
    el("td", { text: Number(entry.confidence).toFixed(2) }), el("td", { text: entry.language }),
    factsCell, el("td", { class: "file", text: entry.file }), action);
}

function showMessages() {
  // Most urgent first: the earliest reply-by deadline, then the urgent kinds.
  const key = (m) => [m.reply_by ? String(m.reply_by) : "\uffff", m.error ? 99 : m.urgency ?? 50, m.file];
  messages.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
  $("#messages tbody").replaceChildren(...messages.map(inboxRow));
}

function initInbox() {
  const page = $("main");
  const drop = $("#drop");
  const input = $("input[name=messages]", drop);
  async function take(files) {
    clearErrors(page);
    for (const file of files) {
      try {
        const { data } = await api(`/api/inbox/file?name=${encodeURIComponent(file.name)}`, await file.arrayBuffer(), { raw: true });
        messages.push(data);
      } catch (problem) {
        messages.push({ file: file.name, error: problem.error || String(problem) });
      }
      showMessages();
    }
  }
  input.addEventListener("change", () => take(input.files).then(() => (input.value = "")));
  for (const name of ["dragenter", "dragover"]) {
    drop.addEventListener(name, (event) => { event.preventDefault(); drop.classList.add("over"); });
  }
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    take(event.dataTransfer.files);
  });
  const folder = $("form#folder");
  folder.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(page);
    busy(folder.elements.read, true);
    try {
      const { data } = await api("/api/inbox/folder", { folder: folder.elements.folder.value });
      messages.push(...data);
      showMessages();
    } catch (problem) {
      showError(folder, { error: problem.error || String(problem), field: "folder" });
    } finally {
      busy(folder.elements.read, false);
    }
  });
}

// ---- Batch ---------------------------------------------------------------------------------

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
      const errors = data.errors.map((e) => el("li", {}, el("strong", { text: `${T.row} ${e.row}: ` }), e.error));
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
      $(".progress-text", preview).textContent = `${T.done}: ${progressText(data)}`;
      for (const link of $$(".downloads a", preview)) link.href = `/api/batch/${job}/results.${link.dataset.format}`;
      $(".downloads", preview).hidden = false;
    } catch (problem) {
      $(".progress-text", preview).textContent = `${T.failed}: ${problem.error || problem}`;
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

const VIEWS = { compose: initCompose, check: initCheck, inbox: initInbox, batch: initBatch };
VIEWS[document.body.dataset.view]();
