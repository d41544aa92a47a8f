// Minutebook reading aids. Dressing only: every page works without them.
//  - Following a permalink (¶) copies its full URL to the clipboard and says so.
//  - Following a paragraph's permalink also shows how to cite that paragraph, built from
//    the Cite block of the minute it belongs to (text only: nothing is parsed as HTML).
//  - On narrow screens, the navigation drawer's button works from the keyboard (below).
(function () {
  "use strict";

  function announce(message) {
    var status = document.getElementById("mb-status");
    if (!status) {
      status = document.createElement("p");
      status.id = "mb-status";
      status.className = "mb-status";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = message;
  }

  function paragraphCite(paragraph, url) {
    var match = /^(minute-[^-]+(?:-[^-]+)*?)-([^-]+)$/.exec(paragraph.id);
    var block = match && document.getElementById("cite-" + match[1]);
    if (!block) return;
    var label = block.querySelector("summary").textContent.replace(/^Cite /, "");
    var where = label + ", paragraph " + match[2];
    var text = block.querySelector(".mb-cite-text").textContent;
    text = text.replace(label + ":", where + ":");
    text = text.slice(0, text.lastIndexOf(" ") + 1) + url;
    var csl = JSON.parse(block.querySelector("code").textContent);
    csl[0].id = paragraph.id;
    csl[0].title = csl[0].title.replace(/^([^:]*):/, "$1, paragraph " + match[2] + ":");
    csl[0].URL = url;

    var old = document.getElementById("cite-" + paragraph.id);
    if (old) old.remove();
    var details = document.createElement("details");
    details.id = "cite-" + paragraph.id;
    details.className = "mb-cite mb-cite-paragraph";
    details.open = true;
    var summary = document.createElement("summary");
    summary.textContent = "Cite " + where;
    var plain = document.createElement("p");
    plain.className = "mb-cite-text";
    plain.textContent = text;
    var pre = document.createElement("pre");
    pre.className = "mb-cite-csl";
    var code = document.createElement("code");
    code.textContent = JSON.stringify(csl);
    pre.appendChild(code);
    details.append(summary, plain, pre);
    paragraph.after(details);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.mb-permalink, a.headerlink");
    if (!link) return;
    var url = new URL(link.getAttribute("href"), window.location.href).href;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(
        function () { announce("Link copied: " + url); },
        function () { announce("Link: " + url); }
      );
    } else {
      announce("Link: " + url);
    }
    var paragraph = link.closest("p[id^='minute-']");
    if (paragraph) paragraphCite(paragraph, url);
  });
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
