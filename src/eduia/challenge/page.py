"""The class page of the challenge: the board for the projector, served on the teacher's machine.

:func:`serve` starts a small standard-library HTTP server (bound to ``127.0.0.1`` unless told
otherwise) that answers two addresses only: ``/`` (the French page) and ``/tableau.json`` (the
board and the page's body, rendered here). It never serves a file of the challenge folder. The
page refreshes itself with a few lines of inline script that poll ``tableau.json``; it loads
nothing from anywhere else (no CDN, no font, no library), which its Content-Security-Policy
enforces.

Every score is shown with its 95 % uncertainty band; neighbours whose difference is within its own
band (same rows, a paired comparison) are shown as tied. After the reveal the page shows the
private board, a plot of public rank against private rank (inline SVG drawn here) and the
shake-up explained in French. Every name is escaped.

Examples
--------
>>> rows = [{"equipe": "A", "s": 50, "b": 6}, {"equipe": "B", "s": 47, "b": 6}]
>>> [(row["rang"], row["ex_aequo"]) for row in rank_with_ties(rows, "s", "b")]
[(1, True), (1, True)]
"""

from __future__ import annotations

import html
import json
import os
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from eduia.challenge.board import _load_state, board
from eduia.challenge.submission import SubmissionError
from eduia.i18n import t

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_REFRESH_SECONDS = 5.0
JSON_PATH = "/tableau.json"
_TEAM_COLOUR = "#0072B2"  # colour-blind-safe palette (Okabe-Ito), as in eduia.plots
_REFERENCE_COLOUR = "#999999"


def rank_with_ties(
    rows: list[dict[str, Any]], score_key: str, band_key: str
) -> list[dict[str, Any]]:
    """Copies of ``rows`` that have a score, best first, with ``rang`` and ``ex_aequo``.

    A row is tied with the row just above it when the board says so (``egal_public`` or
    ``egal_prive``: their difference is within its own band, see
    :func:`eduia.challenge.board.board`), or, for rows without that flag, when their bands
    ``score ± band`` overlap; tied rows share the rank of the first of their group.

    Examples
    --------
    >>> rows = [{"equipe": "A", "s": 80, "b": 5}, {"equipe": "B", "s": 60, "b": 5}]
    >>> [row["rang"] for row in rank_with_ties(rows, "s", "b")]
    [1, 2]
    """
    scored = sorted(
        (dict(row) for row in rows if row.get(score_key) is not None),
        key=lambda row: (-row[score_key], str(row["equipe"])),
    )
    for position, row in enumerate(scored):
        row["ex_aequo"] = False
        row["rang"] = position + 1
        if position:
            above = scored[position - 1]
            flag = "egal_" + score_key.removeprefix("score_")
            if flag in row:
                tied = bool(row[flag])
            else:
                low_above = above[score_key] - above.get(band_key, 0)
                tied = low_above <= row[score_key] + row.get(band_key, 0)
            if tied:
                row["rang"] = above["rang"]
                row["ex_aequo"] = above["ex_aequo"] = True
    return scored


def _positions(rows: list[dict[str, Any]], key: str) -> dict[str, int]:
    """Each row's rank by ``key`` alone; equal scores share a rank (1, 2, 2, 4)."""
    scores = {str(row["equipe"]): row[key] for row in rows if row.get(key) is not None}
    return {
        name: 1 + sum(1 for other in scores.values() if other > score)
        for name, score in scores.items()
    }


