// Catalog pages are cached for every shopper, so what differs per visitor is filled in here.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Filters apply as soon as a box or list changes; the Apply button still works without script.
    document.querySelectorAll("form[data-auto-submit]").forEach(function (form) {
      form.addEventListener("change", function (e) {
        if (e.target.matches("select, input[type=checkbox]")) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
      });
    });
    // On a phone the filters fold away so the products come first; on a wide screen they stay open.
    var narrow = window.matchMedia("(max-width: 48rem)");
    document.querySelectorAll("[data-filter-more]").forEach(function (panel) {
      panel.open = !narrow.matches;
      narrow.addEventListener("change", function () { panel.open = !narrow.matches; });
    });
    // Gallery: a thumbnail swaps the main picture.
    document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
      var main = gallery.querySelector("[data-gallery-main]");
      gallery.querySelectorAll("[data-gallery-thumb]").forEach(function (thumb) {
        thumb.addEventListener("click", function (e) {
          if (!main) return;
          e.preventDefault();
          main.src = thumb.getAttribute("data-gallery-thumb");
          main.alt = thumb.getAttribute("data-alt") || "";
          main.parentElement.href = thumb.href;
        });
      });
    });
    // Forms in cached HTML get their antiforgery token from /session.
    var forms = document.querySelectorAll("form[data-antiforgery]");
    if (forms.length === 0) return;
    fetch("/session", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s || !s.antiforgery) return;
        forms.forEach(function (form) {
          var input = document.createElement("input");
          input.type = "hidden";
          input.name = s.antiforgery.field;
          input.value = s.antiforgery.token;
          form.appendChild(input);
        });
      })
      .catch(function () { /* the form then fails validation with a clear message */ });
  });
})();
