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

// The header's menus: the phone's Menu button and the Settings disclosure. Each button says
// whether its part is open (aria-expanded); Esc closes it and gives the focus back to the button,
// and so do a click or the focus going elsewhere.
const header = document.querySelector("header.top[data-console-header]");
// The phone's menu is shown by the stylesheet from aria-expanded (on a wide screen it always shows).
const setOpen = (button, open) => {
  button.setAttribute("aria-expanded", String(open));
  if (!button.matches("[data-menu-toggle]")) {
    document.getElementById(button.getAttribute("aria-controls")).hidden = !open;
  }
};
if (header) {
  header.classList.add("enhanced");
  const toggles = [...header.querySelectorAll("[data-menu-toggle], [data-disclosure] > button")];
  toggles.filter((b) => b.matches("[data-disclosure] > button")).forEach((b) => setOpen(b, false));
  header.addEventListener("click", (event) => {
    const button = event.target.closest("[data-menu-toggle], [data-disclosure] > button");
    if (button) { setOpen(button, button.getAttribute("aria-expanded") !== "true"); }
  });
  header.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") { return; }
    const disclosure = event.target.closest("[data-disclosure]");
    const open = disclosure ? disclosure.querySelector("button")
      : toggles.find((b) => b.matches("[data-menu-toggle]") && b.getAttribute("aria-expanded") === "true"
        && b.offsetParent !== null);
    if (open && open.getAttribute("aria-expanded") === "true") { setOpen(open, false); open.focus(); }
  });
  document.addEventListener("click", (event) => {
    header.querySelectorAll("[data-disclosure]").forEach((d) => {
      if (!d.contains(event.target)) { setOpen(d.querySelector("button"), false); }
    });
  });
  header.addEventListener("focusout", (event) => {
    const disclosure = event.target.closest("[data-disclosure]");
    if (disclosure && event.relatedTarget && !disclosure.contains(event.relatedTarget)) {
      setOpen(disclosure.querySelector("button"), false);
    }
  });
}

// The global search: a combobox whose listbox htmx fills as staff type. Arrow keys move through
// the suggestions (the focus stays in the box, aria-activedescendant says where), Enter opens the
// one chosen or, with none chosen, the results page; Esc closes the list.
const search = document.getElementById("global-search");
if (search) {
  const list = document.getElementById(search.getAttribute("aria-controls"));
  const options = () => [...list.querySelectorAll("[role=option]")];
  const show = (open) => {
    list.hidden = !open;
    search.setAttribute("aria-expanded", String(open));
    if (!open) { choose(null); }
  };
  const choose = (option) => {
    options().forEach((o) => o.setAttribute("aria-selected", String(o === option)));
    if (option) { search.setAttribute("aria-activedescendant", option.id); option.scrollIntoView({block: "nearest"}); }
    else { search.removeAttribute("aria-activedescendant"); }
  };
  list.addEventListener("htmx:afterSwap", () => show(options().length > 0 && search.value.trim() !== ""));
  search.addEventListener("input", () => { if (search.value.trim() === "") { show(false); } });
  search.addEventListener("keydown", (event) => {
    const all = options();
    const current = all.findIndex((o) => o.getAttribute("aria-selected") === "true");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (all.length === 0) { return; }
      event.preventDefault();
      if (list.hidden) { show(true); }
      const step = event.key === "ArrowDown" ? 1 : -1;
      choose(all[(current + step + all.length) % all.length] || all[0]);
    } else if (event.key === "Enter" && current >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.assign(all[current].href);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      show(false);
    }
  });
  search.addEventListener("blur", () => setTimeout(() => {
    if (!list.contains(document.activeElement)) { show(false); }
  }, 150));
}

// Rows of a form (the contact's phones and addresses): add one (a blank copy of the last), remove
// one, move one up or to the top; then number the rows again, so that "phones[2].number" is the
// third row on the screen and the first is the primary phone. Without this script the form
// offers one empty row to fill in.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-row-add], [data-row-remove], [data-row-up], [data-row-first]");
  const group = button && button.closest("[data-rows]");
  if (!group) { return; }
  const list = group.querySelector("[data-row-list]");
  const rows = () => [...list.querySelectorAll(":scope > [data-row]")];
  const row = button.closest("[data-row]");
  if (button.matches("[data-row-add]") && rows().length < Number(group.dataset.max)) {
    const copy = rows().at(-1).cloneNode(true);
    copy.querySelectorAll("input, textarea").forEach((field) => { field.value = ""; field.removeAttribute("aria-invalid"); });
    copy.querySelectorAll(".field-error").forEach((error) => { error.textContent = ""; });
    copy.querySelectorAll(".invalid").forEach((field) => field.classList.remove("invalid"));
    copy.classList.remove("invalid");
    list.append(copy);
  } else if (button.matches("[data-row-remove]")) {
    if (rows().length > 1) { row.remove(); } else { row.querySelectorAll("input, textarea").forEach((f) => { f.value = ""; }); }
  } else if (button.matches("[data-row-up]") && row.previousElementSibling) {
    list.insertBefore(row, row.previousElementSibling);
  } else if (button.matches("[data-row-first]")) {
    list.prepend(row);
  }
  rows().forEach((each, index) => {
    const number = (text) => text.replace(/(\w+)\[\d+\]/g, `$1[${index}]`);
    each.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach((element) => {
      ["name", "id", "for", "aria-describedby"].filter((a) => element.hasAttribute(a))
        .forEach((a) => element.setAttribute(a, number(element.getAttribute(a))));
    });
    each.querySelectorAll("[data-label]").forEach((label) => {
      label.textContent = label.dataset.label.replace("{n}", index + 1);
    });
  });
});