def rank_plot_svg(rows: list[dict[str, Any]]) -> str:
    """An SVG plot of public rank (x) against private rank (y), the diagonal « same rank ».

    Examples
    --------
    >>> svg = rank_plot_svg([{"equipe": "<A>", "score_public": 9, "score_prive": 8}])
    >>> svg.startswith("<svg") and "&lt;A&gt;" in svg and "<A>" not in svg
    True
    """
    public, private = _positions(rows, "score_public"), _positions(rows, "score_prive")
    names = [name for name in public if name in private]
    count = max(len(names), 1)
    size, margin = 480, 70
    span = size - 2 * margin

    def place(rank: int) -> float:
        return margin + (rank - 1) * span / max(count - 1, 1)

    reference = {str(row["equipe"]) for row in rows if row.get("reference")}
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" id="graphique-rangs" width="{size + 160}" '
            f'height="{size}" viewBox="0 0 {size + 160} {size}" role="img" '
            f'aria-label="{html.escape(t("challenge.page_plot_title"))}">'
        ),
        f"<title>{html.escape(t('challenge.page_plot_title'))}</title>",
        (
            f'<line x1="{margin}" y1="{margin}" x2="{margin + span}" y2="{margin + span}" '
            'stroke="#555555" stroke-dasharray="6 4"/>'
        ),
        (
            f'<text x="{margin + span - 4}" y="{margin + span - 10}" text-anchor="end" '
            f'font-size="13" fill="#555555">{html.escape(t("challenge.page_plot_same_rank"))}</text>'
        ),
        (
            f'<line x1="{margin - 20}" y1="{margin - 20}" x2="{margin + span + 20}" '
            f'y2="{margin - 20}" stroke="#000000"/>'
        ),
        (
            f'<line x1="{margin - 20}" y1="{margin - 20}" x2="{margin - 20}" '
            f'y2="{margin + span + 20}" stroke="#000000"/>'
        ),
        (
            f'<text x="{margin + span / 2}" y="{margin - 44}" text-anchor="middle" font-size="15">'
            f"{html.escape(t('challenge.page_plot_x'))}</text>"
        ),
        (
            f'<text x="{margin - 46}" y="{margin + span / 2}" text-anchor="middle" font-size="15" '
            f'transform="rotate(-90 {margin - 46} {margin + span / 2})">'
            f"{html.escape(t('challenge.page_plot_y'))}</text>"
        ),
    ]
    for rank in range(1, count + 1):
        parts.append(
            f'<text x="{place(rank)}" y="{margin - 26}" text-anchor="middle" font-size="13">'
            f"{rank}</text>"
        )
        parts.append(
            f'<text x="{margin - 26}" y="{place(rank) + 4}" text-anchor="end" font-size="13">'
            f"{rank}</text>"
        )
    points: dict[tuple[int, int], list[str]] = {}
    for name in sorted(names):
        points.setdefault((public[name], private[name]), []).append(name)
    for (public_rank, private_rank), together in sorted(points.items()):
        x, y = place(public_rank), place(private_rank)
        only_references = all(name in reference for name in together)
        colour = _REFERENCE_COLOUR if only_references else _TEAM_COLOUR
        label = html.escape(", ".join(together))
        parts.append(
            f'<g class="point"><circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}">'
            f"<title>{label} : {public_rank} → {private_rank}</title></circle>"
            f'<text x="{x + 11:.1f}" y="{y + 5:.1f}" font-size="14">{label}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _shake_up(rows: list[dict[str, Any]]) -> list[str]:
    """The French paragraphs that explain the shake-up, with this class's own numbers."""
    teams = [row for row in rows if not row.get("reference")]
    public, private = _positions(teams, "score_public"), _positions(teams, "score_prive")
    names = [name for name in public if name in private]
    moved = [name for name in names if public[name] != private[name]]
    lines = [t("challenge.page_shakeup_moved", moved=len(moved), total=len(names))]
    if moved:
        fall = max(moved, key=lambda name: (private[name] - public[name], name))
        if private[fall] > public[fall]:
            lines.append(
                t(
                    "challenge.page_shakeup_fall",
                    team=fall,
                    before=public[fall],
                    after=private[fall],
                )
            )
    lines.append(t("challenge.page_shakeup_why"))
    return lines


def _score_text(row: dict[str, Any], score_key: str, band_key: str) -> str:
    score = row[score_key]
    shown = f"{score:.0f}" if score_key == "score_public" else f"{score:.1f}".replace(".", ",")
    return f"{shown} ± {row.get(band_key, 0):.0f}"


def _table(rows: list[dict[str, Any]], score_key: str, band_key: str) -> str:
    header = "".join(
        f"<th>{html.escape(t(key))}</th>"
        for key in (
            "challenge.page_rank",
            "challenge.page_team",
            "challenge.page_score",
            "challenge.page_submissions",
        )
    )
    body = []
    for row in rank_with_ties(rows, score_key, band_key):
        badges = []
        if row["ex_aequo"]:
            badges.append(f'<span class="ex-aequo">{html.escape(t("challenge.page_tied"))}</span>')
        if row.get("copie"):
            badges.append(f'<span class="copie">{html.escape(t("challenge.page_copy"))}</span>')
        css = "reference" if row.get("reference") else "equipe"
        rank = f"{row['rang']}" + (" =" if row["ex_aequo"] else "")
        body.append(
            f'<tr class="{css}"><td class="rang">{rank}</td>'
            f'<td class="nom">{html.escape(str(row["equipe"]))} {" ".join(badges)}</td>'
            f'<td class="score">{html.escape(_score_text(row, score_key, band_key))}</td>'
            f'<td class="nombre">{int(row.get("soumissions", 0))}</td></tr>'
        )
    waiting = [row for row in rows if row.get(score_key) is None]
    for row in sorted(waiting, key=lambda row: str(row["equipe"])):
        body.append(
            f'<tr class="attente"><td class="rang">–</td>'
            f'<td class="nom">{html.escape(str(row["equipe"]))}</td>'
            f"<td>{html.escape(t('challenge.page_no_submission'))}</td><td>0</td></tr>"
        )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def page_body(directory: str | os.PathLike[str]) -> dict[str, Any]:
    """The board as the page shows it: ``revele``, ``soumissions`` (total), ``lignes``, ``html``.

    Before the reveal nothing private is in it: no private score, no private band.
    """
    folder = Path(directory)
    rows = board(folder)
    revealed = bool(_load_state(folder)["revele"])
    total = sum(int(row.get("soumissions", 0)) for row in rows if not row.get("reference"))
    parts = [f'<p class="total">{html.escape(t("challenge.page_total", count=total))}</p>']
    if revealed:
        parts.append(f"<h2>{html.escape(t('challenge.page_private_heading'))}</h2>")
        parts.append(_table(rows, "score_prive", "bande_prive"))
        parts.append(f"<h2>{html.escape(t('challenge.page_plot_title'))}</h2>")
        parts.append(f'<div class="graphique">{rank_plot_svg(rows)}</div>')
        parts.append('<div class="explication">')
        parts.extend(f"<p>{html.escape(line)}</p>" for line in _shake_up(rows))
        parts.append("</div>")
        parts.append(f"<h2>{html.escape(t('challenge.page_public_was'))}</h2>")
        parts.append(_table(rows, "score_public", "bande_public"))
    else:
        parts.append(f"<h2>{html.escape(t('challenge.page_public_heading'))}</h2>")
        parts.append(_table(rows, "score_public", "bande_public"))
    parts.append(f'<p class="note">{html.escape(t("challenge.page_band_note"))}</p>')
    shown = [
        {key: value for key, value in row.items() if revealed or not key.endswith("prive")}
        for row in rows
    ]
    return {"revele": revealed, "soumissions": total, "lignes": shown, "html": "".join(parts)}


_STYLE = """
body { font-family: sans-serif; margin: 2rem 3rem; color: #111; background: #fff; }
h1 { font-size: 2.4rem; margin: 0 0 .2rem 0; }
h2 { font-size: 1.6rem; margin-top: 1.6rem; }
.question { font-size: 1.3rem; margin: 0 0 1rem 0; }
table { border-collapse: collapse; font-size: 1.5rem; min-width: 60%; }
th, td { padding: .35rem 1rem; border-bottom: 1px solid #ccc; text-align: left; }
td.score, td.nombre, td.rang { text-align: right; font-variant-numeric: tabular-nums; }
tr.reference { color: #555; font-style: italic; }
tr.attente { color: #777; }
.ex-aequo { background: #F0E442; color: #000; border-radius: .3rem; padding: 0 .4rem;
  font-size: 1rem; font-style: normal; }
.copie { background: #D55E00; color: #fff; border-radius: .3rem; padding: 0 .4rem;
  font-size: 1rem; }
.total { font-size: 1.3rem; }
.note, .rafraichi { color: #444; font-size: 1.05rem; max-width: 60rem; }
.explication p { font-size: 1.25rem; max-width: 60rem; }
"""

_SCRIPT = """
(function () {
  var shown = null;
  function refresh() {
    fetch("tableau.json", {cache: "no-store"})
      .then(function (answer) { return answer.json(); })
      .then(function (data) {
        if (data.html && data.html !== shown) {
          document.getElementById("tableau").innerHTML = data.html;
          shown = data.html;
        }
      })
      .catch(function () {})
      .then(function () { setTimeout(refresh, %(milliseconds)d); });
  }
  setTimeout(refresh, %(milliseconds)d);
})();
"""


def page_html(directory: str | os.PathLike[str], *, refresh_seconds: float, nonce: str) -> str:
    """The whole French page, its body already filled in (it works without script too)."""
    body = page_body(directory)["html"]
    script = _SCRIPT % {"milliseconds": max(200, int(refresh_seconds * 1000))}
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{html.escape(t('challenge.page_title'))}</title>"
        f'<style nonce="{nonce}">{_STYLE}</style></head><body>'
        f"<h1>{html.escape(t('challenge.page_title'))}</h1>"
        f'<p class="question">{html.escape(t("challenge.page_question"))}</p>'
        f'<main id="tableau">{body}</main>'
        f'<p class="rafraichi">{html.escape(t("challenge.page_refresh_note"))}</p>'
        f'<script nonce="{nonce}">{script}</script></body></html>'
    )


