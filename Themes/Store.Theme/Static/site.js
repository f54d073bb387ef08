// Per-visitor bits stay out of cached HTML: the header asks /session for them after load.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    fetch("/session", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) return;
        var account = document.querySelector("[data-account-link]");
        if (account && s.signedIn && s.name) { account.textContent = s.name; }
        var count = document.querySelector("[data-cart-count]");
        if (count && s.cartCount > 0) { count.textContent = "(" + s.cartCount + ")"; count.hidden = false; }
      })
      .catch(function () { /* the page works without it */ });
  });
})();
