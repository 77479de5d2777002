// Small progressive enhancements for the console; every page works without them.
document.addEventListener("click", (event) => {
  const opener = event.target.closest("[data-open-dialog]");
  if (opener) {
    const dialog = document.getElementById(opener.dataset.openDialog);
    if (dialog) { event.preventDefault(); dialog.showModal(); }
  }
  const closer = event.target.closest("[data-close-dialog]");
  if (closer) { closer.closest("dialog").close(); }
  const confirmer = event.target.closest("[data-confirm]");
  if (confirmer && !window.confirm(confirmer.dataset.confirm)) { event.preventDefault(); }
});
document.addEventListener("change", (event) => {
  if (event.target.matches("[data-autosubmit]")) { event.target.form.submit(); }
});

// A form sent back with errors: put the focus on the first field to fix, so that keyboard and
// screen-reader users land on it and hear its message (aria-describedby) instead of the page top.
document.addEventListener("DOMContentLoaded", () => {
  const invalid = document.querySelector('main [aria-invalid="true"]') || document.querySelector("main [data-duplicate-choices]");
  if (invalid && !document.querySelector("[autofocus]")) { invalid.focus(); }
});

// A menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on the first
// item, ArrowUp on the last; arrows, Home and End move; Escape and Tab close it. Without this
// script the items stand as plain buttons.
document.querySelectorAll("[data-menu]").forEach((menu) => {
  const button = menu.querySelector("[data-menu-button]");
  const list = menu.querySelector("[data-menu-items]");
  const items = () => [...list.querySelectorAll("[role=menuitem]")];
  const open = (index) => {
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    const all = items();
    if (all.length) { all[(index + all.length) % all.length].focus(); }
  };
  const close = (focusButton) => {
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (focusButton) { button.focus(); }
  };
  button.hidden = false;
  list.hidden = true;
  items().forEach((item) => { item.tabIndex = -1; });
  button.addEventListener("click", () => (list.hidden ? open(0) : close(false)));
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") { event.preventDefault(); open(0); }
    if (event.key === "ArrowUp") { event.preventDefault(); open(-1); }
  });
  list.addEventListener("keydown", (event) => {
    const all = items();
    const at = all.indexOf(document.activeElement);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) { event.preventDefault(); all[(moves[event.key] + all.length) % all.length].focus(); }
    if (event.key === "Escape") { event.preventDefault(); close(true); }
    if (event.key === "Tab") { close(false); }
  });
  list.addEventListener("click", (event) => {
    if (event.target.closest("[data-open-dialog]")) { close(false); }
  });
  document.addEventListener("click", (event) => {
    if (!list.hidden && !menu.contains(event.target)) { close(false); }
  });
});

// An Undo is offered for a few seconds only: after that the action stands.
document.querySelectorAll("[data-undo]").forEach((undo) => {
  setTimeout(() => undo.remove(), 8000);
});
