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