def _handler(directory: Path, refresh_seconds: float) -> type[BaseHTTPRequestHandler]:
    class BoardHandler(BaseHTTPRequestHandler):
        server_version = "eduia-challenge"
        sys_version = ""

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            try:
                if path == "/":
                    nonce = secrets.token_urlsafe(16)
                    text = page_html(directory, refresh_seconds=refresh_seconds, nonce=nonce)
                    self._send(200, "text/html; charset=utf-8", text.encode("utf-8"), nonce)
                elif path == JSON_PATH:
                    data = json.dumps(page_body(directory), ensure_ascii=False).encode("utf-8")
                    self._send(200, "application/json; charset=utf-8", data)
                else:
                    message = t("challenge.page_not_found").encode("utf-8")
                    self._send(404, "text/plain; charset=utf-8", message)
            except (OSError, ValueError, KeyError, SubmissionError):
                message = t("challenge.page_error", dir=str(directory)).encode("utf-8")
                self._send(500, "text/plain; charset=utf-8", message)

        def _send(self, status: int, kind: str, data: bytes, nonce: str = "") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            allowed = f"'nonce-{nonce}'" if nonce else "'none'"
            self.send_header(
                "Content-Security-Policy",
                f"default-src 'none'; connect-src 'self'; img-src data:; "
                f"script-src {allowed}; style-src {allowed}; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'none'",
            )
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return  # a quiet terminal on the projector

    return BoardHandler


