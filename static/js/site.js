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
    // Dates: read the three boxes back in words as they are typed ("5 de febrero de 2027"),
    // in the sentence the server writes after a post (screening/wizard/date_input.py).
    document.querySelectorAll("[data-date-input]").forEach(function (group) {
      var out = document.getElementById(group.getAttribute("data-read-back-id"));
      var templates;
      try {
        templates = JSON.parse(group.getAttribute("data-read-back-templates"));
      } catch (error) {
        return;
      }
      if (!out || !templates || templates.length !== 12) { return; }
      var boxes = {};
      group.querySelectorAll("input[data-part]").forEach(function (box) {
        boxes[box.getAttribute("data-part")] = box;
      });
      if (!boxes.day || !boxes.month || !boxes.year) { return; }
      var number = function (box) {
        var text = box.value.trim();
        return /^[0-9]+$/.test(text) ? parseInt(text, 10) : NaN;
      };
      var update = function () {
        var day = number(boxes.day), month = number(boxes.month), year = number(boxes.year);
        var text = "";
        if (boxes.year.value.trim().length === 4 && year >= 1900 && year <= 2200 &&
            month >= 1 && month <= 12 && day >= 1 && day <= new Date(year, month, 0).getDate()) {
          text = templates[month - 1].replace("{day}", String(day)).replace("{year}", String(year));
        }
        if (out.textContent !== text) { out.textContent = text; }
      };
      Object.keys(boxes).forEach(function (part) {
        boxes[part].addEventListener("input", update);
      });
    });
  });
})();
