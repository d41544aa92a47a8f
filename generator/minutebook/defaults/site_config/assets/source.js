// Source text pages: highlight the cited range of lines and bring it into view.
// "#L80" marks one line (CSS :target does that even without this script); "#L80-L96"
// marks lines 80 to 96. Dressing only: every line keeps its own anchor without it.
(function () {
  "use strict";

  function mark() {
    var old = document.querySelectorAll(".src-cited");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("src-cited");
    var match = /^#L(\d{1,7})(?:-L?(\d{1,7}))?$/.exec(window.location.hash);
    if (!match) return;
    var first = parseInt(match[1], 10);
    var last = match[2] ? parseInt(match[2], 10) : first;
    if (last < first) { var t = first; first = last; last = t; }
    last = Math.min(last, first + 100000);
    var start = null;
    for (var n = first; n <= last; n++) {
      var line = document.getElementById("L" + n);
      if (!line) break;
      line.classList.add("src-cited");
      if (!start) start = line;
    }
    if (start) start.scrollIntoView({ block: "start" });
  }

  window.addEventListener("hashchange", mark);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
})();
