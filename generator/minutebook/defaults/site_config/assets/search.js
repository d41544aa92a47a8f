// Search dialog (partials/search.html) over Pagefind's index.
//
// Opens from the header button or the "/" key. On first use it imports Pagefind's search
// API (pagefind.js) from the site's own pagefind/ folder; the index itself arrives in
// small chunks, only those a query needs. The results and filters are drawn here rather
// than by Pagefind's ready-made UI (120 kB more) so that one search stays well under
// 300 kB and the controls are plain, labelled form fields. Paths come from the dialog's
// data-mb-base (Material's base_url), so the site can be served from any sub-path.
//
// Each result lists the places on the page where the words are: a place is the nearest
// element with an id before the matched words (a numbered paragraph, a minute, a heading),
// so a result lands on the paragraph, not on a heading thousands of pixels above it. The
// places are drawn from the result's words, anchors and matches (Pagefind's "custom sub
// results"), ranked by how many of the searched words each holds, then by their weight.
//
// The query and the filters live in the address (?q=...&year=...), so a search can be
// shared and a reload (or Back) restores it; the counts beside each filter value follow
// the query and the other filters.
//
// Indexed text is untrusted (it comes from the documents): result text is only ever set
// with textContent, and Pagefind's excerpt HTML is reduced to its text and <mark>s.
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var SECTIONS_SHOWN = 3;
  var EXCERPT_WORDS = 24;
  var QUERY_PARAM = "q";
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
  var totals = {}; // each filter value's count over the whole archive
  var results = [];
  var terms = [];
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
          totals = available || {};
          drawFilters(totals);
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
        option.setAttribute("data-mb-value", key);
        select.appendChild(option);
      });
      select.addEventListener("change", run);
      selects[name] = select;
      label.appendChild(caption);
      label.appendChild(select);
      filterBox.appendChild(label);
    });
  }

  // Each value's count: how many results choosing it would give with the words and the
  // other filters as they are ("Any" for its own filter).
  function showCounts(counts) {
    Object.keys(selects).forEach(function (name) {
      var values = counts[name] || {};
      Array.prototype.forEach.call(selects[name].options, function (option) {
        var key = option.getAttribute("data-mb-value");
        if (key === null) {
          return;
        }
        var n = values[key] || 0;
        option.textContent = key + " (" + n + ")";
        option.disabled = n === 0 && !option.selected;
      });
    });
  }

  // Pagefind counts each value as if added to the filters chosen; for a filter that has a
  // value chosen, its siblings are counted by a search without it.
  function countsFor(term, filters, search) {
    var counts = {};
    Object.keys(search.filters || {}).forEach(function (name) {
      counts[name] = search.filters[name];
    });
    return Promise.all(
      Object.keys(filters).map(function (name) {
        var others = {};
        Object.keys(filters).forEach(function (other) {
          if (other !== name) {
            others[other] = filters[other];
          }
        });
        if (!term && !Object.keys(others).length) {
          counts[name] = totals[name] || {};
          return null;
        }
        return pagefind.search(term || null, { filters: others }).then(function (found) {
          counts[name] = (found && found.filters && found.filters[name]) || {};
        });
      })
    ).then(function () {
      return counts;
    });
  }

  // The search in the address bar, so it can be shared and a reload restores it.
  function remember(term, filters) {
    var url = new URL(window.location.href);
    url.searchParams.delete(QUERY_PARAM);
    FILTERS.forEach(function (pair) {
      url.searchParams.delete(pair[0]);
    });
    if (term) {
      url.searchParams.set(QUERY_PARAM, term);
    }
    Object.keys(filters).forEach(function (name) {
      url.searchParams.set(name, filters[name]);
    });
    if (url.href !== window.location.href) {
      window.history.replaceState(window.history.state, "", url.href);
    }
  }

  function requested() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    FILTERS.forEach(function (pair) {
      var value = params.get(pair[0]);
      if (value) {
        filters[pair[0]] = value;
      }
    });
    var term = params.get(QUERY_PARAM) || "";
    return { term: term, filters: filters, any: !!term || !!Object.keys(filters).length };
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
    remember(term, filters);
    if (!term && !Object.keys(filters).length) {
      generation += 1;
      list.textContent = "";
      more.hidden = true;
      showCounts(totals);
      say("");
      return;
    }
    pagefind.debouncedSearch(term || null, { filters: filters }, 250).then(function (search) {
      if (!search) {
        return; // a newer query superseded this one
      }
      results = search.results;
      terms = words(term.toLowerCase());
      shown = 0;
      generation += 1;
      var counting = generation;
      countsFor(term, filters, search).then(function (counts) {
        if (counting === generation) {
          showCounts(counts);
        }
      });
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
    var found = places(data);
    // the part under the page's title (h1) is the page itself: no place of its own
    var sections = found.filter(function (place) {
      return place.anchor && place.anchor.element !== "h1";
    });
    if (sections.length) {
      var nested = document.createElement("ul");
      nested.className = "mb-result__sections";
      sections.slice(0, SECTIONS_SHOWN).forEach(function (place) {
        var entry = document.createElement("li");
        var href = data.url.split("#")[0] + "#" + place.anchor.id;
        entry.appendChild(link(href, place.title, "mb-result__section"));
        entry.appendChild(place.excerpt);
        nested.appendChild(entry);
      });
      item.appendChild(nested);
    } else if (found.length) {
      item.appendChild(found[0].excerpt);
    } else {
      item.appendChild(excerpt(data.excerpt, "mb-result__excerpt"));
    }
    return item;
  }

  // Lower-case words without their punctuation ("101;" -> "101").
  function words(text) {
    return text
      .split(/\s+/)
      .map(function (word) {
        return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      })
      .filter(Boolean);
  }

  // Which searched word a matched word stands for ("calls" for "call"), or the word itself
  // (Pagefind also matches stems); so a place holding all the words ranks first.
  function termOf(word) {
    var clean = words(word.toLowerCase())[0] || word;
    for (var i = 0; i < terms.length; i += 1) {
      var n = Math.min(terms[i].length, clean.length, 4);
      if (clean.slice(0, n) === terms[i].slice(0, n)) {
        return terms[i];
      }
    }
    return clean;
  }

  // The places on a page where the words are: each matched word belongs to the nearest
  // element with an id before it, titled by the nearest heading at or before that.
  function places(data) {
    var text = (data.content || "").split(/[\r\n\s]+/g);
    var anchors = (data.anchors || [])
      .filter(function (anchor) {
        return anchor.id;
      })
      .sort(function (a, b) {
        return a.location - b.location;
      });
    var byAnchor = {};
    var order = [];
    (data.weighted_locations || []).forEach(function (hit) {
      var index = -1;
      while (index + 1 < anchors.length && anchors[index + 1].location <= hit.location) {
        index += 1;
      }
      var key = String(index);
      if (!byAnchor[key]) {
        byAnchor[key] = { index: index, hits: [], terms: {}, score: 0 };
        order.push(key);
      }
      var place = byAnchor[key];
      place.hits.push(hit.location);
      place.terms[termOf(text[hit.location] || "")] = true;
      place.score += hit.balanced_score || hit.weight || 0;
    });
    var found = order.map(function (key) {
      var place = byAnchor[key];
      var anchor = place.index >= 0 ? anchors[place.index] : null;
      var start = anchor ? anchor.location : 0;
      var end = place.index + 1 < anchors.length ? anchors[place.index + 1].location : text.length;
      var heading = null;
      for (var i = place.index; i >= 0; i -= 1) {
        if (/^h[1-6]$/i.test(anchors[i].element) && anchors[i].text) {
          heading = anchors[i];
          break;
        }
      }
      return {
        anchor: anchor,
        title: heading ? heading.text.replace(/\s*¶\s*$/, "") : (data.meta || {}).title || "",
        distinct: Object.keys(place.terms).length,
        score: place.score,
        first: place.hits[0],
        excerpt: wordsAround(text, place.hits, start, end),
      };
    });
    found.sort(function (a, b) {
      return b.distinct - a.distinct || b.score - a.score || a.first - b.first;
    });
    return found;
  }

  // A few words of the place [start, end) around most of its hits, the hits marked.
  function wordsAround(text, hits, start, end) {
    var length = Math.min(EXCERPT_WORDS, Math.max(end - start, 1));
    var best = start;
    var most = -1;
    hits.forEach(function (hit) {
      var from = Math.max(start, Math.min(hit - 3, end - length));
      var count = hits.filter(function (other) {
        return other >= from && other < from + length;
      }).length;
      if (count > most) {
        most = count;
        best = from;
      }
    });
    var paragraph = document.createElement("p");
    paragraph.className = "mb-result__excerpt";
    var plain = best > start ? "… " : "";
    for (var at = best; at < best + length && at < end; at += 1) {
      if (hits.indexOf(at) !== -1) {
        paragraph.appendChild(document.createTextNode(plain));
        plain = "";
        var mark = document.createElement("mark");
        mark.textContent = text[at];
        paragraph.appendChild(mark);
        plain = " ";
      } else {
        plain += text[at] + " ";
      }
    }
    plain = plain.replace(/\s+$/, "");
    if (best + length < end) {
      plain += " …";
    }
    paragraph.appendChild(document.createTextNode(plain));
    return paragraph;
  }

  // `wanted`: a search from the address ({term, filters}) to restore once filters are drawn
  function open(wanted) {
    if (!dialog.open) {
      dialog.showModal();
      opener.setAttribute("aria-expanded", "true");
    }
    if (wanted) {
      input.value = wanted.term;
    }
    input.focus();
    input.select();
    start().then(function () {
      if (wanted) {
        Object.keys(wanted.filters).forEach(function (name) {
          if (selects[name]) {
            selects[name].value = wanted.filters[name];
          }
        });
      }
      run();
    });
  }

  opener.setAttribute("aria-expanded", "false");
  opener.addEventListener("click", function () {
    open(null);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  input.addEventListener("input", run);
  more.addEventListener("click", showMore);
  // What closing does (the address forgets the search, the button is told and takes the
  // focus back) happens as the dialog shuts, not in the "close" event, which the browser
  // fires a task later: a copy, a reload or a key pressed in between would see it open.
  function closed() {
    remember("", {}); // a closed search is not restored on reload
    opener.setAttribute("aria-expanded", "false");
    opener.focus();
  }
  function shut() {
    dialog.close();
    closed();
  }
  dialog.querySelector("[data-mb-search-close]").addEventListener("click", shut);
  dialog.addEventListener("cancel", function (event) {
    event.preventDefault(); // Escape: shut it here, so the focus returns at once
    shut();
  });
  dialog.addEventListener("close", closed); // any other way it closed
  dialog.addEventListener("click", function (event) {
    // a click on the backdrop (outside the dialog's box) closes it
    if (event.target === dialog) {
      shut();
      return;
    }
    // following a result to a place on the page already shown: close to show it
    var target = event.target.closest && event.target.closest("a[href]");
    if (target && target.pathname === window.location.pathname) {
      shut();
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
    open(null);
  });
  // an address carrying a search (shared, reloaded, or returned to) opens it again
  var wanted = requested();
  if (wanted.any) {
    open(wanted);
  }
})();
