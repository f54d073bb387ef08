// An open order page follows its status live (server-sent events); without script, a reload shows it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var page = document.querySelector("[data-order]");
    if (!page || !window.EventSource) return;
    var status = page.querySelector("[data-order-status]");
    var history = page.querySelector("[data-order-history]");
    var cancel = page.querySelector("[data-order-cancel]");
    var pay = page.querySelector("[data-order-pay]");
    var source = new EventSource("/account/orders/" + encodeURIComponent(page.getAttribute("data-order")) + "/events");
    source.addEventListener("status", function (e) {
      var data = JSON.parse(e.data);
      if (status.textContent !== data.status) status.textContent = data.status;
      if (cancel) cancel.hidden = !data.canCancel;
      if (pay) pay.hidden = data.status !== "Pending";
      if (history && data.history) {
        history.innerHTML = "";
        data.history.forEach(function (h) {
          var li = document.createElement("li");
          li.textContent = h.atUtc.replace("T", " ").slice(0, 16) + " UTC: " + h.to + (h.note ? " (" + h.note + ")" : "");
          history.appendChild(li);
        });
      }
    });
  });
})();

// Checkout: choosing another address asks the server for that address's shipping and tax, as the
// "Update shipping and tax" button does without script.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var refresh = document.querySelector("[data-checkout-refresh]");
    if (!refresh) return;
    var form = refresh.form;
    form.querySelectorAll("input[name=Address]").forEach(function (radio) {
      radio.addEventListener("change", function () { refresh.click(); });
    });
    var country = form.querySelector("input[name=Country]");
    if (country) country.addEventListener("change", function () { if (country.value.trim().length === 2) refresh.click(); });
  });
})();
