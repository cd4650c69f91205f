import subprocess
import sys


def test_detection_imports_no_broker_code():
    code = (
        "import sys, streams.detection\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('faust', 'kafka', 'aiokafka', 'mode')]\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"streams.detection pulled in {result.stdout.strip()}"


def test_detection_never_reads_the_environment():
    from pathlib import Path

    import streams.detection

    root = Path(streams.detection.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text()
        assert "os.environ" not in text and "getenv" not in text, path
