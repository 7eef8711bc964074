(function () {
  const top = window.parent;
  const doc = top.document;

  function chartView() {
    const el = doc.querySelector('[data-testid="stDeckGlJsonChart"]');
    if (!el) return null;
    const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"));
    let fiber = key ? el[key] : null;
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
