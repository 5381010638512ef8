// newslint serve: the desk's page. The server lints and draws the highlighted story (the same
// renderer as --format html); this script only sends the story, lists the findings, applies
// fixes and moves between findings. Offsets are asked for in UTF-16 units, as JavaScript counts.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const story = $("story"), view = $("view"), list = $("findings"), status = $("status");
  const state = { text: "", path: "story.txt", result: null, selected: -1, busy: false };

  function say(message, problem) {
    status.textContent = message;
    status.classList.toggle("problem", Boolean(problem));
  }

  async function call(url, options) {
    const response = await fetch(url, options);
    const kind = response.headers.get("content-type") || "";
    const body = kind.includes("json") ? await response.json() : { error: await response.text() };
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function post(url, payload) {
    return call(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
  }

  function pathFor(format) {
    const base = state.path.replace(/\.[^./\\]*$/, "") || "story";
    return base + "." + format;
  }

  function formatOf(path) {
    const suffix = (path.match(/\.([^./\\]+)$/) || ["", "txt"])[1].toLowerCase();
    if (suffix === "md" || suffix === "markdown") return "md";
    if (suffix === "html" || suffix === "htm") return "html";
    return "txt";
  }

  // state.text is the story; typing replaces it (a textarea gives LF line breaks), while a file
  // opened and not edited keeps its own (CRLF stays CRLF in the download).
  function storyText() {
    return state.text;
  }

  async function run(action) {
    if (state.busy) return;
    state.busy = true;
    setButtons();
    try {
      await action();
    } catch (error) {
      say(error.message, true);
    } finally {
      state.busy = false;
      setButtons();
    }
  }

  function check() {
    return run(async () => {
      const text = storyText();
      if (!text.trim()) { say("Nothing to check: paste a story first.", true); return; }
      say("Checking…");
      show(await post("api/v1/check", { text, path: state.path, offsets: "utf16", render: true }));
    });
  }

  function fixAllSafe() {
    return run(async () => {
      say("Fixing…");
      const result = await post("api/v1/fix", { text: storyText(), path: state.path, offsets: "utf16", render: true });
      state.text = result.text;
      story.value = result.text;
      show(result, result.fixes ? `Applied ${result.fixes} safe fix${result.fixes === 1 ? "" : "es"}. ` : "No safe fixes to apply. ");
    });
  }

  function applyFix(index) {
    const d = state.result && state.result.diagnostics[index];
    if (!d || !d.fix) return Promise.resolve();
    return run(async () => {
      let text = storyText();
      const edits = d.fix.edits.slice().sort((a, b) => b.offset - a.offset);
      for (const edit of edits) text = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.length);
      state.text = text;
      story.value = text;
      show(await post("api/v1/check", { text, path: state.path, offsets: "utf16", render: true }), `Fixed ${d.code}. `);
    });
  }

  function summary(s) {
    if (!s.diagnostics) return "All clear: no findings.";
    const parts = ["error", "warning", "info"].filter((k) => s[k]).map((k) => `${s[k]} ${k}${s[k] === 1 || k === "info" ? "" : "s"}`);
    return `${s.diagnostics} finding${s.diagnostics === 1 ? "" : "s"} (${parts.join(", ")})`;
  }

  function show(result, prefix) {
    state.result = result;
    state.selected = -1;
    view.innerHTML = result.html;  // drawn and escaped by the server's shared renderer
    story.hidden = true;
    view.hidden = false;
    $("edit").hidden = false;
    list.replaceChildren(...result.diagnostics.map(item));
    $("count").textContent = `(${result.diagnostics.length})`;
    const notices = result.notices && result.notices.length ? " " + result.notices.join("; ") : "";
    say((prefix || "") + summary(result.summary) + notices);
    if (result.diagnostics.length) select(0, false);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function item(d, index) {
    const li = element("li", `finding nl-${d.severity}`);
    li.dataset.index = String(index);
    const head = element("div");
    head.append(element("span", `nl-sev nl-${d.severity}`, d.severity), element("span", "code", d.code),
                element("span", "where", `line ${d.line}, column ${d.column}`));
    li.append(head, element("div", "message", d.message));
    if (d.suggestions.length && !d.message.includes(d.suggestions[0])) {
      li.append(element("div", "suggestion", "Suggestion: " + d.suggestions.slice(0, 3).join(", ")));
    }
    const actions = element("div", "actions");
    if (d.fix) {
      const label = (d.fix.title || "Apply fix") + (d.fix.applicability === "safe" ? "" : ` (${d.fix.applicability})`);
      const button = element("button", "fix", "Fix: " + label);
      button.addEventListener("click", (event) => { event.stopPropagation(); applyFix(index); });
      actions.append(button);
    }
    const explain = element("button", "explain-button", "Explain");
    explain.addEventListener("click", (event) => { event.stopPropagation(); toggleExplain(index); });
    actions.append(explain);
    li.append(actions);
    li.addEventListener("click", () => select(index, true));
    return li;
  }

  async function toggleExplain(index) {
    const li = list.children[index];
    const open = li.querySelector(".explain");
    if (open) { open.remove(); return; }
    const box = element("pre", "explain", "Loading…");
    li.append(box);
    try {
      const code = state.result.diagnostics[index].code;
      box.textContent = (await call("api/v1/rules/" + encodeURIComponent(code))).explain;
    } catch (error) {
      box.textContent = error.message;
    }
  }

  function marksOf(index) {
    return Array.from(view.querySelectorAll(".nl-mark")).filter((m) => m.dataset.f.split(" ").includes(String(index)));
  }

  function select(index, scroll) {
    const count = state.result ? state.result.diagnostics.length : 0;
    if (!count) return;
    index = (index + count) % count;
    for (const m of view.querySelectorAll(".nl-selected")) m.classList.remove("nl-selected");
    for (const li of list.querySelectorAll(".selected")) li.classList.remove("selected");
    state.selected = index;
    const marks = marksOf(index);
    for (const m of marks) m.classList.add("nl-selected");
    const li = list.children[index];
    li.classList.add("selected");
    if (scroll) {
      li.scrollIntoView({ block: "nearest" });
      const anchor = document.getElementById("f" + index);
      if (anchor) anchor.scrollIntoView({ block: "center" });
    }
  }

  function download() {
    const name = "fixed-" + state.path.replace(/^.*[\\/]/, "").replace(/\.docx$/i, ".txt");
    const link = element("a");
    link.href = URL.createObjectURL(new Blob([storyText()], { type: "text/plain;charset=utf-8" }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  function edit() {
    story.value = state.text;
    story.hidden = false;
    view.hidden = true;
    $("edit").hidden = true;
    story.focus();
  }

  async function openFile(file) {
    const form = new FormData();
    form.append("file", file, file.name);
    await run(async () => {
      say("Opening " + file.name + "…");
      const result = await call("api/v1/open", { method: "POST", body: form });
      state.text = result.text;
      state.path = result.path;
      story.value = result.text;
      $("format").value = formatOf(result.path);
      edit();
      say("Opened " + result.path + (result.notices.length ? " (" + result.notices.join("; ") + ")" : "") + ".");
    });
    check();
  }

  function setButtons() {
    const ready = Boolean(state.result) && !state.busy;
    $("check").disabled = state.busy;
    $("fix-all").disabled = !ready;
    $("download").disabled = !ready;
  }

  view.addEventListener("click", (event) => {
    const mark = event.target.closest(".nl-mark");
    if (mark) select(Number(mark.dataset.f.split(" ")[0]), true);
  });
  story.addEventListener("input", () => { state.text = story.value; });
  $("check").addEventListener("click", check);
  $("fix-all").addEventListener("click", fixAllSafe);
  $("download").addEventListener("click", download);
  $("edit").addEventListener("click", edit);
  $("format").addEventListener("change", (event) => { state.path = pathFor(event.target.value); });
  $("open").addEventListener("change", (event) => { if (event.target.files[0]) openFile(event.target.files[0]); event.target.value = ""; });
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") { event.preventDefault(); check(); return; }
    const typing = ["TEXTAREA", "INPUT", "SELECT"].includes(event.target.tagName);
    if (typing || event.ctrlKey || event.metaKey || event.altKey || !state.result) return;
    const keys = { n: 1, j: 1, p: -1, k: -1 };
    if (event.key in keys) { event.preventDefault(); select(state.selected + keys[event.key], true); }
    else if (event.key === "f" && state.selected >= 0) { event.preventDefault(); applyFix(state.selected); }
    else if (event.key === "e" && state.selected >= 0) { event.preventDefault(); toggleExplain(state.selected); }
  });
  setButtons();
})();
