// Minutebook reading aids. Dressing only: every page works without them.
//  - Following a permalink (¶) copies its full URL to the clipboard and says so in a note
//    under what was linked (never over it), which goes after NOTE_SECONDS or when dismissed.
//  - Following a paragraph's permalink also shows how to cite that paragraph, built from
//    the Cite block of the minute it belongs to (text only: nothing is parsed as HTML).
//  - Each citation gets a Copy button, and the day the reader accessed the page.
//  - Arriving at a paragraph of a minute, the minute's heading (sticky, minutebook.css)
//    stays in view above it, never over it.
//  - On narrow screens, the navigation drawer's button works from the keyboard (below).
(function () {
  "use strict";

  var NOTE_SECONDS = 5;

  // One live region for screen readers, there before anything is said in it.
  var status = document.createElement("p");
  status.id = "mb-status";
  status.className = "mb-sr";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  // A visible note placed after `after`: in the flow, so it covers nothing.
  function note(after, message) {
    var old = document.querySelector(".mb-note");
    if (old) old.remove();
    var box = document.createElement("p");
    box.className = "mb-note";
    var text = document.createElement("span");
    text.textContent = message;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "mb-note__close";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "×";
    box.append(text, close);
    after.after(box);
    status.textContent = message;
    var timer = window.setTimeout(dismiss, NOTE_SECONDS * 1000);
    function dismiss() {
      window.clearTimeout(timer);
      box.remove();
      if (status.textContent === message) status.textContent = "";
    }
    close.addEventListener("click", dismiss);
  }

  function copy(text, after, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { note(after, done); },
        function () { note(after, text); }
      );
    } else {
      note(after, text);
    }
  }

  function locale() {
    var og = document.querySelector('meta[property="og:locale"]');
    return (og && og.content.replace("_", "-")) || document.documentElement.lang || undefined;
  }

  // The day the reader accessed the page, in every citation and its CSL-JSON.
  function accessed(root) {
    var today = new Date();
    var said = today.toLocaleDateString(locale(), { day: "numeric", month: "long", year: "numeric" });
    root.querySelectorAll(".mb-cite-accessed").forEach(function (span) { span.textContent = said; });
    root.querySelectorAll(".mb-cite-csl code").forEach(function (code) {
      try {
        var csl = JSON.parse(code.textContent);
        csl[0].accessed = { "date-parts": [[today.getFullYear(), today.getMonth() + 1, today.getDate()]] };
        code.textContent = JSON.stringify(csl);
      } catch (error) { /* left as built */ }
    });
  }

  function copyButtons(root) {
    root.querySelectorAll(".mb-cite-text").forEach(function (text) {
      if (text.nextElementSibling && text.nextElementSibling.classList.contains("mb-cite-copy")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "mb-cite-copy";
      button.textContent = "Copy citation";
      text.after(button);
    });
  }

  // The Cite block a paragraph's citation is built from: its minute's, else the page's.
  function citeOf(paragraph) {
    var minute = paragraph.closest(".mb-minute");
    return (minute && minute.querySelector(".mb-head .mb-cite")) ||
      document.querySelector("details.mb-cite:not(.mb-cite-compact)");
  }

  // "paragraph 2" (minute-103-2 in minute 103), "question 3" (question-3), or null.
  function partOf(paragraph) {
    var question = /^question-(\d+)$/.exec(paragraph.id);
    if (question) return "question " + question[1];
    var minute = paragraph.closest(".mb-minute");
    var heading = minute && minute.querySelector(".mb-head h3[id]");
    if (heading && paragraph.id.indexOf(heading.id + "-") === 0) {
      return "paragraph " + paragraph.id.slice(heading.id.length + 1);
    }
    var last = /-(\d+[a-z]?)$/.exec(paragraph.id);
    return last ? "paragraph " + last[1] : null;
  }

  function paragraphCite(paragraph, url) {
    var block = citeOf(paragraph);
    if (!block) return null;
    var part = partOf(paragraph);
    if (!part) return null;
    var label = block.querySelector("summary").textContent.replace(/^Cite\s*/, "");
    var where = /^this /.test(label) ? part : label + ", " + part;
    var text = block.querySelector(".mb-cite-text").cloneNode(true);
    var cited = text.querySelector(".mb-cite-cited");
    if (cited) cited.textContent = cited.textContent + ", " + part;
    var link = text.querySelector(".mb-cite-url");
    if (link) link.textContent = url;
    var csl = JSON.parse(block.querySelector(".mb-cite-csl code").textContent);
    csl[0].id = paragraph.id;
    csl[0].title = /:/.test(csl[0].title)
      ? csl[0].title.replace(/^([^:]*):/, "$1, " + part + ":")
      : csl[0].title + ", " + part;
    csl[0].URL = url;

    var old = document.getElementById("cite-" + paragraph.id);
    if (old) old.remove();
    var details = document.createElement("details");
    details.id = "cite-" + paragraph.id;
    details.className = "mb-cite mb-cite-paragraph";
    details.open = true;
    var summary = document.createElement("summary");
    summary.textContent = "Cite " + where;
    var format = document.createElement("p");
    format.className = "mb-cite-format";
    format.textContent = "CSL-JSON:";
    var pre = document.createElement("pre");
    pre.className = "mb-cite-csl";
    var code = document.createElement("code");
    code.textContent = JSON.stringify(csl);
    pre.appendChild(code);
    details.append(summary, text, format, pre);
    copyButtons(details);
    paragraph.after(details);
    return details;
  }

  // What a note about a link goes after: the paragraph's citation, else the linked block.
  function blockOf(link) {
    var head = link.closest(".mb-head");
    return head || link.closest("p, h1, h2, h3, h4, h5, h6, li, td") || link;
  }

  // Arriving at a paragraph of a minute: it shows below the minute's sticky heading.
  function clearHeading() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var minute = target && target.closest(".mb-minute");
    var head = minute && minute.querySelector(".mb-head");
    if (!head || head.contains(target)) return;
    var gap = head.getBoundingClientRect().bottom + 8 - target.getBoundingClientRect().top;
    if (gap > 0) window.scrollBy(0, -gap);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.mb-cite-copy");
    if (button) {
      var text = button.previousElementSibling.textContent.replace(/\s+/g, " ").trim();
      copy(text, button, "Citation copied: " + text);
      return;
    }
    var link = event.target.closest && event.target.closest("a.mb-permalink, a.headerlink");
    if (!link) return;
    var url = new URL(link.getAttribute("href"), window.location.href).href;
    var paragraph = link.closest("p[id]");
    var cite = paragraph && paragraphCite(paragraph, url);
    copy(url, cite || blockOf(link), "Link copied: " + url);
    window.setTimeout(clearHeading, 0);
  });

  accessed(document);
  // A citation's Copy button is added as its block opens: a closed block holds nothing a
  // keyboard could reach.
  document.addEventListener("toggle", function (event) {
    var block = event.target;
    if (block.matches && block.matches("details.mb-cite") && block.open) copyButtons(block);
  }, true);
  window.addEventListener("hashchange", function () { window.setTimeout(clearHeading, 0); });
  window.addEventListener("load", function () { window.setTimeout(clearHeading, 0); });
})();

