(function () {
  const top = window.parent;
  const doc = top.document;

  // React keeps two trees of fibers and a DOM node may point into the stale one; the current
  // tree starts at the root's ``current``, so the chart's fiber is looked up there.
  function currentFiber(el) {
    const root = doc.getElementById("root");
    const key = root && Object.keys(root).find((k) => k.startsWith("__reactContainer$"));
    const stack = key && root[key].stateNode ? [root[key].stateNode.current] : [];
    for (let n = 0; stack.length && n < 200000; n++) {
      const f = stack.pop();
      if (f.stateNode === el) return f;
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    return null;
  }

  function chartView() {
    const el = doc.querySelector('[data-testid="stDeckGlJsonChart"]');
    let fiber = el ? currentFiber(el) : null;
    for (let depth = 0; fiber && depth < 40; depth++, fiber = fiber.return) {
      let hook = fiber.memoizedState;
      for (let i = 0; hook && typeof hook === "object" && i < 60; i++, hook = hook.next) {
        const v = hook.memoizedState;
        if (v && typeof v === "object" && !Array.isArray(v) && "latitude" in v && "longitude" in v && "zoom" in v) {
          return v;
        }
      }
    }
    return null;
  }

  const page = top.location.pathname; // the map page: other pages' maps keep their links

  function sync() {
    if (top.location.pathname !== page) return;
    const v = chartView();
    if (!v || !isFinite(v.latitude) || !isFinite(v.longitude) || !isFinite(v.zoom)) return;
    const params = new URLSearchParams(top.location.search);
    const want = { lat: v.latitude.toFixed(4), lon: v.longitude.toFixed(4), zoom: v.zoom.toFixed(2) };
    if (Object.keys(want).every((k) => params.get(k) === want[k])) return;
    for (const k in want) params.set(k, want[k]);
    top.history.replaceState(top.history.state, "", top.location.pathname + "?" + params.toString());
  }

  if (top.__strikeAtlasViewSync) top.clearInterval(top.__strikeAtlasViewSync);
  top.__strikeAtlasViewSync = top.setInterval(sync, 700);
})();
