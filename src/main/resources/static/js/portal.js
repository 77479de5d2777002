// The portal's menu on a phone: folded behind its button, opened and closed by it or by Esc.
// Without this script the button stays hidden and the menu stays open (portal.css).
document.addEventListener("DOMContentLoaded", () => {
  const header = document.querySelector("[data-collapsing-menu]");
  const toggle = header && header.querySelector(".menu-toggle");
  if (!toggle) { return; }
  const menu = document.getElementById(toggle.getAttribute("aria-controls"));
  const show = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("open", open);
  };
  header.classList.add("menu-folds");
  toggle.addEventListener("click", () => show(toggle.getAttribute("aria-expanded") !== "true"));
  header.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") { show(false); toggle.focus(); }
  });
});
