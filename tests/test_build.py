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
    for name in ("places.tsv.gz", "names.tsv.gz", "areas.geojson.gz"):
        built = (tmp_path / name).read_bytes()
        committed = (ROOT / "data" / "gazetteer" / name).read_bytes()
        assert built == committed, f"{name} differs from a fresh build: rerun scripts/build_gazetteer.py"
