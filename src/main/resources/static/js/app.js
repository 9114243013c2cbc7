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