/* Minutebook: keyboard access to the navigation drawer on narrow screens.
 *
 * Material opens its drawer with a <label> for a hidden checkbox, which a keyboard cannot
 * reach or press; and minutebook.css takes the closed drawer's links out of the Tab order
 * (they are off screen). partials/header.html adds a real <button> beside the label; this
 * shows it instead of the label, keeps its aria-expanded true to the drawer, and when it is
 * pressed from the keyboard moves focus to the drawer's first link. Escape in the drawer
 * closes it and returns to the button. Without this script the label works as before.
 */
(function () {
  "use strict";
  var toggle = document.getElementById("__drawer");
  var label = document.querySelector('label.md-header__button[for="__drawer"]');
  var button = document.querySelector(".mb-drawer-button");
  var drawer = document.querySelector(".md-sidebar--primary");
  if (!toggle || !label || !button || !drawer) {
    return;
  }
  drawer.id = drawer.id || "mb-drawer";
  label.hidden = true;
  button.hidden = false;
  var update = function () {
    button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
  };
  update();
  toggle.addEventListener("change", update);
  button.addEventListener("click", function (event) {
    label.click();
    update();
    var first = toggle.checked && event.detail === 0 && drawer.querySelector("a[href]");
    if (first) {
      first.focus();
    }
  });
  drawer.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked) {
      label.click();
      update();
      button.focus();
    }
  });
})();

/* Minutebook: the light/dark button (partials/header.html).
 *
 * The header's inline script has already set the scheme (the reader's stored choice, else
 * the system's). This shows the button, says whether the dark scheme is on (aria-pressed),
 * switches and remembers the choice on this site; until the reader chooses, the page
 * follows the system's setting as it changes.
 */
(function () {
  "use strict";
  var button = document.querySelector(".mb-scheme-button");
  if (!button) {
    return;
  }
  var key = "minutebook.scheme";
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var stored = function () {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  };
  var apply = function (scheme) {
    document.body.setAttribute("data-md-color-scheme", scheme);
    button.setAttribute("aria-pressed", scheme === "slate" ? "true" : "false");
  };
  apply(document.body.getAttribute("data-md-color-scheme") === "slate" ? "slate" : "default");
  button.hidden = false;
  button.addEventListener("click", function () {
    var scheme = button.getAttribute("aria-pressed") === "true" ? "default" : "slate";
    apply(scheme);
    try {
      window.localStorage.setItem(key, scheme);
    } catch (error) {
      /* storage refused: the choice lasts for this page only */
    }
  });
  if (media && media.addEventListener) {
    media.addEventListener("change", function (event) {
      var choice = stored();
      if (choice !== "slate" && choice !== "default") {
        apply(event.matches ? "slate" : "default");
      }
    });
  }
})();
