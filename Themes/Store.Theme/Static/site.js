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

// On phones the category menu is a drawer behind a "Menu" button (without JavaScript the list stays open).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var menu = document.querySelector("[data-shop-menu]");
    var toggle = menu && menu.querySelector("[data-menu-toggle]");
    if (!toggle) return;
    var phone = window.matchMedia("(max-width: 48rem)");
    function setOpen(open) {
      menu.classList.toggle("open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }
    function fit() {
      toggle.hidden = !phone.matches;
      menu.classList.toggle("collapsible", phone.matches);
      if (!phone.matches) setOpen(false);
    }
    toggle.addEventListener("click", function () { setOpen(toggle.getAttribute("aria-expanded") !== "true"); });
    menu.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && menu.classList.contains("open")) { setOpen(false); toggle.focus(); }
    });
    phone.addEventListener("change", fit);
    fit();
  });
})();
