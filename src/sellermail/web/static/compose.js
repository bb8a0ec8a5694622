// Compose: a scenario's form, rendered or polished; facts saved and loaded as YAML.
import { $, $$, api, busy, clearErrors, el, gotoScenario, picker, showError, T } from "./common.js";

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
  box.append(el("strong", { text: `${T.source}${T.colon}` }), source, ` · ${data.attempts} ${T.attempts}`);
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

initCompose();
