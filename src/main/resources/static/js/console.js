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
  const invalid = document.querySelector('main [aria-invalid="true"]');
  if (invalid && !document.querySelector("[autofocus]")) { invalid.focus(); }
});
