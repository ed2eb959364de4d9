// The live page: renders the server's view; controls and searches go back as POSTs.
// No framework, no external assets, textContent only (never HTML from the call).
(function () {
  "use strict";
  var token = new URLSearchParams(location.search).get("token") || document.body.dataset.token;
  var view = null;
  var seq = -1;
  var source = null;
  var retryTimer = null;
  var retryDelay = 1000;
  var stopped = false;        // ended or stale: never reconnect again
  var lostTimer = null;
  var LOST_AFTER = 5000;     // ms without a connection before the card says so
  var choice = 0;            // 0: the suggestion itself; 1..n: an alternative
  var suggestionKey = null;  // resets the choice when a new suggestion arrives
  var lookupKey = null;      // the lookup whose answer the status line shows
  var pttActive = false;
  var pressed = Promise.resolve();  // the last /ptt/press request
  var pttKeys = [" "];
  var expanded = {};         // crisis id -> its guidance is open
  var lifeOpen = false;
  var $ = function (id) { return document.getElementById(id); };

  // For the benchmark and tests: when each message arrived (bounded).
  window.__live = { arrivals: [], rendered: 0, connects: 0, stateChecks: 0 };

  function api(path, body) {
    if (stopped) {
      return Promise.resolve({ ok: false, message: view && view.ended ? "Het gesprek is beëindigd." : "" });
    }
    return fetch(path + "?token=" + encodeURIComponent(token), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {}),
      cache: "no-store",
    }).then(function (r) {
      if (r.status === 403) { stale(); return { ok: false }; }
      return r.json().catch(function () { return { ok: false }; }).then(function (data) {
        if (data && data.ended && data.message) { $("notice").textContent = data.message; }
        return data;
      });
    }).catch(function () { return { ok: false, message: "De pagina heeft even geen verbinding." }; });
  }

  // -- connection --------------------------------------------------------------
  function connect() {
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    if (stopped) { return; }
    if (source) { source.close(); }
    window.__live.connects += 1;
    source = new EventSource("/events?token=" + encodeURIComponent(token));
    source.addEventListener("open", function () { retryDelay = 1000; setConnection(true); });
    source.addEventListener("state", function (e) {
      var data = JSON.parse(e.data);
      note(data, "state");
      if (data.seq < seq) { return; }
      seq = data.seq;
      view = data;
      render();
      if (view.ended) { finish(); }
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
      if (stopped) { return; }
      setConnection(false);
      if (source.readyState === EventSource.CLOSED) {
        // the server answered but refused the stream (403 after a restart), or the browser gave up:
        // ask once why before trying again
        check();
      }
    });
  }

  function check() {
    window.__live.stateChecks += 1;
    fetch("/state?token=" + encodeURIComponent(token), { cache: "no-store" }).then(function (r) {
      if (r.status === 403) { stale(); return; }
      retryTimer = setTimeout(connect, 200);
    }).catch(function () {
      retryTimer = setTimeout(connect, retryDelay);  // the page server is away: try again, slower and slower
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function finish() {  // the session ended: the stream closes, the page stays as it was, calm
    stopped = true;
    if (lostTimer) { clearTimeout(lostTimer); lostTimer = null; }
    document.body.dataset.lost = "0";
    if (source) { source.close(); }
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
  }

  function stale() {
    if (stopped) { return; }
    stopped = true;
    if (lostTimer) { clearTimeout(lostTimer); lostTimer = null; }
    document.body.dataset.lost = "0";
    if (source) { source.close(); }
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    document.body.dataset.stale = "1";
    $("connection").textContent = "oude pagina";
    $("connection").classList.add("down");
    $("label").textContent = "Deze pagina hoort bij een eerder gesprek";
    $("question").textContent = "Open de nieuwe link uit de terminal.";
    $("end-detail").hidden = false;
    $("end-detail").textContent = "voice-companion is opnieuw gestart en toont bij het starten een nieuwe link. " +
      "Deze pagina probeert het niet opnieuw; je kunt hem sluiten.";
    ["technique", "phase-name", "reason", "lookup-status"].forEach(function (id) { $(id).textContent = ""; });
    clear($("alternatives"));
    $("dismiss").hidden = true;
    setDisabled(true);
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
    if (up) {
      if (lostTimer) { clearTimeout(lostTimer); lostTimer = null; }
      if (document.body.dataset.lost === "1") { document.body.dataset.lost = "0"; if (view) { renderSuggestion(); } }
    } else if (!lostTimer && !stopped) {
      lostTimer = setTimeout(lost, LOST_AFTER);
    }
  }

  // voice-companion gone without a word (killed, crashed, the computer asleep): after a few
  // seconds the card says so, instead of showing the last question as if the call went on.
  // The page keeps trying; a restarted companion (a new link) gets the stale-page message.
  function lost() {
    lostTimer = null;
    if (stopped || document.body.dataset.connected === "1") { return; }
    document.body.dataset.lost = "1";
    showLost();
  }
  function showLost() {
    $("label").textContent = "Geen verbinding met voice-companion";
    $("end-detail").hidden = false;
    $("end-detail").textContent = "Deze vraag is misschien niet meer actueel. Draait voice-companion nog in de " +
      "terminal? De pagina verbindt vanzelf opnieuw; na een nieuwe start staat er een nieuwe link in de terminal.";
  }

  function setDisabled(off) {
    Array.prototype.forEach.call(document.querySelectorAll("main button, main input"), function (b) {
      if (off) { b.disabled = true; }
    });
  }

  // -- rendering -------------------------------------------------------------------
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function button(text, cls, onClick, title) {
    var b = el("button", cls || "", text);
    b.type = "button";
    if (title) { b.title = title; }
    b.addEventListener("click", onClick);
    return b;
  }
  function mmss(t) {
    t = Math.max(0, Math.floor(t || 0));
    var m = Math.floor(t / 60), s = t % 60;
    return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }
  function fresh(item) {  // a note that is shown for a while (server wall clock)
    return item && (!item.seconds || Date.now() < item.at + item.seconds * 1000);
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
    renderAside();
    renderLookup();
    renderTranscript();
    renderCounters();
    renderControls();
    renderBar();
    fitChecklist();
    document.body.dataset.seq = String(view.seq);
    window.__live.rendered += 1;
  }

  function renderSuggestion() {
    drawSuggestion();
    if (document.body.dataset.lost === "1" && !view.ended) { showLost(); }
  }

  function drawSuggestion() {
    var s = view.suggestion;
    var key = s ? s.question_id + "@" + s.t : null;
    if (key !== suggestionKey) { suggestionKey = key; choice = 0; }
    var opts = options();
    if (choice >= opts.length) { choice = 0; }
    var shown = opts[choice];
    var ended = view.ended;
    $("end-detail").hidden = !ended;
    document.body.dataset.ended = ended ? "1" : "0";
    if (ended) {
      $("label").textContent = "Einde";
      $("question").textContent = "Gesprek beëindigd";
      $("question").dataset.questionId = "";
      $("end-detail").textContent = (ended.log ? "Het gesprek staat in " + ended.log + ". " : "") +
        "Je kunt deze pagina sluiten; bij een nieuw gesprek toont de terminal een nieuwe link.";
      ["technique", "phase-name", "reason"].forEach(function (id) { $(id).textContent = ""; });
      $("taken").hidden = true;
      $("dismiss").hidden = true;
      clear($("alternatives"));
      $("choice-hint").hidden = true;
      return;
    }
    $("label").textContent = s && s.lookup ? (s.lookup.via === "voice" ? "Gehoord en opgezocht: “" : "Opgezocht: “") + s.lookup.query + "”" : "Volgende vraag";
    if (!shown) {
      $("question").textContent = "Nog geen suggestie. Die komt in een pauze.";
      $("question").dataset.questionId = "";
      $("question").classList.add("empty");
      $("technique").textContent = "";
      $("phase-name").textContent = "";
      $("reason").textContent = "";
      $("taken").hidden = true;
      $("dismiss").hidden = true;
      clear($("alternatives"));
      $("choice-hint").hidden = true;
      return;
    }
    $("question").classList.remove("empty");
    $("question").classList.toggle("long", (shown.text || "").length > 120);  // a few long ones: smaller type
    $("question").textContent = shown.text;
    $("question").dataset.questionId = shown.question_id || "";
    $("technique").textContent = shown.technique_nl || "";
    $("phase-name").textContent = shown.phase_nl || "";
    $("reason").textContent = choice === 0 ? (s.reason || "") : "Alternatief voor: " + s.text;
    $("taken").hidden = !(choice === 0 && s.taken_up);
    $("dismiss").hidden = false;
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

  function crisisControl(action, id) {
    return function () { api("/control", { action: action, value: id }); };
  }

  // The crisis lines are rebuilt with every view; a button the worker has focused (Tab) keeps the
  // focus in its new copy, so Space presses it again instead of falling through to push-to-talk.
  function keyed(node, key) { node.dataset.key = key; return node; }
  function keepFocus(containers, rebuild) {
    var active = document.activeElement;
    var key = active && active.dataset && active.dataset.key &&
      containers.some(function (c) { return c.contains(active); }) ? active.dataset.key : null;
    rebuild();
    if (!key) { return; }
    for (var i = 0; i < containers.length; i++) {
      var again = containers[i].querySelector('[data-key="' + key + '"]');
      if (again) { again.focus({ preventScroll: true }); return; }
    }
  }

  function renderCrisis() {
    keepFocus([$("crisis"), $("possible")], buildCrisis);
  }

  function buildCrisis() {
    var crises = view.crises || [];
    var confirmed = crises.filter(function (c) { return c.certainty !== "possible"; });
    var possible = crises.filter(function (c) { return c.certainty === "possible"; });
    var box = $("crisis");
    var list = $("crisis-list");
    clear(list);
    box.hidden = !confirmed.length;
    confirmed.forEach(function (c) {
      var item = el("div", "crisis-item");
      item.dataset.crisis = c.crisis;
      var row = el("div", "crisis-row");
      var open = !!expanded[c.crisis];
      // the folded line is itself the button that opens the crisis's guidance
      var line = keyed(button("", "crisis-line", function () {
        expanded[c.crisis] = !expanded[c.crisis];
        renderCrisis();
        fitChecklist();
      }, "Alle richtlijnen bij deze crisis (" + (c.name || "") + "): " + (c.headline || "")), "line:" + c.crisis);
      line.setAttribute("aria-expanded", open ? "true" : "false");
      line.appendChild(el("span", "fold-mark", open ? "▾ " : "▸ "));
      line.appendChild(el("strong", "crisis-name", c.name + ": "));
      line.appendChild(document.createTextNode(c.headline || ""));
      row.appendChild(line);
      if (c.number_short) {
        var num = el("span", "crisis-number", c.number_short);
        num.id = "crisis-number";
        row.appendChild(num);
      }
      row.appendChild(keyed(button("Geen crisis", "quiet false-alarm", crisisControl("crisis_false_alarm", c.crisis),
        "Dit was geen crisis (vals alarm)"), "false:" + c.crisis));
      row.appendChild(keyed(button("Crisis voorbij", "quiet close", crisisControl("crisis_close", c.crisis),
        "De crisis is voorbij"), "close:" + c.crisis));
      item.appendChild(row);
      if (open) {
        var more = el("div", "crisis-more");
        more.tabIndex = 0;  // it scrolls when it is long: reachable with Tab, scrolled with the arrows
        if (c.trigger) { more.appendChild(el("p", "trigger", "Gehoord: “" + c.trigger + "”")); }
        var ul = el("ul");
        (c.guidance || []).forEach(function (g) { ul.appendChild(el("li", "", g)); });
        more.appendChild(ul);
        if (c.number) { more.appendChild(el("p", "number-line", c.number)); }
        item.appendChild(more);
      }
      list.appendChild(item);
    });
    var pbox = $("possible");
    clear(pbox);
    if (view.ended) { possible = []; }  // after the end there is nothing left to check
    pbox.hidden = !possible.length;
    possible.forEach(function (c) {
      var row = el("div", "possible-row");
      row.dataset.crisis = c.crisis;
      var line = el("p", "possible-line");
      line.appendChild(el("strong", "", c.asked ? (view.asked_prompt || "Veiligheidsvraag gesteld: luister naar het antwoord")
        : (view.possible_prompt || "Mogelijk crisis: vraag het direct na")));
      line.appendChild(document.createTextNode(" — " + c.name + (c.trigger ? " (gehoord: “" + c.trigger + "”)" : "")));
      row.appendChild(line);
      row.appendChild(keyed(button("Geen crisis", "quiet false-alarm", crisisControl("crisis_false_alarm", c.crisis),
        "Dit is geen crisis"), "possible:" + c.crisis));
      pbox.appendChild(row);
    });
    document.body.dataset.crises = String(confirmed.length);
  }

  function renderAside() {
    var confirmed = (view.crises || []).filter(function (c) { return c.certainty !== "possible" && (c.protocol || []).length; });
    var box = $("checklist");
    clear(box);
    box.hidden = !confirmed.length;
    confirmed.forEach(function (c) {
      var head = el("h3", "");
      head.appendChild(el("span", "prefix", "Protocol: "));
      head.appendChild(document.createTextNode(c.name));
      var done = (c.protocol || []).filter(function (i) { return i.done; }).length;
      head.appendChild(el("span", "count", " · " + done + "/" + (c.protocol || []).length + " gedaan"));
      box.appendChild(head);
      var ol = el("ol", "protocol");
      ol.dataset.crisis = c.crisis;
      var nextShown = false;
      (c.protocol || []).forEach(function (item) {
        var li = el("li", item.done ? "done" : "open");
        li.dataset.item = item.id;
        var label = item.label || item.id;
        var isNext = !item.done && !nextShown;
        if (isNext) { nextShown = true; li.classList.add("next"); }
        var short = label.split(/[:?,(]/)[0].trim();
        li.appendChild(el("span", "tick", item.done ? "✓" : "○"));
        if (isNext || short.length < 4 || short === label) {
          li.appendChild(el("span", "item-label", label));
        } else {  // the full label where there is room, the short one in a small window
          li.appendChild(el("span", "item-label full", label));
          li.appendChild(el("span", "item-label short", short + "…"));
        }
        li.title = label;
        if (item.done && item.t !== null && item.t !== undefined) { li.appendChild(el("span", "at", mmss(item.t))); }
        ol.appendChild(li);
      });
      box.appendChild(ol);
    });
    var nudge = view.nudge;
    $("nudge").hidden = !fresh(nudge);
    $("nudge").textContent = nudge ? nudge.text : "";
    var closed = view.closed_note;
    $("closed-note").hidden = !fresh(closed);
    $("closed-note").textContent = closed ? closed.text : "";
    var life = view.life_event;
    $("life-event").hidden = !life;
    if (life) {
      $("life-title").textContent = life.name;
      var ul = $("life-guidance");
      clear(ul);
      (lifeOpen ? life.guidance : life.guidance.slice(0, 1)).forEach(function (g) { ul.appendChild(el("li", "", g)); });
      $("life-fold").textContent = lifeOpen ? "Minder" : "Meer";
    }
    var inCrisis = (view.crises || []).some(function (c) { return c.certainty !== "possible"; });
    $("circle").hidden = inCrisis;  // in a crisis the checklist takes the circle's place
  }

  // The protocol checklist stays inside the window (measured, not guessed): with more crises, an
  // opened guidance or a small window its items first wrap with short labels, then ticked items
  // keep only their tick (their label is in the tooltip), then each crisis shows its next step
  // and how many are done.
  var FIT_STEPS = ["compact", "compact-more", "compact-most"];
  function fitChecklist() {
    var box = $("checklist");
    FIT_STEPS.forEach(function (c) { box.classList.remove(c); });
    if (box.hidden) { return; }
    for (var i = 0; i < FIT_STEPS.length && overflows(box); i++) { box.classList.add(FIT_STEPS[i]); }
  }
  function overflows(node) {  // below the window's bottom when the page is scrolled to the top
    var r = node.getBoundingClientRect();
    return r.top + window.scrollY + r.height > window.innerHeight + 0.5;
  }
  window.addEventListener("resize", fitChecklist);

  function renderLookup() {
    var l = view.lookup;
    var status = $("lookup-status");
    var key = l ? l.query + "@" + l.t : null;
    if (key === lookupKey) { return; }  // keep "Luistert…" / "Zoekt…" until the answer comes
    lookupKey = key;
    if (pttActive) { return; }  // held again meanwhile: "Luistert…" stays, not the older lookup's answer
    if (!l) { status.textContent = ""; status.dataset.found = ""; return; }
    if (l.found) {
      status.textContent = (l.via === "voice" ? "Gehoord: “" : "Gezocht: “") + l.query + "” — 1, 2, 3 of de pijltjes voor de andere.";
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

  function whisperAvailable() {
    return !(view.whisper_device && !view.whisper_device.available);
  }

  function renderControls() {
    var c = view.controls || {};
    var mute = $("mute");
    mute.setAttribute("aria-pressed", c.muted ? "true" : "false");
    if (whisperAvailable()) {
      mute.textContent = c.muted ? "Fluisteren: uit" : "Fluisteren: aan";
      mute.title = "";
    } else {
      mute.textContent = "Fluisteren: geen koptelefoon";
      mute.title = view.whisper_device.message;
    }
    var pause = $("pause");
    pause.setAttribute("aria-pressed", c.paused ? "true" : "false");
    pause.textContent = c.paused ? "Suggesties: gepauzeerd" : "Suggesties: aan";
    var group = $("interaction");
    if (!group.childNodes.length) {
      (view.interactions || []).forEach(function (it) {
        var b = button(it.short, "", function () {
          var current = view && view.controls && view.controls.interaction;
          api("/control", { action: "interaction", value: current === it.id ? null : it.id });
        }, it.name);
        b.dataset.interaction = it.id;
        group.appendChild(b);
      });
    }
    Array.prototype.forEach.call(group.childNodes, function (b) {
      b.setAttribute("aria-pressed", b.dataset.interaction === c.interaction ? "true" : "false");
    });
    $("mark").textContent = c.marks ? "Moment markeren (" + c.marks + ")" : "Moment markeren";
    if (view.ended) { setDisabled(true); }
  }

  function renderBar() {
    var w = view.whisper;
    // in the worker's words: what went wrong technically is in the log, not on the page
    var words = { spoken: "gefluisterd", interrupted: "onderbroken", skipped: "niet gefluisterd",
                  failed: "lukte niet; de vraag staat op het scherm" };
    var text;
    if (!whisperAvailable()) {
      text = view.whisper_device.message;
    } else if (w) {
      text = "Fluisteren: " + (words[w.status] || w.status);
    } else {
      text = view.whisper_device ? "Fluisteren via " + view.whisper_device.message : "";
    }
    $("whisper-status").textContent = text;
    $("whisper-status").title = text;
    var notice = fresh(view.notice) ? view.notice.message : "";
    $("notice").textContent = notice;  // one line in the bar; the whole message on hover
    $("notice").title = notice;
    if (view.ended) {
      $("connection").textContent = "gesprek beëindigd";
      $("connection").classList.remove("down");
    }
  }

  // notes shown for a while disappear by themselves
  setInterval(function () { if (view && !stopped) { renderAside(); renderBar(); fitChecklist(); } }, 1000);

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

  function showCard() {  // wherever the page is scrolled, the worker sees the answer
    var card = $("suggestion");
    var r = card.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) { card.scrollIntoView({ block: "start" }); }
  }

  // -- push-to-talk -----------------------------------------------------------------------
  function pttPress() {
    if (pttActive || stopped) { return; }
    showCard();
    if (!view || !view.ptt || !view.ptt.available) {
      $("lookup-status").textContent = "Zoeken met je stem is niet beschikbaar. Typ wat je zoekt in het zoekvak.";
      return;
    }
    pttActive = true;
    $("ptt").classList.add("active");
    document.body.dataset.ptt = "1";
    $("lookup-status").textContent = "Luistert… laat los om te zoeken.";
    pressed = api("/ptt/press");
  }

  function pttRelease() {
    if (!pttActive) { return; }
    pttActive = false;
    $("ptt").classList.remove("active");
    document.body.dataset.ptt = "0";
    $("lookup-status").textContent = "Zoekt…";
    // after the press has been answered: a quick tap's release must never overtake its press
    // (on another connection), or the microphone would stay with the lookup, away from the call
    pressed.then(function () { return api("/ptt/release"); }).then(function (r) {
      if (pttActive) { return; }  // pressed again meanwhile: "Luistert…" stays, not this older lookup's status
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
  function onPttButton(e) {
    return e.target === $("ptt") && (e.key === " " || e.key === "Enter" || pttKeys.indexOf(e.key) >= 0);
  }
  function onControl(target) {  // a focused button or link: Space and Enter press it
    return target && target.closest && target.closest("button, a[href], summary, select, [role=button]");
  }

  document.addEventListener("keydown", function (e) {
    if (inTextField(e.target)) {
      if (e.key === "Escape") { e.target.blur(); }
      return;
    }
    if (e.ctrlKey || e.altKey || e.metaKey) { return; }
    if (onPttButton(e)) {  // the push-to-talk button focused: Space or Enter held is holding it
      e.preventDefault();
      if (!e.repeat) { pttPress(); }
      return;
    }
    if ((e.key === " " || e.key === "Enter") && onControl(e.target)) { return; }
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
    if (inTextField(e.target) || !(pttKeys.indexOf(e.key) >= 0 || onPttButton(e))) { return; }
    if (!pttActive && onControl(e.target)) { return; }  // Space let go on a focused button: the browser presses it
    e.preventDefault();
    pttRelease();
  });
  window.addEventListener("blur", pttRelease);  // a key released elsewhere still ends it
  // A button clicked with the mouse does not keep the focus, so Space is push-to-talk again.
  document.addEventListener("click", function (e) {
    var b = e.detail > 0 && e.target.closest && e.target.closest("button");
    if (b) { b.blur(); }
  });

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
    $("lookup-status").textContent = "Zoekt “" + q + "”…";
    showCard();
    api("/lookup", { query: q });
  });
  $("mute").addEventListener("click", function () {
    if (view && !whisperAvailable()) { return; }  // the bar already says why nothing is whispered
    api("/control", { action: view && view.controls.muted ? "unmute" : "mute" });
  });
  $("pause").addEventListener("click", function () {
    api("/control", { action: view && view.controls.paused ? "resume" : "pause" });
  });
  $("dismiss").addEventListener("click", function () {
    var s = view && view.suggestion;
    api("/control", { action: "dismiss", value: s ? s.question_id : null });
  });
  $("mark").addEventListener("click", function () {
    api("/control", { action: "mark" }).then(function (r) {
      $("mark-status").textContent = r && r.ok ? "Gemarkeerd om " + new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" }) + " — de supervisor ziet het in het verslag." : "Markeren lukte niet.";
    });
  });
  $("life-fold").addEventListener("click", function () { lifeOpen = !lifeOpen; renderAside(); });

  connect();
})();
