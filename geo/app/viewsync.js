// The map page's view in the link (see geo/app/focus.py): Streamlit's map does not report its
// pan and zoom to Python, so this reads the chart's view in the page and, once the user has
// stopped moving the map and it looks elsewhere than the link says, sends it to Python, which
// keeps it in the link and draws the next map there.
function currentFiber(el) {
  // React keeps two trees of fibers and a DOM node may point into the stale one; the current
  // tree starts at the root's ``current``, so the chart's fiber is looked up there.
  const root = document.getElementById("root");
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
  // The chart's React state holds the view the user has moved to: the one object with
  // latitude, longitude and zoom among its hooks.
  const el = document.querySelector('[data-testid="stDeckGlJsonChart"]');
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

function rounded(v) {
  return [v.latitude.toFixed(4), v.longitude.toFixed(4), v.zoom.toFixed(2)];
}

export default function (component) {
  const { setTriggerValue } = component;
  let pending = null;
  const timer = setInterval(() => {
    const v = chartView();
    if (!v || !isFinite(v.latitude) || !isFinite(v.longitude) || !isFinite(v.zoom)) return;
    const now = rounded(v);
    const link = new URLSearchParams(window.location.search);
    if (now[0] === link.get("lat") && now[1] === link.get("lon") && now[2] === link.get("zoom")) {
      pending = null;
      return;
    }
    if (!pending || pending.join() !== now.join()) {
      pending = now; // still moving: wait until the view holds for one more look
      return;
    }
    pending = null;
    setTriggerValue("view", now.map(Number));
  }, 400);
  return () => clearInterval(timer);
}
