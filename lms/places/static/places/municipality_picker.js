/* Narrows a grouped municipality <select> as you type (lms/places/widgets.py).
   Without this script the grouped <select> works as it is. Letters typed without ү, ө, ң, ё
   match names written with them, as in lms/text_folding.py. Options are rebuilt rather than
   hidden, because some phone browsers show hidden options anyway. */
(function () {
  "use strict";
  var FOLD = { "ү": "у", "ө": "о", "ң": "н", "ё": "е" };

  function fold(text) {
    return text.toLowerCase().replace(/[үөңё]/g, function (letter) { return FOLD[letter]; });
  }

  function setUp(box) {
    var select = box.querySelector("select");
    if (!select || box.hasAttribute("data-picker-ready")) { return; }
    box.setAttribute("data-picker-ready", "");
    var groups = [];
    var loose = [];
    Array.prototype.forEach.call(select.children, function (child) {
      if (child.tagName === "OPTGROUP") {
        groups.push({
          element: child,
          label: fold(child.label),
          options: Array.prototype.map.call(child.children, function (option) {
            return { element: option, text: fold(option.textContent) };
          })
        });
      } else {
        loose.push(child);
      }
    });

    var id = (select.id || select.name) + "_filter";
    var wrapper = document.createElement("p");
    wrapper.className = "municipality-picker__filter";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = box.getAttribute("data-filter-label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    input.setAttribute("aria-controls", select.id);
    wrapper.appendChild(label);
    wrapper.appendChild(input);
    box.insertBefore(wrapper, select);
    var status = document.createElement("p");
    status.className = "municipality-picker__status muted";
    status.setAttribute("aria-live", "polite");
    box.appendChild(status);

    var hits = [];

    function matches() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var found = 0;
      hits = [];
      var chosen = select.value;
      while (select.firstChild) { select.removeChild(select.firstChild); }
      loose.forEach(function (option) { select.appendChild(option); });
      groups.forEach(function (group) {
        while (group.element.firstChild) { group.element.removeChild(group.element.firstChild); }
        group.options.forEach(function (option) {
          var haystack = option.text + " " + group.label;
          var hit = words.every(function (word) { return haystack.indexOf(word) !== -1; });
          if (hit || option.element.value === chosen) {
            group.element.appendChild(option.element);
            if (hit) { found += 1; hits.push(option.element); }
          }
        });
        if (group.element.firstChild) { select.appendChild(group.element); }
      });
      select.value = chosen;
      status.textContent = words.length ? box.getAttribute("data-found-label") + " " + found : "";
      return found;
    }

    input.addEventListener("input", matches);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // Enter here narrows the list; it does not send the form
        if (input.value.trim() && hits.length === 1) {
          select.value = hits[0].value;
          select.dispatchEvent(new Event("change", { bubbles: true }));
        }
        select.focus();
      } else if (event.key === "ArrowDown") {
        event.preventDefault();
        select.focus();
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-municipality-picker]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
