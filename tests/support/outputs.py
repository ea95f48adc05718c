"""What a build or a bake wrote: every file of an output folder with its bytes, to compare two
outputs byte for byte, and the paths a bake wrote, relative to its output folder."""

import re
from pathlib import Path

# pelican-sitemap dates the index pages with the time of the build (not of their content), so
# two full builds a second apart differ there too: that date is the one byte range left out.
INDEX_LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>(\s*<changefreq>daily</changefreq>)")


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under *folder*, by its path there, with its bytes (the sitemap's build
    times of index pages left out)."""
    files = {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
    if "sitemap.xml" in files:
        files["sitemap.xml"] = INDEX_LASTMOD.sub(
            rb"<lastmod>(build)</lastmod>\1", files["sitemap.xml"]
        )
    return files


def relative(paths: list[str], output: Path) -> set[str]:
    """Return the written *paths* relative to the *output* folder."""
    return {str(Path(path).relative_to(output)) for path in paths}
