// Search dialog (partials/search.html) over Pagefind's index.
//
// Opens from the header button or the "/" key. On first use it imports Pagefind's search
// API (pagefind.js) from the site's own pagefind/ folder; the index itself arrives in
// small chunks, only those a query needs. The results and filters are drawn here rather
// than by Pagefind's ready-made UI (120 kB more) so that one search stays well under
// 300 kB and the controls are plain, labelled form fields. Paths come from the dialog's
// data-mb-base (Material's base_url), so the site can be served from any sub-path.
//
// Indexed text is untrusted (it comes from the documents): result text is only ever set
// with textContent, and Pagefind's excerpt HTML is reduced to its text and <mark>s.
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var SECTIONS_SHOWN = 3;
  var FILTERS = [
    ["body", "Body"],
    ["year", "Year"],
    ["kind", "Kind"],
    ["person", "Person"],
  ];
  var META_SHOWN = ["meeting", "item", "date", "body"];

  var dialog = document.getElementById("mb-search");
  var opener = document.querySelector("[data-mb-search-open]");
  if (!dialog || !opener || typeof dialog.showModal !== "function") {
    return;
  }
  var form = dialog.querySelector("[data-mb-search-form]");
  var input = dialog.querySelector("[data-mb-search-input]");
  var filterBox = dialog.querySelector("[data-mb-search-filters]");
  var status = dialog.querySelector("[data-mb-search-status]");
  var list = dialog.querySelector("[data-mb-search-results]");
  var more = dialog.querySelector("[data-mb-search-more]");
  var base = dialog.getAttribute("data-mb-base") || ".";
  // absolute paths of the site root and of the index, e.g. "/" and "/pagefind/"
  var root = new URL(base.replace(/\/?$/, "/"), window.location.href).pathname;
  var bundle = root + "pagefind/";
  var pagefind = null;
  var loading = null;
  var selects = {};
  var results = [];
  var shown = 0;
  var generation = 0; // of the list shown: results of an older query are dropped

  function say(message) {
    status.textContent = message;
  }

  function start() {
    if (!loading) {
      say("Loading search…");
      loading = import(bundle + "pagefind.js")
        .then(function (module) {
          pagefind = module;
          return pagefind.options({ baseUrl: root, excerptLength: 24 });
        })
        .then(function () {
          return pagefind.filters();
        })
        .then(function (available) {
          drawFilters(available || {});
          say("");
        })
        .catch(function () {
          loading = null;
          say(
            "Search is not available: its index was not found. It is written by " +
              "`minutebook build` (a `minutebook serve` preview has none)."
          );
        });
    }
    return loading;
  }

  function drawFilters(available) {
    filterBox.textContent = "";
    FILTERS.forEach(function (pair) {
      var name = pair[0];
      var values = available[name] || {};
      var keys = Object.keys(values).sort(function (a, b) {
        return name === "year" ? b.localeCompare(a) : a.localeCompare(b);
      });
      if (!keys.length) {
        return;
      }
      var label = document.createElement("label");
      label.className = "mb-search__filter";
      var caption = document.createElement("span");
      caption.textContent = pair[1];
      var select = document.createElement("select");
      select.name = name;
      var any = document.createElement("option");
      any.value = "";
      any.textContent = "Any";
      select.appendChild(any);
      keys.forEach(function (key) {
        var option = document.createElement("option");
        option.value = key;
        option.textContent = key + " (" + values[key] + ")";
        select.appendChild(option);
      });
      select.addEventListener("change", run);
      selects[name] = select;
      label.appendChild(caption);
      label.appendChild(select);
      filterBox.appendChild(label);
    });
  }

  function chosenFilters() {
    var chosen = {};
    Object.keys(selects).forEach(function (name) {
      if (selects[name].value) {
        chosen[name] = selects[name].value;
      }
    });
    return chosen;
  }

  function run() {
    if (!pagefind) {
      return;
    }
    var term = input.value.trim();
    var filters = chosenFilters();
    if (!term && !Object.keys(filters).length) {
      list.textContent = "";
      more.hidden = true;
      say("");
      return;
    }
    pagefind.debouncedSearch(term || null, { filters: filters }, 250).then(function (search) {
      if (!search) {
        return; // a newer query superseded this one
      }
      results = search.results;
      shown = 0;
      generation += 1;
      list.textContent = "";
      var count = results.length;
      var what = term ? " for “" + term + "”" : "";
      var narrowed = Object.keys(filters).map(function (name) {
        return filters[name];
      });
      if (narrowed.length) {
        what += " in " + narrowed.join(", ");
      }
      // said once the first results are drawn, so the count and the list agree
      showMore().then(function () {
        say((count === 0 ? "No results" : count === 1 ? "1 result" : count + " results") + what);
      });
    });
  }

  function showMore() {
    var page = results.slice(shown, shown + PAGE_SIZE);
    shown += page.length;
    more.hidden = shown >= results.length;
    var drawing = generation;
    return Promise.all(
      page.map(function (result) {
        return result.data();
      })
    ).then(function (pages) {
      if (drawing !== generation) {
        return;
      }
      pages.forEach(function (data) {
        list.appendChild(drawResult(data));
      });
    });
  }

  // Pagefind's excerpt is HTML with <mark> around the hits: keep its text and marks only.
  function excerpt(html, className) {
    var paragraph = document.createElement("p");
    paragraph.className = className;
    var parsed = new DOMParser().parseFromString("<body>" + html, "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  function link(href, text, className) {
    var a = document.createElement("a");
    a.href = href;
    a.className = className;
    a.textContent = text;
    return a;
  }

  function drawResult(data) {
    var meta = data.meta || {};
    var item = document.createElement("li");
    item.className = "mb-result";
    item.appendChild(link(data.url, meta.title || data.url, "mb-result__title"));
    // the meeting, item, date and body a hit belongs to, each unless already said; the
    // meeting and item link to their place on the meeting's page
    var said = meta.title || "";
    var line = document.createElement("p");
    line.className = "mb-result__meta";
    META_SHOWN.forEach(function (key) {
      var value = meta[key];
      if (!value || said.indexOf(value) !== -1) {
        return;
      }
      said += " " + value;
      if (line.childNodes.length) {
        line.appendChild(document.createTextNode(" · "));
      }
      var text = key === "item" ? "Item " + value : value;
      var href = meta[key + "_url"];
      line.appendChild(
        href
          ? link(root + href.replace(/^\//, ""), text, "mb-result__" + key)
          : document.createTextNode(text)
      );
    });
    if (line.childNodes.length) {
      item.appendChild(line);
    }
    var sections = (data.sub_results || []).filter(function (sub) {
      // a section under a heading of the page; the part under the page's title (h1) is
      // the page itself
      return sub.anchor && sub.anchor.element !== "h1" && sub.url.indexOf("#") !== -1;
    });
    if (sections.length) {
      var nested = document.createElement("ul");
      nested.className = "mb-result__sections";
      sections.slice(0, SECTIONS_SHOWN).forEach(function (sub) {
        var entry = document.createElement("li");
        entry.appendChild(link(sub.url, sub.title, "mb-result__section"));
        entry.appendChild(excerpt(sub.excerpt, "mb-result__excerpt"));
        nested.appendChild(entry);
      });
      item.appendChild(nested);
    } else {
      item.appendChild(excerpt(data.excerpt, "mb-result__excerpt"));
    }
    return item;
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
      opener.setAttribute("aria-expanded", "true");
    }
    input.focus();
    input.select();
    start().then(run);
  }

  opener.setAttribute("aria-expanded", "false");
  opener.addEventListener("click", open);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", run);
  more.addEventListener("click", showMore);
  dialog.querySelector("[data-mb-search-close]").addEventListener("click", function () {
    dialog.close();
  });
  dialog.addEventListener("close", function () {
    opener.setAttribute("aria-expanded", "false");
    opener.focus();
  });
  dialog.addEventListener("click", function (event) {
    // a click on the backdrop (outside the dialog's box) closes it
    if (event.target === dialog) {
      dialog.close();
      return;
    }
    // following a result to a place on the page already shown: close to show it
    var target = event.target.closest && event.target.closest("a[href]");
    if (target && target.pathname === window.location.pathname) {
      dialog.close();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || dialog.open) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    event.preventDefault();
    open();
  });
})();
