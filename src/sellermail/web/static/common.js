// What every view of sellermail's page shares: the token, the interface text, the API call,
// errors beside their fields, the scenario picker. Every value is put into the page as text
// (textContent), never as HTML.

export const TOKEN = document.querySelector('meta[name="sellermail-token"]').content;
export const T = JSON.parse(document.getElementById("ui-text").textContent);
export const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

export function el(tag, props = {}, ...children) {
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
export async function api(path, data, { raw = false, method = "POST" } = {}) {
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
export function clearErrors(root) {
  for (const slot of $$("[data-error-for]", root)) slot.textContent = "";
  for (const field of $$(".invalid", root)) field.classList.remove("invalid");
}

export function showError(root, problem) {
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

export function busy(button, on) {
  button.disabled = on;
  button.classList.toggle("busy", on);
}

// The searchable scenario picker: the search box hides the options that do not match.
export function picker(root, onChange) {
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

export function gotoScenario(path, scenario) {
  const url = new URL(path, location.href);
  url.searchParams.set("scenario", scenario);
  location.assign(url.pathname + url.search);
}
