// htmx requests carry the CSRF token the server put in the page head.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// After a boosted navigation, move focus to the page's main content for screen readers.
document.addEventListener('htmx:afterSettle', function (event) {
  if (event.detail.boosted) {
    var main = document.getElementById('main');
    if (main) { main.focus({preventScroll: true}); }
  }
});
// On a phone the menu starts closed (one line), so the page's content is on the first screen;
// without JavaScript it simply stays open.
function closeMenuOnPhones(root) {
  if (!window.matchMedia('(max-width: 600px)').matches) { return; }
  (root || document).querySelectorAll('details.menu[open]').forEach(function (d) { d.removeAttribute('open'); });
}
document.addEventListener('DOMContentLoaded', function () { closeMenuOnPhones(document); });
document.addEventListener('htmx:load', function (event) { closeMenuOnPhones(event.target); });
// Back to a wide window: the menu's toggle is hidden there, so the menu must be open.
window.matchMedia('(max-width: 600px)').addEventListener('change', function (e) {
  if (!e.matches) { document.querySelectorAll('details.menu').forEach(function (d) { d.setAttribute('open', ''); }); }
});
// A boosted link or form that meets an error (403, 404, 413, …) shows the Chinese error page the server
// sent instead of silently doing nothing (htmx leaves 4xx/5xx answers unswapped by default).
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.boosted && event.detail.xhr.status >= 400) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
// A form that came back with errors: move focus to the error summary (GOV.UK pattern), so keyboard and
// screen-reader users start at the list of what to fix; each item links to its field.
function focusErrorSummary() {
  var summary = document.querySelector('.error-summary');
  if (summary) {
    if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
    summary.focus();
  }
}
document.addEventListener('DOMContentLoaded', focusErrorSummary);
document.addEventListener('htmx:afterSettle', focusErrorSummary);
