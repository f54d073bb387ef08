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
        markHearts(s.wishlist || []);
      })
      .catch(function () { /* the page works without it */ });
  });

  // The wishlist's hearts: cached HTML shows them all unsaved; /session says which products this visitor saved.
  // A saved heart posts to /wishlist/remove instead; a card's heart posts in place (without script, a plain form).
  function markHearts(saved) {
    document.querySelectorAll("[data-wishlist-heart]").forEach(function (form) {
      setHeart(form, form.querySelector("button"), saved.indexOf(Number(form.getAttribute("data-wishlist-heart"))) >= 0, "action");
    });
    document.querySelectorAll("[data-wishlist-product]").forEach(function (button) {
      setHeart(button, button, saved.indexOf(Number(button.getAttribute("data-wishlist-product"))) >= 0, "formaction");
    });
  }
  function setHeart(target, button, saved, attribute) {
    target.setAttribute(attribute, saved ? "/wishlist/remove" : "/wishlist/add");
    button.setAttribute("aria-pressed", saved ? "true" : "false");
  }
  document.addEventListener("submit", function (e) {
    var form = e.target.closest("form[data-wishlist-heart]");
    if (!form || !window.fetch) return;
    e.preventDefault();
    var button = form.querySelector("button");
    fetch(form.getAttribute("action"), { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(); return r.json(); })
      .then(function (result) { setHeart(form, button, result.saved, "action"); })
      .catch(function () { form.submit(); });
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
