"""Attachment sync over a bad link: bytes and wall time against the physical floor.

    python bench/attachments.py [--scale 1] [--photos 20] [--whole]

Over a real server on 127.0.0.1 (SQLite store, files on disk), through a relay that throttles,
delays and cuts (tests/sync/link.py):

1. 20 photos of about 2 MB (4000x3000 JPEGs, a scene of gradients and grain, not noise),
   sent as GMS Desk sends them, made no larger than 2048 px (`--whole`: as taken), on a
   32 kB/s link with a 300 ms round trip.
2. One 5 MB file (not a photo: sent whole) on a 32 kB/s link that drops every minute.

Printed: bytes attached, bytes the laptop handed to the network in pieces (those handed again
included: a piece cut off at a drop is sent again from where the server's copy ends, and
what sat in the laptop's own buffers never crossed), the bytes that crossed the link (HTTP
headers included), round trips, wall time, and the floor B / R + k x T (B the bytes that must
cross, R the rate, k the round trips, T the round trip) with the ratio of the time measured
to it.

`--scale 0.1` runs ten times faster: rate x 10, round trip and drop interval / 10 (pieces are
sized by time, so they grow larger than on the real link: the real figures are at scale 1).
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageFilter  # noqa: E402

from gmsdesk.server.store import Store, create_schema, make_engine  # noqa: E402
from gmsdesk.storage.attachments import attachments_of  # noqa: E402
from gmsdesk.storage.db import Database  # noqa: E402
from gmsdesk.sync.attachments import AttachmentSync  # noqa: E402
from gmsdesk.sync.client import SyncClient  # noqa: E402
from tests.conftest import LiveServer  # noqa: E402
from tests.survey_kit import answer, write_xlsform  # noqa: E402
from tests.sync.link import Link  # noqa: E402

FORM = [("text", "product", "Product", "ផលិតផល", "yes"),
        ("image", "photo", "Photo", "រូបថត", ""),
        ("file", "price_list", "Price list", "តារាងតម្លៃ", "")]


def scene(seed: int, width: int = 4000, height: int = 3000) -> bytes:
    """A photo-like JPEG: smooth shapes, a little grain (compresses as photos do)."""
    bands = []
    for band in range(3):
        grain = Image.effect_noise((width // 4, height // 4), 60 + seed * 7 + band * 5)
        smooth = grain.filter(ImageFilter.GaussianBlur(1.2)).resize(
            (width, height), Image.Resampling.BICUBIC)
        light = Image.linear_gradient("L").resize((width, height)).rotate(30 * band + seed * 11)
        bands.append(Image.blend(smooth, light, 0.5))
    image = Image.blend(Image.merge("RGB", bands),
                        Image.effect_noise((width, height), 12).convert("RGB"), 0.15)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=93)
    return out.getvalue()


def laptop(folder: Path, server: LiveServer, url: str) -> tuple[Database, str]:
    db = Database(folder / "gmsdesk.sqlite3", user="bench")
    SyncClient(db).enroll(url, server.store.create_enrollment("kh-sr"), "bench laptop")
    path = write_xlsform(folder / "catalogue.xlsx", FORM, [], form_id="catalogue")
    from gmsdesk.forms.xlsform import load_xlsform

    form, _ = load_xlsform(path)
    assert form is not None
    db.surveys.import_form(form, path.name)
    return db, db.surveys.form_ref("catalogue", "1")


def run(name: str, db: Database, link: Link, rate: float, rtt: float, attached: int) -> None:
    token = db.sync.enrolment().token
    started = time.monotonic()
    report = AttachmentSync(db, link.url, token).run()
    wall = time.monotonic() - started
    must = report.bytes_sent - report.bytes_resent
    floor = must / rate + report.round_trips * rtt
    print(f"\n{name}")
    print(f"  attached {attached / 1e6:.2f} MB; must cross {must / 1e6:.2f} MB; sent "
          f"{report.bytes_sent / 1e6:.2f} MB, of which sent again {report.bytes_resent / 1e3:.0f}"
          f" kB ({100 * report.bytes_resent / max(1, must):.1f}%)")
    print(f"  {report.sent} file(s) arrived, {report.waiting} waiting; {report.round_trips} round"
          f" trips; link drops {link.counts.drops}; bytes up on the wire "
          f"{link.counts.up / 1e6:.2f} MB (HTTP headers included)")
    print(f"  wall {wall:.1f} s; floor B/R + k*T = {must / rate:.1f} + "
          f"{report.round_trips * rtt:.1f} = {floor:.1f} s; ratio {wall / floor:.2f}"
          + (f"  [{report.problem}]" if report.problem else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--whole", action="store_true", help="send photos as taken")
    parser.add_argument("--skip-photos", action="store_true")
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args()
    rate = 32_000 / args.scale
    rtt = 0.3 * args.scale
    with tempfile.TemporaryDirectory(prefix="gmsdesk-bench-") as tmp:
        folder = Path(tmp)
        engine = make_engine(str(folder / "server.sqlite3"))
        create_schema(engine)
        store = Store(engine)
        store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
        server = LiveServer(store)
        try:
            if not args.skip_photos:
                (folder / "a").mkdir()
                db, ref = laptop(folder / "a", server, server.url)
                attachments = attachments_of(db)
                if args.whole:
                    attachments.set_sync_pixels(0)
                attached = 0
                print(f"making {args.photos} photos...", flush=True)
                for i in range(args.photos):
                    kept = attachments.add_bytes(scene(i), f"product{i}.jpg")
                    attached += kept.size
                    answer(db, ref, {"product": f"Product {i}", "photo": kept.name})
                link = Link(server.port, rate=rate, rtt_s=rtt)
                try:
                    run(f"{args.photos} photos of {attached / args.photos / 1e6:.1f} MB "
                        f"({'as taken' if args.whole else 'sent at 2048 px'}), "
                        f"{rate / 1000:.0f} kB/s, {rtt * 1000:.0f} ms", db, link, rate, rtt,
                        attached)
                finally:
                    link.stop()
                    db.close()
            if not args.skip_big:
                (folder / "b").mkdir()
                db, ref = laptop(folder / "b", server, server.url)
                data = random.Random(5).randbytes(5 * 1024 * 1024)
                kept = attachments_of(db).add_bytes(data, "catalogue.pdf")
                answer(db, ref, {"product": "Catalogue", "price_list": kept.name})
                link = Link(server.port, rate=rate, rtt_s=rtt, drop_every_s=60 * args.scale)
                try:
                    run(f"one 5 MB file, {rate / 1000:.0f} kB/s, {rtt * 1000:.0f} ms, the link "
                        f"dropping every {60 * args.scale:.0f} s", db, link, rate, rtt,
                        kept.size)
                finally:
                    link.stop()
                    db.close()
        finally:
            server.stop()
            engine.dispose()


if __name__ == "__main__":
    main()
