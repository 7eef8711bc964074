"""Keeping events in the store: assigned as claims arrive (only the events near a new article's
places and days are read), rebuilt in one pass for an existing store, merged and split by users
(kept in ``corrections`` like any change a user makes). Listing them is ``events.EventLists``;
their rows are read and written by ``event_rows``."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import and_, delete, func, insert, select, update

from ..claims.event_matching import Matcher
from ..claims.event_model import AREA_KINDS, Event, Item, PlaceRef, event_id, related_admin1
from .driver import bulk_insert as _bulk_insert
from .driver import driver_values as _driver
from .event_rows import event_of, event_row, item_of
from .guard import writing
from .parts import Part
from .reading import as_date
from .schema import (MAX_ID, StoreError, claims_t, corrections_t, event_places_t, events_t, meta_t, needs_writing,
                     places_t, set_meta)

# The grouping rules' version: a store grouped under other rules is regrouped when opened.
EVENT_RULES = "2"

__all__ = ["EVENT_RULES", "Events"]


class Events(Part):
    """The events and event_places tables kept current: claim places put into events as they
    are stored (in the writer's transaction, ``assign``, or later, ``defer`` and
    ``flush_events``), regrouped (``rebuild_events``) and changed by users (``merge_events``,
    ``split_claim``)."""

    def __init__(self, db):
        super().__init__(db)
        self._pending: list[Item] = []  # deferred claim places: stored, committed, not grouped yet
        self._refs: dict[str, PlaceRef] = {}  # where each place is (``_ref``)

    def defer(self, items: list[Item]) -> None:
        """Claim places stored (and committed) to be put into events by ``flush_events``."""
        self._pending.extend(items)

    # -- assignment ---------------------------------------------------------------------------
    def assign(self, conn, items: list[Item]) -> None:
        """Put new claim places into events: the events they may join are read, matched in
        memory, and the changed ones written back, in the caller's transaction."""
        if not items:
            return
        matcher = Matcher(self.gazetteer, self._events_near(conn, items))
        joined = [(it, e) for it in items if (e := matcher.assign(it)) is not None]
        self._resettle(conn, matcher, items)
        joined += matcher.settle()
        self._fresh_ids(conn, [e for e in matcher.events.values() if e.is_new])
        self._save_events(conn, [e for e in matcher.events.values() if e.dirty])
        _bulk_insert(conn, event_places_t, [{"claim_id": it.claim_id, "seq": it.seq, "event_id": e.id, "pinned": 0,
                                             "link": it.link} for it, e in joined])

    def _resettle(self, conn, matcher: Matcher, batch: list[Item]) -> None:
        """Areas' claims stored near a strike this batch opened may be tied to a strike no more
        (a second town struck in the oblast that night) or now (the first): those whose event
        changes are taken out of it and wait in ``matcher`` to be settled with the batch's own."""
        opened = {(a, e.day) for e in matcher.events.values() if e.is_new and not e.place.is_area
                  for a in related_admin1(e.place.admin1)}
        if not opened:
            return []
        mine = {(it.claim_id, it.seq) for it in batch}
        near = {(a, d + timedelta(days=k)) for a, d in opened for k in range(-2, 3)}
        # One query over the areas and days (a superset), the exact pairs kept here: a query of
        # one term per pair outgrows SQLite's expression limit on a bulk ingest's batch.
        where = and_(places_t.c.kind.in_(AREA_KINDS), places_t.c.admin1.in_(sorted({a for a, _ in near})),
                     places_t.c.map_date.in_(sorted({d for _, d in near})))
        # The area places and, in the same query, the other places of their claims (an area
        # named with a place inside it follows that place: ``Matcher.know``).
        rows = self._claim_items(conn, places_t.c.claim_id.in_(select(places_t.c.claim_id).where(where)),
                                 pinned=False, with_event=True)
        stored = [(it, eid) for it, eid in rows if it.place.is_area
                  and (it.place.admin1, it.day) in near and (it.claim_id, it.seq) not in mine]
        if not stored:
            return []
        # The strikes near the stored area places too, not only near the batch's (a second town
        # struck a day later than the batch's window holds them apart as well).
        matcher.add(self._events_near(conn, [it for it, _ in stored]))
        for it, eid in rows:
            if not it.place.is_area:
                matcher.know(it, eid)
        moving = [(it, eid) for it, eid in stored if matcher.would_move(it, eid)]
        if moving:
            mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
            conn.exec_driver_sql(f"DELETE FROM event_places WHERE claim_id = {mark} AND seq = {mark}",
                                 [(it.claim_id, it.seq) for it, _ in moving])
        for eid, event in self._events_from_members(conn, sorted({eid for _, eid in moving})).items():
            matcher.replace(eid, event)
        for it, _ in moving:
            matcher.assign(it)  # an area place: it waits for ``settle``

    def _events_from_members(self, conn, ids: list[str]) -> dict[str, Event | None]:
        """Events as their claim places make them now (None: one has none left, and it is
        deleted from the store, so that its id is free), their claim places read in one query."""
        members: dict[str, list[Item]] = {eid: [] for eid in ids}
        for k in range(0, len(ids), 500):
            for it, eid in self._claim_items(conn, event_places_t.c.event_id.in_(ids[k:k + 500]), with_event=True):
                members[eid].append(it)
        empty = [eid for eid, items in members.items() if not items]
        for k in range(0, len(empty), 500):
            conn.execute(delete(events_t).where(events_t.c.id.in_(empty[k:k + 500])))
        return {eid: Event.of_items(eid, items) if items else None for eid, items in members.items()}

    def _fresh_ids(self, conn, new: list[Event]) -> None:
        """A corrected claim place that opens an event again would take the id of the event it
        opened before, which its other claims keep: such an event gets the next free id."""
        if not new:
            return
        taken = set(conn.execute(select(events_t.c.id).where(events_t.c.id.in_([e.id for e in new]))).scalars())
        for e in new:
            k = 1
            while e.id in taken:
                e.id = "e" + hashlib.blake2b(f"{e.id}#{k}".encode(), digest_size=8).hexdigest()
                k += 1

    def flush_events(self) -> int:
        """Assign the claim places that ``defer`` holds (``add(..., events=False)``); returns how many.

        Another process that opened the store meanwhile (the dashboard, during an ingest) may
        have grouped some of them already, taking them for an interrupted ingest's: those keep
        the event they got."""
        if not self._pending:
            return 0  # nothing waits, nothing to write (a read-only store may ask too)
        return self._flush_events()

    @writing
    def _flush_events(self) -> int:
        from sqlalchemy.exc import IntegrityError

        items, self._pending = self._pending, []
        for attempt in range(3):  # on PostgreSQL the other process may commit between our read and write
            try:
                with self.db.transaction() as conn:
                    grouped = self._grouped(conn, {it.claim_id for it in items})
                    left = [it for it in items if (it.claim_id, it.seq) not in grouped]
                    self.assign(conn, left)
                return len(left)
            except IntegrityError:
                if attempt == 2:
                    raise

    @staticmethod
    def _grouped(conn, claim_ids: set[str]) -> set[tuple[str, int]]:
        """The (claim, place number) pairs of these claims that already belong to an event."""
        ids, out = sorted(claim_ids), set()
        for k in range(0, len(ids), 500):  # well under any driver's limit on parameters
            q = select(event_places_t.c.claim_id, event_places_t.c.seq).where(event_places_t.c.claim_id.in_(ids[k:k + 500]))
            out.update(tuple(r) for r in conn.execute(q))
        return out

    def _events_near(self, conn, items: list[Item]) -> list[Event]:
        """Events the claim places may join: in their admin-1 area, within a day of their day
        (indexed lookups of exactly those days, however many articles a batch spans)."""
        days: dict[str, set] = {}
        for it in items:
            for a in it.place.admin1s():
                days.setdefault(a, set()).update(date.fromordinal(d) for d in (*it.lookup_days(), it.day.toordinal() + 2))
        if not days:
            return []  # places without an admin-1 area start their own events
        # Through the driver with a plain statement: SQLAlchemy's per-call compilation was most
        # of what events cost an ingest.
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        cols = [c.name for c in events_t.columns]
        quote = conn.dialect.identifier_preparer.quote
        terms, params = [], []
        for admin1, ds in sorted(days.items()):
            terms.append(f"(admin1 = {mark} AND day IN ({', '.join([mark] * len(ds))}))")
            params += [admin1, *sorted(ds)]
        sql = f"SELECT {', '.join(map(quote, cols))} FROM events WHERE {' OR '.join(terms)}"
        rows = conn.exec_driver_sql(sql, _driver(conn, tuple(params))).fetchall()
        return [event_of(dict(zip(cols, r)), self._ref) for r in rows]

    def _save_events(self, conn, events: list[Event]) -> None:
        """New events inserted and changed ones updated, each kind in one executemany."""
        _bulk_insert(conn, events_t, [event_row(e) for e in events if e.is_new])
        changed = [event_row(e) for e in events if not e.is_new]
        if changed:
            cols = [c for c in changed[0] if c != "id"]
            mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
            quote = conn.dialect.identifier_preparer.quote
            sql = f"UPDATE events SET {', '.join(f'{quote(c)} = {mark}' for c in cols)} WHERE id = {mark}"
            if conn.dialect.name == "sqlite":
                changed = [{**r, "day": r["day"].isoformat()} for r in changed]
            conn.exec_driver_sql(sql, [(*(r[c] for c in cols), r["id"]) for r in changed])
        for e in events:
            e.is_new = e.dirty = False

    def items_of(self, claim_rows: list[dict], place_rows: list[dict]) -> list[Item]:
        """The items to group for claim and place rows about to be stored (dated claims only)."""
        claims = {c["id"]: c for c in claim_rows}
        out = []
        for p in place_rows:
            c = claims[p["claim_id"]]
            if c["map_date"] is None:
                continue  # an undated claim cannot be put on a day
            ref = self._ref(p["place_id"], p["kind"], p["admin1"], p["lat"], p["lon"], p.get("name"))
            out.append(item_of(p["claim_id"], p["seq"], ref, c["map_date"], c["map_date_from"], c["date_precision"],
                             c["date_text"], c["overnight"], c["side"], c["source"], c["outcome"], c["targets"],
                             c["verified"]))
        return out

    def _ref(self, place_id: str, kind: str, admin1, lat, lon, name) -> PlaceRef:
        """Where a claim place is; a facility knows its towns (from the gazetteer's facilities).
        Remembered per place: a store holds many claims at one place."""
        cache = self._refs
        ref = cache.get(place_id)
        if ref is not None and ref.admin1 == admin1 and ref.kind == kind:
            return ref
        towns, category, names, units = (), "", (), ()
        if kind == "facility":
            facility = self.gazetteer.facilities.get(place_id)
            if facility is not None:
                towns, category = tuple(facility.towns), facility.kind
                places = [t for t in map(self.gazetteer.get, towns) if t is not None]
                names = tuple(t.name for t in places)
                units = tuple(dict.fromkeys(t.admin1 for t in places if t.admin1 and t.admin1 != admin1))
        ref = cache[place_id] = PlaceRef(place_id, kind, admin1, float(lat), float(lon), name or "", towns, category,
                                         names, units)
        return ref

    def _claim_items(self, conn, where, event: str | None = None, pinned: bool | None = None, with_event: bool = False):
        """Items for stored claim places (``event``: those of this event only; ``pinned``:
        only those a user placed, or only those none did; ``with_event``: (item, event id) pairs)."""
        frm = places_t.join(claims_t, claims_t.c.id == places_t.c.claim_id)
        if event is not None or pinned is not None or with_event:
            frm = frm.join(event_places_t, and_(event_places_t.c.claim_id == places_t.c.claim_id,
                                                event_places_t.c.seq == places_t.c.seq))
        if event is not None:
            where = and_(where, event_places_t.c.event_id == event)
        if pinned is not None:
            where = and_(where, event_places_t.c.pinned == int(pinned))
        extra = [event_places_t.c.event_id] if with_event else []
        q = (select(places_t.c.claim_id, places_t.c.seq, places_t.c.place_id, places_t.c.kind, places_t.c.admin1,
                    places_t.c.lat, places_t.c.lon, places_t.c.name, claims_t.c.map_date, claims_t.c.map_date_from,
                    claims_t.c.date_precision, claims_t.c.date_text, claims_t.c.overnight, claims_t.c.side,
                    claims_t.c.source, claims_t.c.outcome, claims_t.c.targets, claims_t.c.verified, *extra)
             .select_from(frm)
             .where(where, claims_t.c.map_date.is_not(None))
             .order_by(claims_t.c.map_date, places_t.c.claim_id, places_t.c.seq))
        days: dict = {}  # a date parsed once per distinct value (SQLite gives text)
        out = []
        for claim_id, seq, place_id, kind, admin1, lat, lon, name, map_date, *rest in conn.execute(q):
            day = days.get(map_date) or days.setdefault(map_date, as_date(map_date))
            it = item_of(claim_id, seq, self._ref(place_id, kind, admin1, lat, lon, name), day, *rest[:9])
            out.append((it, rest[9]) if with_event else it)
        return out

    @writing
    def rebuild_events(self) -> int:
        """Group every stored claim place into events again (a store made before events, or
        after a change of the rules). A user's merges and splits (pinned places) are kept.
        Returns the number of events."""
        import gc

        # Hundreds of thousands of small objects: the cyclic collector's passes over them cost
        # more than the matching itself, and none of them forms a cycle.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._rebuild_events()
        finally:
            if was_enabled:
                gc.enable()

    def _rebuild_events(self) -> int:
        with self.db.transaction() as conn:
            pinned = {(r.claim_id, r.seq): r.event_id for r in conn.execute(
                select(event_places_t).where(event_places_t.c.pinned == 1))}
            conn.execute(delete(event_places_t))
            conn.execute(delete(events_t))
            items = self._claim_items(conn, places_t.c.claim_id.is_not(None))
            matcher, rows = Matcher(self.gazetteer), []
            for it in items:  # the users' groups first, so that other claims can join them
                eid = pinned.get((it.claim_id, it.seq))
                if eid:
                    matcher.pin(it, eid)
                    rows.append({"claim_id": it.claim_id, "seq": it.seq, "event_id": eid, "pinned": 1, "link": it.link})
            joined = [(it, e) for it in items if (it.claim_id, it.seq) not in pinned and (e := matcher.assign(it)) is not None]
            for it, e in joined + matcher.settle():
                rows.append({"claim_id": it.claim_id, "seq": it.seq, "event_id": e.id, "pinned": 0, "link": it.link})
            _bulk_insert(conn, events_t, [event_row(e) for e in matcher.events.values()])
            _bulk_insert(conn, event_places_t, rows)
            set_meta(conn, "events", EVENT_RULES)
        return len(matcher.events)

    def ensure(self) -> None:
        """A store made before events were kept gets them once, when it is first opened; claim
        places an interrupted ingest left without an event get one."""
        with self.engine.connect() as conn:
            built = conn.execute(select(meta_t.c.value).where(meta_t.c.key == "events")).scalar()
            # (an undated claim's places are never grouped: only dated ones are counted)
            places = conn.execute(select(func.count()).select_from(places_t.join(claims_t, claims_t.c.id == places_t.c.claim_id))
                                  .where(claims_t.c.map_date.is_not(None))).scalar()
            grouped = conn.execute(select(func.count()).select_from(event_places_t)).scalar()
        if self.read_only:
            # Claim places not grouped yet are an ingest's, still running: it groups them itself.
            if built != EVENT_RULES and places:
                raise needs_writing("the store's events were grouped by older rules (or not at all)")
            return
        if built != EVENT_RULES and places:
            self.rebuild_events()
            return
        with self.db.transaction() as conn:
            if built != EVENT_RULES:
                set_meta(conn, "events", EVENT_RULES)
            if places != grouped:
                left = ~select(event_places_t.c.claim_id).where(and_(
                    event_places_t.c.claim_id == places_t.c.claim_id, event_places_t.c.seq == places_t.c.seq)).exists()
                self.assign(conn, self._claim_items(conn, left))

    # -- users' changes --------------------------------------------------------------------------
    @writing
    def merge_events(self, keep: str, other: str, author: str, note: str | None = None) -> None:
        """Make ``other`` part of ``keep`` (the same strike, as a user judges it)."""
        if keep == other:
            raise StoreError("an event cannot be merged with itself")
        with self.db.transaction() as conn:
            for eid in (keep, other):
                if conn.execute(select(events_t.c.id).where(events_t.c.id == eid)).first() is None:
                    raise StoreError(f"no event {eid!r}")
            moved = conn.execute(select(event_places_t.c.claim_id).where(event_places_t.c.event_id == other)).scalars().all()
            conn.execute(update(event_places_t).where(event_places_t.c.event_id.in_([keep, other]))
                         .values(event_id=keep, pinned=1, link="placed by a user"))
            conn.execute(delete(events_t).where(events_t.c.id == other))
            self._recompute(conn, keep)
            self._log_event_change(conn, sorted(set(moved)), other, keep, author, note)

    @writing
    def split_claim(self, claim_id: str, author: str, note: str | None = None) -> str:
        """Take a claim out of its event into an event of its own (a different strike, as a
        user judges it). Returns the new event's id."""
        with self.db.transaction() as conn:
            rows = conn.execute(select(event_places_t).where(event_places_t.c.claim_id == claim_id)).mappings().all()
            if not rows:
                raise StoreError(f"claim {claim_id!r} is in no event")
            old = sorted({r["event_id"] for r in rows})
            first = conn.execute(select(places_t).where(places_t.c.claim_id == claim_id).order_by(places_t.c.seq)).mappings().first()
            ref = self._ref(first["place_id"], first["kind"], first["admin1"], first["lat"], first["lon"], first["name"])
            split = Event(event_id(claim_id, -1), first["map_date"], False, ref, is_new=True)
            self._fresh_ids(conn, [split])  # split before, then merged with others: that event stays theirs
            new = split.id
            conn.execute(update(event_places_t).where(event_places_t.c.claim_id == claim_id)
                         .values(event_id=new, pinned=1, link="placed by a user"))
            conn.execute(insert(events_t).values(**event_row(split)))
            for eid in [*old, new]:
                self._recompute(conn, eid)
            self._log_event_change(conn, [claim_id], ",".join(old), new, author, note)
            return new

    def _recompute(self, conn, eid: str) -> None:
        """An event's place, day and status again from its claim places (or gone, if none)."""
        e = self._events_from_members(conn, [eid])[eid]
        if e is not None:
            conn.execute(update(events_t).where(events_t.c.id == eid).values(**event_row(e)))

    def reassign(self, conn, claim_id: str) -> None:
        """After a correction of a claim's place, date or side: its places join events anew
        (unless a user placed them), and the events it leaves are recounted."""
        rows = conn.execute(select(event_places_t).where(event_places_t.c.claim_id == claim_id)).mappings().all()
        if any(r["pinned"] for r in rows):
            for eid in {r["event_id"] for r in rows}:
                self._recompute(conn, eid)
            return
        conn.execute(delete(event_places_t).where(event_places_t.c.claim_id == claim_id))
        for eid in {r["event_id"] for r in rows}:
            self._recompute(conn, eid)
        self.assign(conn, self._claim_items(conn, places_t.c.claim_id == claim_id))

    def _log_event_change(self, conn, claim_ids, old: str, new: str, author: str, note) -> None:
        if not author or not str(author).strip():
            raise StoreError("a change to an event needs an author")
        now = datetime.now(timezone.utc)
        conn.execute(insert(corrections_t), [{"claim_id": c, "field": "event", "old_value": old, "new_value": new,
                                              "author": str(author).strip()[:MAX_ID], "note": note, "created_at": now}
                                             for c in claim_ids])
