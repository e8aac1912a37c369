// Re-run status: poll the small JSON endpoint while a re-check is queued or running,
// then reload the page to show the new result.  Text goes in with textContent only.
(function () {
  "use strict";
  var box = document.getElementById("rerun-status");
  if (!box || box.dataset.active !== "1") { return; }
  var url = box.dataset.url;
  function show(s) {
    box.className = "status " + s.status;
    box.querySelector(".rerun-label").textContent = s.label;
    box.querySelector(".rerun-message").textContent = s.message;
  }
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (s) {
        show(s);
        if (s.finished) { window.location.reload(); } else { window.setTimeout(poll, 1500); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