def make_server(
    directory: str | os.PathLike[str],
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    refresh_seconds: float = DEFAULT_REFRESH_SECONDS,
) -> ThreadingHTTPServer:
    """The HTTP server of the class page (not started); ``port=0`` picks a free port.

    Examples
    --------
    >>> server = make_server("/tmp/defi", port=0)  # doctest: +SKIP
    >>> server.server_address[0]  # doctest: +SKIP
    '127.0.0.1'
    """
    folder = Path(directory)
    if not (folder / "enseignant" / "solution.csv").is_file():
        raise SubmissionError(t("challenge.page_no_challenge", dir=str(folder)))
    server = ThreadingHTTPServer((host, port), _handler(folder, refresh_seconds))
    server.daemon_threads = True
    return server


def serve_in_background(
    directory: str | os.PathLike[str], **options: Any
) -> tuple[ThreadingHTTPServer, str]:
    """Start the page in a background thread; return the server and its address (tests, demos).

    Stop it with ``server.shutdown()``.
    """
    server = make_server(directory, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}/"


def serve(
    directory: str | os.PathLike[str],
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    refresh_seconds: float = DEFAULT_REFRESH_SECONDS,
) -> None:
    """Serve the class page until Ctrl+C (prints its address in French first)."""
    server = make_server(directory, host=host, port=port, refresh_seconds=refresh_seconds)
    bound_host, bound_port = server.server_address[:2]
    print(t("challenge.serve_started", url=f"http://{bound_host}:{bound_port}/"), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
