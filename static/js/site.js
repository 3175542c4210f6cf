// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Move focus to the error summary so it is announced (autofocus does this too where supported).
    var summary = document.querySelector("[data-error-summary]");
    if (summary && document.activeElement !== summary) {
      summary.focus();
    }
    // "None of these" unticks the other boxes, and ticking another box unticks "none".
    document.querySelectorAll(".choices").forEach(function (group) {
      var boxes = group.querySelectorAll('input[type="checkbox"]');
      boxes.forEach(function (box) {
        box.addEventListener("change", function () {
          if (!box.checked) { return; }
          boxes.forEach(function (other) {
            if (other !== box && (box.hasAttribute("data-exclusive") || other.hasAttribute("data-exclusive"))) {
              other.checked = false;
            }
          });
        });
      });
    });
  });
})();
