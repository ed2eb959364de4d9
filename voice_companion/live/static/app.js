// The live page: renders the server's view; controls and searches go back as POSTs.
// No framework, no external assets, textContent only (never HTML from the call).
(function () {
  "use strict";
  var token = new URLSearchParams(location.search).get("token") || document.body.dataset.token;
  var view = null;
  var seq = -1;
  var source = null;
  var retryTimer = null;
  var choice = 0;            // 0: the suggestion itself; 1..n: an alternative
  var suggestionKey = null;  // resets the choice when a new suggestion arrives
  var pttActive = false;
  var pttKeys = [" "];
  var expanded = false;
  var $ = function (id) { return document.getElementById(id); };

  // For the benchmark and tests: when each message arrived (bounded).
  window.__live = { arrivals: [], rendered: 0 };

  function api(path, body) {
    return fetch(path + "?token=" + encodeURIComponent(token), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {}),
      cache: "no-store",
    }).then(function (r) { return r.json().catch(function () { return { ok: false }; }); })
      .catch(function () { return { ok: false, message: "De pagina heeft even geen verbinding." }; });
  }

  // -- connection --------------------------------------------------------------
  function connect() {
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    if (source) { source.close(); }
    source = new EventSource("/events?token=" + encodeURIComponent(token));
    source.addEventListener("open", function () { setConnection(true); });
    source.addEventListener("state", function (e) {
      var data = JSON.parse(e.data);
      note(data, "state");
      if (data.seq < seq) { return; }
      seq = data.seq;
      view = data;
      render();
    });
    source.addEventListener("partial", function (e) {
      var data = JSON.parse(e.data);
      note(data, "partial");
      if (data.seq < seq) { return; }
      seq = data.seq;
      if (view) { view.partial = data.text; }
      $("partial").textContent = data.text || "";
    });
    source.addEventListener("error", function () {
      setConnection(false);
      if (source.readyState === EventSource.CLOSED) {
        retryTimer = setTimeout(connect, 1000);  // the browser gave up: try again ourselves
      }
    });
  }

  function note(data, kind) {
    var a = window.__live.arrivals;
    a.push({ seq: data.seq, kind: kind, sent: data.sent || null,
             at: performance.timeOrigin + performance.now(),
             last: data.last || null });
    if (a.length > 2000) { a.splice(0, a.length - 2000); }
  }

  function setConnection(up) {
    var el = $("connection");
    el.textContent = up ? "verbonden" : "verbinding weg — opnieuw verbinden…";
    el.classList.toggle("down", !up);
    document.body.dataset.connected = up ? "1" : "0";
  }

  // -- rendering -------------------------------------------------------------------
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function options() {
    var s = view && view.suggestion;
    if (!s) { return []; }
    return [s].concat((s.alternatives || []).filter(function (a) { return a.text; }));
  }

  function render() {
    if (!view) { return; }
    pttKeys = (view.ptt && view.ptt.keys) || [" "];
    document.querySelector("#ptt .key").textContent =
      pttKeys.map(function (k) { return k === " " ? "spatie" : k; }).join(" / ");
    renderSuggestion();
    renderPhase();
    renderCrisis();
    renderLookup();
    renderTranscript();
    renderCounters();
    renderControls();
    renderFooter();
    document.body.dataset.seq = String(view.seq);
    window.__live.rendered += 1;
  }

  function renderSuggestion() {
    var s = view.suggestion;
    var key = s ? s.question_id + "@" + s.t : null;
    if (key !== suggestionKey) { suggestionKey = key; choice = 0; }
    var opts = options();
    if (choice >= opts.length) { choice = 0; }
    var shown = opts[choice];
    if (!shown) {
      $("question").textContent = "Nog geen suggestie. Die komt in een pauze.";
      $("technique").textContent = "";
      $("phase-name").textContent = "";
      $("reason").textContent = "";
      $("taken").hidden = true;
      clear($("alternatives"));
      $("choice-hint").hidden = true;
      return;
    }
    $("question").textContent = shown.text;
    $("question").dataset.questionId = shown.question_id || "";
    $("technique").textContent = shown.technique_nl || "";
    $("phase-name").textContent = shown.phase_nl || "";
    $("reason").textContent = choice === 0 ? (s.reason || "") : "Alternatief voor: " + s.text;
    $("taken").hidden = !(choice === 0 && s.taken_up);
    var list = $("alternatives");
    clear(list);
    opts.slice(1).forEach(function (alt, i) {
      var li = el("li", choice === i + 1 ? "chosen" : "");
      li.appendChild(el("span", "key", String(i + 1)));
      li.appendChild(document.createTextNode(alt.text + (alt.technique_nl ? " — " + alt.technique_nl : "")));
      li.addEventListener("click", function () { choose(i + 1); });
      list.appendChild(li);
    });
    $("choice-hint").hidden = choice === 0;
  }

  function renderPhase() {
    var phases = $("phases");
    clear(phases);
    (view.phases || []).forEach(function (p, i) {
      var lit = p.id === view.phase;
      var arc = $("arc-" + p.id);
      if (arc) { arc.classList.toggle("lit", lit); }
      var li = el("li", lit ? "lit" : "", (i + 1) + ". " + p.name);
      li.dataset.phase = p.id;
      phases.appendChild(li);
    });
    document.body.dataset.phase = view.phase || "";
  }

  function renderCrisis() {
    var box = $("crisis");
    var crises = view.crises || [];
    if (!crises.length) { box.hidden = true; return; }
    box.hidden = false;

    $("crisis-title").textContent = "Crisis: " + crises.map(function (c) { return c.name; }).join(", ") + " — veiligheid eerst";
    var body = $("crisis-body");
    clear(body);
    var number = null;
    crises.forEach(function (c) {
      var section = el("div", "crisis-item");
      section.dataset.crisis = c.crisis;
      if (crises.length > 1) { section.appendChild(el("h3", "", c.name)); }
      if (c.trigger) { section.appendChild(el("p", "trigger", "Gehoord: “" + c.trigger + "”")); }
      var ul = el("ul");
      // calm by default: the two most important lines of each crisis, the rest on request
      var lines = c.guidance || [];
      (expanded ? lines : lines.slice(0, 2)).forEach(function (g) { ul.appendChild(el("li", "", g)); });
      section.appendChild(ul);
      body.appendChild(section);
      if (c.number) { number = c.number; }
    });
    $("crisis-number").hidden = !number;
    $("crisis-number").textContent = number || "";
    $("crisis-fold").textContent = expanded ? "Minder" : "Meer richtlijnen";
  }

  function renderLookup() {
    var l = view.lookup;
    var status = $("lookup-status");
    if (!l) { return; }
    if (l.found) {
      status.textContent = (l.via === "voice" ? "Gehoord: “" : "Gezocht: “") + l.query + "” — de beste vraag staat bovenaan; 1, 2, 3 of de pijltjes voor de andere.";
    } else {
      var names = (l.alternatives || []).map(function (a) {
        if (!a.text) { return a.technique_nl; }
        return a.technique_nl ? a.technique_nl + ": " + a.text : a.text;
      })
        .filter(function (x) { return x; });
      status.textContent = "Geen vraag gevonden voor “" + l.query + "”." +
        (names.length ? " Het dichtst bij: " + names.join(" · ") : " Probeer een techniek: schaalvraag, hoop, coping.");
    }
    status.dataset.found = l.found ? "1" : "0";
  }

  function renderTranscript() {
    $("partial").textContent = view.partial || "";
    var list = $("utterances");
    clear(list);
    (view.utterances || []).slice().reverse().forEach(function (u) {
      var li = el("li", "", u.text);
      if (u.technique && u.technique !== "none") { li.appendChild(el("span", "tech", u.technique_nl)); }
      list.appendChild(li);
    });
  }

  function renderCounters() {
    var c = view.counters || {};
    $("count-coping").textContent = c.coping || 0;
    $("count-scaling").textContent = c.scaling || 0;
    $("count-hope").textContent = c.hope || 0;
  }

  function renderControls() {
    var c = view.controls || {};
    var mute = $("mute");
    mute.setAttribute("aria-pressed", c.muted ? "true" : "false");
    mute.textContent = c.muted ? "Fluisteren: uit" : "Fluisteren: aan";
    var pause = $("pause");
    pause.setAttribute("aria-pressed", c.paused ? "true" : "false");
    pause.textContent = c.paused ? "Suggesties: gepauzeerd" : "Suggesties: aan";
    var group = $("interaction");
    if (!group.childNodes.length) {
      (view.interactions || []).forEach(function (it) {
        var b = el("button", "", it.short);
        b.type = "button";
        b.title = it.name;
        b.dataset.interaction = it.id;
        b.addEventListener("click", function () {
          var current = view && view.controls && view.controls.interaction;
          api("/control", { action: "interaction", value: current === it.id ? null : it.id });
        });
        group.appendChild(b);
      });
    }
    Array.prototype.forEach.call(group.childNodes, function (b) {
      b.setAttribute("aria-pressed", b.dataset.interaction === c.interaction ? "true" : "false");
    });
    $("mark").textContent = c.marks ? "Moment markeren (" + c.marks + ")" : "Moment markeren";
  }

  function renderFooter() {
    var w = view.whisper;
    var words = { spoken: "gefluisterd", interrupted: "onderbroken", skipped: "niet gefluisterd", failed: "fluisteren mislukt" };
    var detail = w && w.detail && !(view.notice && w.status === "skipped") ? " (" + w.detail + ")" : "";
    $("whisper-status").textContent = w ? "Fluisteren: " + (words[w.status] || w.status) + detail : "";
    $("notice").textContent = view.notice ? view.notice.message : "";
    if (view.ended) { $("connection").textContent = "gesprek beëindigd"; }
  }

  // -- choosing among the suggestion and its alternatives ------------------------------
  function choose(i) {
    var n = options().length;
    if (!n) { return; }
    var next = ((i % n) + n) % n;
    var picked = options()[next];
    if (next !== choice && next > 0 && picked && picked.question_id) {
      api("/control", { action: "choose", value: picked.question_id });  // logged for the supervisor
    }
    choice = next;
    renderSuggestion();
  }

  // -- push-to-talk -----------------------------------------------------------------------
  function pttPress() {
    if (pttActive) { return; }
    if (!view || !view.ptt || !view.ptt.available) {
      $("lookup-status").textContent = "Zoeken met je stem is niet beschikbaar. Typ wat je zoekt in het zoekvak.";
      return;
    }
    pttActive = true;
    $("ptt").classList.add("active");
    $("lookup-status").textContent = "Luistert… laat los om te zoeken.";
    api("/ptt/press");
  }

  function pttRelease() {
    if (!pttActive) { return; }
    pttActive = false;
    $("ptt").classList.remove("active");
    $("lookup-status").textContent = "Zoekt…";
    api("/ptt/release").then(function (r) {
      if (r && r.text) {
        var unsure = r.candidates && r.candidates.length ? " (niet zeker; misschien: " + r.candidates.join(" · ") + ")" : "";
        $("lookup-status").textContent = "Gehoord: “" + r.text + "”" + unsure + " — zoekt…";
      }
      else if (r && r.message) { $("lookup-status").textContent = r.message; }
    });
  }

  function inTextField(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
  }

  document.addEventListener("keydown", function (e) {
    if (inTextField(e.target)) {
      if (e.key === "Escape") { e.target.blur(); }
      return;
    }
    if (e.ctrlKey || e.altKey || e.metaKey) { return; }
    if (pttKeys.indexOf(e.key) >= 0) {
      e.preventDefault();
      if (!e.repeat) { pttPress(); }
      return;
    }
    if (e.key === "1" || e.key === "2" || e.key === "3") { e.preventDefault(); choose(choice === +e.key ? 0 : +e.key); }
    else if (e.key === "0" || e.key === "Escape") { choose(0); }
    else if (e.key === "ArrowRight" || e.key === "ArrowDown") { e.preventDefault(); choose(choice + 1); }
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") { e.preventDefault(); choose(choice - 1); }
    else if (e.key === "/") { e.preventDefault(); $("search").focus(); }
  });
  document.addEventListener("keyup", function (e) {
    if (pttKeys.indexOf(e.key) >= 0 && !inTextField(e.target)) {
      e.preventDefault();
      pttRelease();
    }
  });
  window.addEventListener("blur", pttRelease);  // a key released elsewhere still ends it

  var ptt = $("ptt");
  ptt.addEventListener("pointerdown", function (e) {
    e.preventDefault();
    try { ptt.setPointerCapture(e.pointerId); } catch (err) { /* ignore */ }
    pttPress();
  });
  ptt.addEventListener("pointerup", pttRelease);
  ptt.addEventListener("pointercancel", pttRelease);
  ptt.addEventListener("click", function (e) { e.preventDefault(); });

  // -- search and controls ----------------------------------------------------------------
  $("search-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var q = $("search").value.trim();
    if (!q) { return; }
    $("lookup-status").textContent = "Zoekt…";
    api("/lookup", { query: q });
  });
  $("mute").addEventListener("click", function () {
    api("/control", { action: view && view.controls.muted ? "unmute" : "mute" });
  });
  $("pause").addEventListener("click", function () {
    api("/control", { action: view && view.controls.paused ? "resume" : "pause" });
  });
  $("mark").addEventListener("click", function () {
    api("/control", { action: "mark" }).then(function (r) {
      $("mark-status").textContent = r && r.ok ? "Gemarkeerd om " + new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" }) + " — de supervisor ziet het in het verslag." : "Markeren lukte niet.";
    });
  });
  $("crisis-fold").addEventListener("click", function () { expanded = !expanded; renderCrisis(); });

  connect();
})();
