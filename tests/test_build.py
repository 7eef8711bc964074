"""The committed gazetteer is exactly what the build script makes from its sources."""
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED

SOURCES = SHARED / "gazetteer-sources"


@pytest.mark.skipif(not SOURCES.is_dir(), reason="../shared/gazetteer-sources is not beside the checkout")
def test_build_is_deterministic_and_matches_the_committed_data(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--sources", str(SOURCES),
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr
    names = ["places.tsv.gz", "names.tsv.gz", "areas.geojson.gz", "index.arrow", "ru/places.tsv.gz", "ru/names.tsv.gz",
             "ru/index.arrow", "ru/README.md", "ru/LICENSE-GPL-3.0.txt"]
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()) == sorted(names)
    for name in names:
        built = (tmp_path / name).read_bytes()
        committed = (ROOT / "data" / "gazetteer" / name).read_bytes()
        assert built == committed, f"{name} differs from a fresh build: rerun scripts/build_gazetteer.py"
