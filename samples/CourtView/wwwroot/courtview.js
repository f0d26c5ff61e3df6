// Court view: draws what /events relays (Server-Sent Events; the format is in samples/CourtView/README.md).
// Positions are in millimetres from centre court, x along the length; SVG user units are millimetres too.
"use strict";
(() => {
  const SVG = "http://www.w3.org/2000/svg";
  const HALF_LENGTH = 14325, HALF_WIDTH = 7620, HOOP_X = 12750;
  const S = { PTS: 0, FGM: 1, FGA: 2, TPM: 3, TPA: 4, FTM: 5, FTA: 6, REB: 7, AST: 8, STL: 9, BLK: 10, TO: 11, PF: 12, PM: 13 };

  const state = {
    game: null, teams: new Map(), players: new Map(), shots: [], filter: "all",
    markers: new Map(), ball: null, lastTick: 0, tickInterval: 100, open: false, lastFrame: 0,
  };

  const el = (name, attrs = {}, parent) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (parent) parent.appendChild(node);
    return node;
  };

  // A to-scale court (28.65 m x 15.24 m): lanes, free-throw circles, three-point lines, restricted areas, hoops.
  function drawCourt(group) {
    el("rect", { class: "floor", x: -HALF_LENGTH, y: -HALF_WIDTH, width: 2 * HALF_LENGTH, height: 2 * HALF_WIDTH }, group);
    for (const s of [-1, 1]) {
      const base = s * HALF_LENGTH, ft = s * (HALF_LENGTH - 5791), hoop = s * HOOP_X;
      el("rect", { class: "paint", x: Math.min(base, ft), y: -1829, width: 5791, height: 3658 }, group);
      el("rect", { class: "line", x: Math.min(base, ft), y: -1829, width: 5791, height: 3658 }, group);
      el("circle", { class: "line", cx: ft, cy: 0, r: 1829 }, group);
      const corner = HALF_WIDTH - 1016, arcX = hoop - s * Math.sqrt(6750 ** 2 - corner ** 2);
      el("path", { class: "line", d: `M ${base} ${-corner} L ${arcX} ${-corner} A 6750 6750 0 0 ${s < 0 ? 1 : 0} ${arcX} ${corner} L ${base} ${corner}` }, group);
      el("path", { class: "line", d: `M ${hoop} -1219 A 1219 1219 0 0 ${s < 0 ? 1 : 0} ${hoop} 1219` }, group);
      el("line", { class: "line", x1: s * (HALF_LENGTH - 1219), y1: -914, x2: s * (HALF_LENGTH - 1219), y2: 914 }, group);
      el("circle", { class: "rim", cx: hoop, cy: 0, r: 229 }, group);
    }
    el("line", { class: "line", x1: 0, y1: -HALF_WIDTH, x2: 0, y2: HALF_WIDTH }, group);
    el("circle", { class: "line", cx: 0, cy: 0, r: 1829 }, group);
    el("rect", { class: "line", x: -HALF_LENGTH, y: -HALF_WIDTH, width: 2 * HALF_LENGTH, height: 2 * HALF_WIDTH }, group);
  }
  document.querySelectorAll("svg.court > g.lines").forEach(drawCourt);

  const clock = ms => {
    if (ms == null) return "--:--";
    if (ms < 60000) return (Math.floor(ms / 100) / 10).toFixed(1);
    const s = Math.floor(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };
  // Minutes on court as m:ss (the wire sends game-clock milliseconds).
  const minutes = ms => {
    const s = Math.floor((ms || 0) / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };
  const teamColor = id => state.teams.get(id)?.color || "#64748b";
  const textColor = hex => {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || "");
    if (!m) return "#fff";
    const [r, g, b] = m.slice(1).map(h => parseInt(h, 16));
    return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#0f172a" : "#fff";
  };

  // The home slot takes the home team, the away slot the away team; before a summary says, the feed's order.
  function slots() {
    const teams = state.game?.teams || [];
    const home = teams.find(t => t.side === "home") || teams[0];
    const away = teams.find(t => t.side === "away") || teams.find(t => t !== home);
    return { home, away };
  }

  // ----- connection indicator: live / reconnecting / final ---------------------------------------------------
  function showLink() {
    const g = state.game;
    let link = !state.open ? "reconnecting" : g?.link || "connecting";
    if (g && (g.status === "final" || link === "final")) link = "final";
    if (g && g.link === "failed") link = "failed";
    const node = document.getElementById("link");
    node.className = `link ${link}`;
    node.dataset.state = link;
    node.textContent = link;
  }

  // ----- game: scoreboard and box score -------------------------------------------------------------------------
  function onGame(game) {
    state.game = game;
    state.teams = new Map(game.teams.map(t => [t.id, t]));
    state.players = new Map(game.players.map(p => [p.id, p]));
    const { home, away } = slots();
    for (const [slot, team] of [["home", home], ["away", away]]) {
      const node = document.getElementById(`team-${slot}`);
      node.dataset.teamId = team?.id || "";
      node.querySelector(".name").textContent = team?.name || slot;
      node.querySelector(".score").textContent = team ? team.score : 0;
      node.querySelector(".fouls").textContent = `fouls ${team ? team.fouls : 0}`;
      node.querySelector(".swatch").style.background = team?.color || "transparent";
      node.classList.toggle("has-ball", !!team && game.possession === team.id);
      document.getElementById(`filter-${slot}`).textContent = team?.name || slot;
    }
    renderBoxScore(away, home);
    for (const [id, marker] of state.markers) paintMarker(marker, id);
    renderShots();
    showLink();
  }

  function renderBoxScore(...teams) {
    const root = document.getElementById("boxscore");
    root.replaceChildren();
    for (const team of teams.filter(Boolean)) {
      const table = document.createElement("table");
      table.dataset.teamId = team.id;
      table.createCaption().textContent = team.name;
      const head = table.createTHead().insertRow();
      for (const h of ["#", "Player", "MIN", "PTS", "FG", "3P", "FT", "REB", "AST", "STL", "BLK", "TO", "PF", "+/-", "TOP"]) {
        const th = head.appendChild(document.createElement("th"));
        th.textContent = h;
        if (h === "MIN") th.title = "minutes on court, on the game clock";
        if (h === "TOP") th.title = "top speed, in the feed's unit (the emulator's is m/s)";
      }
      const body = table.createTBody();
      const row = (no, name, min, s, top, cls) => {
        const tr = body.insertRow();
        if (cls) tr.className = cls;
        for (const v of [no, name, minutes(min), s[S.PTS], `${s[S.FGM]}-${s[S.FGA]}`, `${s[S.TPM]}-${s[S.TPA]}`, `${s[S.FTM]}-${s[S.FTA]}`,
          s[S.REB], s[S.AST], s[S.STL], s[S.BLK], s[S.TO], s[S.PF], s[S.PM] > 0 ? `+${s[S.PM]}` : s[S.PM], top == null ? "–" : top.toFixed(1)]) {
          tr.insertCell().textContent = v;
        }
        return tr;
      };
      const players = state.game.players.filter(p => p.team === team.id);
      for (const p of players) {
        const tr = row(p.no ?? "", p.name, p.min, p.s, p.top, p.on ? "on-court" : "");
        tr.dataset.playerId = p.id;
        tr.title = `distance ${p.dist ?? 0} (the feed's unit; the emulator's is m)`;
      }
      const tops = players.map(p => p.top).filter(t => t != null);
      row("", "Team", players.reduce((n, p) => n + (p.min || 0), 0), team.s, tops.length ? Math.max(...tops) : null, "totals");
      root.appendChild(table);
    }
  }

  // ----- tick: clocks and positions, drawn smoothly --------------------------------------------------------------
  function paintMarker(marker, id) {
    const player = state.players.get(id);
    const team = player?.team ?? marker.team;
    const color = teamColor(team);
    marker.node.dataset.team = team || "";
    marker.circle.setAttribute("fill", color);
    // Two teams may wear similar colours: away players get a light ring, home players a dark one.
    marker.circle.setAttribute("stroke", team != null && team === slots().away?.id ? "#f8fafc" : "#0f172a");
    marker.label.setAttribute("fill", textColor(color));
    marker.label.textContent = player?.no ?? "";
  }

  function onTick(tick) {
    const now = performance.now();
    if (state.lastTick) state.tickInterval = Math.min(400, Math.max(40, 0.7 * state.tickInterval + 0.3 * (now - state.lastTick)));
    state.lastTick = now;
    const board = document.getElementById("scoreboard");
    board.dataset.period = tick.period || "";
    board.dataset.gc = tick.gc ?? "";
    document.getElementById("period").textContent = tick.period || "–";
    document.getElementById("game-clock").textContent = clock(tick.gc);
    document.getElementById("shot-clock").textContent = tick.sc == null ? "--" : Math.ceil(tick.sc / 1000);

    const layer = document.getElementById("players");
    const seen = new Set();
    for (const [id, team, x, y] of tick.p) {
      seen.add(id);
      let marker = state.markers.get(id);
      if (!marker) {
        const node = el("g", { class: "player", "data-pid": id }, layer);
        marker = { node, team, circle: el("circle", { r: 480 }, node), label: el("text", {}, node), x, y, from: [x, y], to: [x, y] };
        state.markers.set(id, marker);
        paintMarker(marker, id);
      }
      if (marker.team !== team) { marker.team = team; paintMarker(marker, id); }
      marker.from = [marker.x, marker.y];
      marker.to = [x, y];
    }
    for (const [id, marker] of state.markers) {
      if (!seen.has(id)) { marker.node.remove(); state.markers.delete(id); }
    }
    const ball = document.getElementById("ball");
    if (tick.b) {
      state.ball = state.ball || { x: tick.b[0], y: tick.b[1] };
      state.ball.from = [state.ball.x, state.ball.y];
      state.ball.to = [tick.b[0], tick.b[1]];
      ball.setAttribute("visibility", "visible");
      ball.setAttribute("r", 220 + Math.min(200, (tick.b[2] || 0) / 20)); // higher looks bigger
    } else {
      ball.setAttribute("visibility", "hidden");
    }
    // A hidden tab gets no animation frames: place everything at once instead.
    if (now - state.lastFrame > 500) animate(now + 10000);
  }

  function animate(now) {
    state.lastFrame = performance.now();
    const k = Math.min(1, (now - state.lastTick) / state.tickInterval);
    const step = item => {
      item.x = item.from[0] + (item.to[0] - item.from[0]) * k;
      item.y = item.from[1] + (item.to[1] - item.from[1]) * k;
    };
    for (const marker of state.markers.values()) {
      step(marker);
      marker.node.setAttribute("transform", `translate(${Math.round(marker.x)} ${Math.round(marker.y)})`);
    }
    if (state.ball?.from) {
      step(state.ball);
      const ball = document.getElementById("ball");
      ball.setAttribute("cx", Math.round(state.ball.x));
      ball.setAttribute("cy", Math.round(state.ball.y));
    }
  }
  const loop = now => { animate(now); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);

  // ----- shots: the shot chart, filterable by team --------------------------------------------------------------
  function onShots(message) {
    state.shots.length = message.from;
    for (const [team, player, x, y, made, points, period, gc] of message.shots) {
      state.shots.push({ team, player, x, y, made: made === 1, points, period, gc });
    }
    renderShots();
  }

  function renderShots() {
    const layer = document.getElementById("shots");
    layer.replaceChildren();
    const { home, away } = slots();
    const wanted = state.filter === "home" ? home?.id : state.filter === "away" ? away?.id : null;
    let shown = 0;
    for (const shot of state.shots) {
      const color = teamColor(shot.team);
      const hidden = wanted != null && shot.team !== wanted;
      const cls = `shot ${shot.made ? "made" : "miss"}${hidden ? " hidden" : ""}`;
      const attrs = { class: cls, "data-team": shot.team || "" };
      const title = `${state.players.get(shot.player)?.name || "player " + shot.player}: ${shot.points || (shot.made ? "" : "miss")} ${shot.period || ""} ${clock(shot.gc)}`;
      let node;
      if (shot.made) {
        node = el("circle", { ...attrs, cx: shot.x, cy: shot.y, r: 300, fill: color, stroke: shot.team === away?.id ? "#f8fafc" : "#0f172a" }, layer);
      } else {
        node = el("path", { ...attrs, d: `M ${shot.x - 200} ${shot.y - 200} l 400 400 m 0 -400 l -400 400`, stroke: color }, layer);
      }
      el("title", {}, node).textContent = title;
      if (!hidden) shown++;
    }
    document.getElementById("shot-count").textContent = `${shown} shot${shown === 1 ? "" : "s"}`;
  }

  document.querySelectorAll(".filters button").forEach(button => button.addEventListener("click", () => {
    state.filter = button.dataset.filter;
    document.querySelectorAll(".filters button").forEach(b => b.classList.toggle("active", b === button));
    renderShots();
  }));

  // ----- the stream ----------------------------------------------------------------------------------------------
  const hz = new URLSearchParams(location.search).get("hz");
  const source = new EventSource(`events${hz ? `?hz=${encodeURIComponent(hz)}` : ""}`);
  source.onopen = () => { state.open = true; showLink(); };
  // EventSource reconnects by itself; the relay then sends the whole state again.
  source.onerror = () => { state.open = false; showLink(); };
  source.addEventListener("game", e => onGame(JSON.parse(e.data)));
  source.addEventListener("tick", e => onTick(JSON.parse(e.data)));
  source.addEventListener("shots", e => onShots(JSON.parse(e.data)));
  window.courtView = state; // for the curious, in the browser's console
})();
