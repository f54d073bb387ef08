// The cart page's forms post as they are; with script they post in the background and the figures change
// in place. The server answers JSON with the totals already formatted, so no price is computed here.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var page = document.querySelector("[data-cart]");
    if (!page) return;
    var status = page.querySelector("[data-cart-status]");

    function set(selector, text) {
      var el = page.querySelector(selector);
      if (el) el.textContent = text || "";
    }

    function apply(data) {
      if (data.discountKey !== undefined && data.discountKey !== page.getAttribute("data-discount-key")) { window.location.reload(); return; }
      set("[data-subtotal]", data.subtotal);
      set("[data-total]", data.total);
      set("[data-tax]", data.tax);
      var shipping = page.querySelector("[data-shipping]");
      if (shipping) shipping.textContent = data.shipping || shipping.getAttribute("data-free");
      (data.lines || []).forEach(function (line) {
        var row = page.querySelector('[data-line="' + line.variantId + '"]');
        if (!row) return;
        var total = row.querySelector("[data-line-total]");
        if (total) total.textContent = line.lineTotal;
        var note = row.querySelector("[data-line-message]");
        if (note) { note.textContent = line.message || ""; note.hidden = !line.message; }
      });
      page.querySelectorAll("[data-line]").forEach(function (row) {
        var id = Number(row.getAttribute("data-line"));
        if (!(data.lines || []).some(function (l) { return l.variantId === id; })) row.remove();
      });
      var checkout = page.querySelector("[data-checkout]");
      if (checkout) checkout.hidden = !data.canCheckout;
      var count = document.querySelector("[data-cart-count]");
      if (count) { count.textContent = data.count > 0 ? "(" + data.count + ")" : ""; count.hidden = data.count === 0; }
      if (data.count === 0) window.location.reload();
    }

    function send(form) {
      var body = new URLSearchParams(new FormData(form));
      status.textContent = "";
      fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          if (data.message) status.textContent = data.message;
          if (data.lines) apply(data);
        })
        .catch(function () { form.submit(); });
    }

    page.querySelectorAll("form[data-cart-form]").forEach(function (form) {
      form.addEventListener("submit", function (e) { e.preventDefault(); send(form); });
      var input = form.querySelector("input[name=quantity]");
      if (input) input.addEventListener("change", function () { send(form); });
    });
  });
})();
