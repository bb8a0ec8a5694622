// Inbox: dropped messages or a folder triaged, most urgent first; a reply opened in the composer.
import { $, api, busy, clearErrors, el, gotoScenario, showError, T } from "./common.js";

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

initInbox();
