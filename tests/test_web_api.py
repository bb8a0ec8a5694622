"""The web page's JSON API, in-process: the CLI's inputs in, its --json objects out, its
one-line errors with the field they name; the guard's refusals (Host, Origin, token), escaping,
size limits, and the key kept from the page."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from conftest import Result
from sellermail.compose.catalogue import Catalogue
from sellermail.web.app import TOKEN_HEADER, Site, create_app

Run = Callable[..., Result]
URL = "http://127.0.0.1:8765"
CORPUS = Path(__file__).parent / "corpus" / "inbound"
TRACKING = {"tracking_number": "LX123456785CN", "buyer_name": "Emily"}


@pytest.fixture
def site() -> Site:
    return Site(Catalogue(), "127.0.0.1", 8765)


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    """The app with its lifespan: the uploads' folder is removed when it stops."""
    with TestClient(create_app(site), base_url=URL, headers={TOKEN_HEADER: site.token}) as app:
        yield app


def post(client: TestClient, path: str, data: Any) -> Any:
    response = client.post(path, json=data)
    assert response.status_code == 200, response.text
    return response.json()


def cli_json(run: Run, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


@pytest.mark.parametrize(
    ("scenario", "facts", "options"),
    [
        ("shipping-in-transit", TRACKING, {}),
        ("shipping-in-transit", TRACKING, {"tone": "concise", "channel": "ebay"}),
        (
            "wrong-address",
            {"order_id": "113-4567890-1234567", "partial_refund": "5"},
            {"tone": "致歉"},
        ),
        ("ip-complaint-retraction", None, {"channel": "email"}),
    ],
)
def test_render_returns_what_render_json_prints(
    client: TestClient, run: Run, tmp_path: Path, scenario: str, facts: Any, options: dict[str, str]
) -> None:
    if facts is None:  # the scenario's example facts file, as `show --example` writes it
        facts = run("show", scenario, "--example").out
    facts_file = tmp_path / "facts.yaml"
    facts_file.write_text(facts if isinstance(facts, str) else json.dumps(facts), encoding="utf-8")
    flags = [item for name, value in options.items() for item in (f"--{name}", value)]
    expected = cli_json(run, "render", scenario, "--facts", str(facts_file), *flags)
    assert (
        post(client, "/api/render", {"scenario": scenario, "facts": facts, **options}) == expected
    )


def test_a_wrong_value_is_the_clis_line_and_names_its_field(client: TestClient, run: Run) -> None:
    cli = run("render", "shipping-in-transit", "--set", "tracking_number=LX12")
    response = client.post(
        "/api/render",
        json={"scenario": "shipping-in-transit", "facts": {"tracking_number": "LX12"}},
    )
    assert response.status_code == 422
    assert f"error: {response.json()['error']}\n" == cli.err
    assert response.json()["field"] == "tracking_number"


@pytest.mark.parametrize(
    ("inputs", "field"),
    [
        ({"scenario": "nope"}, "scenario"),
        ({"scenario": "shipping-in-transit", "facts": TRACKING, "tone": "loud"}, "tone"),
        ({"scenario": "shipping-in-transit", "facts": TRACKING, "channel": "fax"}, "channel"),
        ({"scenario": "shipping-in-transit", "facts": {}}, "tracking_number"),
        ({"scenario": "shipping-in-transit", "facts": {"carier": "UPS"}}, "carier"),
        ({"scenario": "shipping-in-transit", "facts": "a: [unclosed"}, "facts"),
        ({"facts": TRACKING}, "scenario"),
    ],
)
def test_every_mistake_is_one_line_with_the_field_it_names(
    client: TestClient, inputs: dict[str, Any], field: str
) -> None:
    response = client.post("/api/render", json=inputs)
    assert response.status_code == 422
    body = response.json()
    assert body["field"] == field
    assert body["error"].startswith(f"{field}: ") and "\n" not in body["error"]


def test_a_refused_channel_says_why(client: TestClient) -> None:
    response = client.post(
        "/api/render", json={"scenario": "vip-invitation", "facts": {"program_name": "Maple Club"}}
    )
    assert response.status_code == 422
    assert response.json() == {
        "error": "channel: vip-invitation is refused on amazon: Amazon does not allow marketing "
        "or promotional messages in Buyer-Seller Messaging.",
        "field": "channel",
    }


def test_a_language_renders_as_the_cli_renders_it_and_an_appeal_refuses_one(
    client: TestClient, run: Run
) -> None:
    inputs = {"scenario": "shipping-in-transit", "facts": TRACKING}
    assert post(client, "/api/render", inputs | {"language": "en"}) == post(
        client, "/api/render", inputs
    )
    german = post(client, "/api/render", inputs | {"language": "de"})
    assert german["language"] == "de" and "LX123456785CN" in german["body"]
    response = client.post(
        "/api/render", json={"scenario": "appeal-odr", "facts": {"store_name": "Maple"},
                             "language": "de"}
    )  # fmt: skip
    assert response.status_code == 422
    assert response.json()["field"] == "language"
    assert "written in English" in response.json()["error"]


def test_check_returns_check_json_with_the_spans_of_the_offending_words(
    client: TestClient, run: Run, tmp_path: Path
) -> None:
    draft = "Hi there,\n\nYour package LX123456758CN will arrive in 7–10 days.\n\nPlease leave us a 5-star review!\n"
    (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
    expected = cli_json(run, "check", "shipping-in-transit", str(tmp_path / "draft.txt"),
                        "--set", "tracking_number=LX123456785CN")  # fmt: skip
    found = post(client, "/api/check", {"scenario": "shipping-in-transit",
                 "facts": "tracking_number: LX123456785CN\n", "draft": draft})  # fmt: skip
    assert found == expected
    spans = {draft[v["span"][0] : v["span"][1]] for v in found["violations"] if v["span"]}
    assert {"LX123456758CN", "5-star review"} <= spans


def test_polish_without_a_model_returns_polish_json_and_says_why_in_the_notes(
    client: TestClient, run: Run
) -> None:
    args = ["polish", "shipping-in-transit", "--set", "tracking_number=LX123456785CN"]
    expected = cli_json(run, *args, "--set", "buyer_name=Emily")
    response = client.post(
        "/api/polish", json={"scenario": "shipping-in-transit", "facts": TRACKING}
    )
    assert response.json() == expected
    assert response.json()["source"] == "offline"
    assert "no API key" in json.loads(response.headers["x-sellermail-notes"])[0]


def test_triage_returns_triage_json(client: TestClient, run: Run) -> None:
    path = CORPUS / "001-where-is-parcel-us.txt"
    expected = cli_json(run, "triage", str(path))
    assert post(client, "/api/triage", {"message": path.read_text(encoding="utf-8")}) == expected


def test_scenarios_are_list_json(client: TestClient, run: Run) -> None:
    assert client.get("/api/scenarios").json() == cli_json(run, "list")


def test_facts_saved_as_yaml_read_back_as_the_same_facts(
    client: TestClient, run: Run, tmp_path: Path
) -> None:
    facts = {"tracking_number": "LX123456785CN", "transit_days": "0012-15", "buyer_name": "李伟"}
    saved = post(client, "/api/facts/yaml", {"scenario": "shipping-in-transit", "facts": facts})
    assert saved["name"] == "shipping-in-transit.yaml"
    assert post(client, "/api/facts/read", {"text": saved["yaml"]}) == {"facts": facts}
    (tmp_path / saved["name"]).write_text(saved["yaml"], encoding="utf-8")
    assert run("render", "shipping-in-transit", "--facts", str(tmp_path / saved["name"])).code == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"host": "attacker.example:8765"},  # DNS rebinding: the attacker's name for 127.0.0.1
        {"host": "127.0.0.1:9999"},
        {"origin": "http://attacker.example"},
        {"origin": "null"},
    ],
)
def test_a_foreign_host_or_origin_is_refused(client: TestClient, headers: dict[str, str]) -> None:
    for response in (
        client.get("/", headers=headers),
        client.get("/api/scenarios", headers=headers),
        client.post(
            "/api/render",
            json={"scenario": "shipping-in-transit", "facts": TRACKING},
            headers=headers,
        ),
    ):
        assert response.status_code == 403
        assert response.json()["field"] is None


def test_the_pages_own_address_and_origin_are_served(client: TestClient) -> None:
    for host in ("127.0.0.1:8765", "localhost:8765"):
        headers = {"host": host, "origin": f"http://{host}"}
        inputs = {"scenario": "shipping-in-transit", "facts": TRACKING}
        assert client.post("/api/render", json=inputs, headers=headers).status_code == 200


@pytest.mark.parametrize("token", [None, "", "guessed"])
def test_a_change_without_the_pages_token_is_refused(site: Site, token: str | None) -> None:
    headers = {TOKEN_HEADER: token} if token is not None else {}
    client = TestClient(create_app(site), base_url=URL, headers=headers)
    inputs = {"scenario": "shipping-in-transit", "facts": TRACKING}
    response = client.post("/api/render", json=inputs)
    assert response.status_code == 403
    assert "token" in response.json()["error"]
    assert client.get("/").status_code == 200  # reading the page needs none
    assert f'content="{site.token}"' in client.get("/").text


def test_every_value_in_the_html_is_escaped(tmp_path: Path) -> None:
    """A user's template may come from anyone: its titles and help are shown as text."""
    hostile = "<script>alert(1)</script>"
    (tmp_path / "hostile.j2").write_text(
        "---\n"
        "id: hostile\n"
        f'title: "Title {hostile}"\n'
        f'title_zh: "标题 {hostile}"\n'
        "category: shipping\nrecipient: buyer\ntone: friendly\nchannels: [amazon]\n"
        f'fields:\n  note:\n    type: text\n    help: "Help {hostile}"\n    default: "{hostile}"\n'
        "example: {}\n---\nHello {{ note }}\n",
        encoding="utf-8",
    )
    site = Site(Catalogue(tmp_path), "127.0.0.1", 8765)
    client = TestClient(create_app(site), base_url=URL, headers={TOKEN_HEADER: site.token})
    page = client.get("/?scenario=hostile")
    assert page.status_code == 200
    assert hostile not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_uploads_and_requests_over_their_limits_are_refused(client: TestClient) -> None:
    from sellermail.web.api import JSON_LIMIT, UPLOAD_LIMIT

    big = client.post("/api/inbox/file?name=big.txt", content=b"x" * (UPLOAD_LIMIT + 1))
    assert big.status_code == 413
    assert big.json() == {
        "error": "message 'big.txt': is larger than 10 MB (10,485,760 bytes at most)",
        "field": None,
    }
    draft = "y" * JSON_LIMIT
    assert (
        client.post(
            "/api/check", json={"scenario": "shipping-in-transit", "draft": draft}
        ).status_code
        == 413
    )


def test_the_api_key_never_reaches_the_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "sk-proj-" + "Q7x9" * 10
    monkeypatch.setenv("OPENAI_API_KEY", key)
    responses = [client.get(path) for path in ("/", "/check", "/inbox", "/batch", "/api/scenarios")]
    pasted = {"scenario": "shipping-in-transit", "facts": TRACKING | {"status": f"key {key}"}}
    responses += [
        client.post("/api/render", json=pasted),
        client.post("/api/polish", json=pasted | {"offline": True}),
    ]
    assert responses[-1].status_code == 422
    for response in responses:
        assert key not in response.text and key not in str(response.headers)


def test_a_dropped_message_gets_its_triage_and_the_reply_draft_to_open(client: TestClient) -> None:
    path = CORPUS / "004-wo-bleibt-paket-dhl-de.eml"
    found = client.post(f"/api/inbox/file?name={path.name}", content=path.read_bytes()).json()
    assert found["file"] == path.name
    assert found["kind"] == "buyer-where-is-my-order" and found["language"] == "de"
    draft = found["draft"]
    assert draft["scenario"] == found["scenario"]
    assert set(draft["from_message"]) == set(draft["facts"]) and "tracking_number" in draft["facts"]
    assert (
        "tracking_number" not in found["facts"]
        or found["facts"]["tracking_number"] == draft["facts"]["tracking_number"]
    )


def test_a_folder_is_triaged_file_by_file(client: TestClient, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes((CORPUS / "001-where-is-parcel-us.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    found = post(client, "/api/inbox/folder", {"folder": str(tmp_path)})
    assert [entry["file"] for entry in found] == ["a.txt", "empty.txt"]
    assert found[0]["kind"] and "error" in found[1]
    missing = client.post("/api/inbox/folder", json={"folder": str(tmp_path / "none")})
    assert missing.status_code == 422


def test_a_batch_shows_its_columns_and_errors_then_runs_and_downloads(client: TestClient) -> None:
    import time

    sheet = "订单号,跟踪号,买家姓名\n113-4567890-1234567,LX123456785CN,Emily\n113-4567890-1234568,LX12,Sam\n"
    preview = client.post("/api/batch?name=orders.csv&scenario=shipping-in-transit",
                          content=sheet.encode("utf-8")).json()  # fmt: skip
    assert preview["mapping"] == {
        "订单号": "order_id",
        "跟踪号": "tracking_number",
        "买家姓名": "buyer_name",
    }
    assert preview["rows"] == 2 and preview["valid"] == 1 and preview["error_count"] == 1
    assert preview["errors"][0]["row"] == 3 and preview["errors"][0]["error"].startswith(
        "tracking_number: 'LX12'"
    )
    job = preview["job"]
    assert post(client, f"/api/batch/{job}/run", {"offline": True})["state"] in ("running", "done")
    for _ in range(200):
        progress = client.get(f"/api/batch/{job}").json()
        if progress["state"] != "running":
            break
        time.sleep(0.05)
    assert progress["state"] == "done" and progress["finished"] == 2 and progress["errors"] == 1
    lines = [
        json.loads(line) for line in client.get(f"/api/batch/{job}/results.jsonl").text.splitlines()
    ]
    assert [line["row"] for line in lines] == [2, 3] and lines[0]["source"] == "offline"
    assert client.get(f"/api/batch/{job}/results.csv").content.startswith("\ufeff".encode())


def test_a_column_no_field_takes_stops_the_batch_before_it_runs(client: TestClient) -> None:
    response = client.post("/api/batch?name=orders.csv&scenario=shipping-in-transit",
                           content=b"tracking_number,colour\nLX123456785CN,red\n")  # fmt: skip
    assert response.status_code == 422
    assert response.json()["field"] == "columns" and "'colour'" in response.json()["error"]


def test_serve_on_a_port_in_use_is_one_line(run: Run) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port))
    assert result.code == 2
    assert result.err == f"error: --port {port}: is in use; choose another with --port\n"


def test_the_page_loads_no_model_client_until_a_polish() -> None:
    script = (
        "import sys\n"
        "from starlette.testclient import TestClient\n"
        "from sellermail.compose.catalogue import Catalogue\n"
        "from sellermail.web.app import Site, create_app\n"
        "site = Site(Catalogue(), '127.0.0.1', 1)\n"
        "c = TestClient(create_app(site), base_url='http://127.0.0.1:1', headers={'x-sellermail-token': site.token})\n"
        "c.get('/'); c.post('/api/render', json={'scenario': 'shipping-in-transit', 'facts': {'tracking_number': 'LX123456785CN'}})\n"
        "print('openai' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout == "False\n"


def test_bound_to_every_address_the_page_answers_to_this_machines_names_only() -> None:
    import socket

    site = Site(Catalogue(), "0.0.0.0", 8765)
    client = TestClient(create_app(site), base_url=URL)
    assert site.url == f"http://{socket.gethostname()}:8765/"
    for host in (f"{socket.gethostname()}:8765", "127.0.0.1:8765"):
        assert client.get("/", headers={"host": host}).status_code == 200
    assert client.get("/", headers={"host": "attacker.example:8765"}).status_code == 403


def test_an_unforeseen_failure_is_one_line_not_a_traceback(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sellermail.pipeline.check

    def broken(*_: Any, **__: Any) -> None:
        raise ValueError("unexpected\nstate")

    monkeypatch.setattr(sellermail.pipeline.check, "check", broken)
    response = client.post("/api/check", json={"scenario": "shipping-in-transit", "draft": "x"})
    assert response.status_code == 500
    assert response.json() == {
        "error": "/api/check: could not be done (ValueError: unexpected state)",
        "field": None,
    }


def test_the_uploads_folder_goes_when_the_server_stops(site: Site) -> None:
    with TestClient(create_app(site), base_url=URL, headers={TOKEN_HEADER: site.token}) as client:
        preview = client.post("/api/batch?name=orders.csv&scenario=shipping-in-transit",
                              content=b"tracking_number\nLX123456785CN\n").json()  # fmt: skip
        folders = list(Path(tempfile.gettempdir()).glob(f"sellermail-web-*/{preview['job']}"))
        assert len(folders) == 1 and (folders[0] / "orders.csv").is_file()
        assert oct(folders[0].parent.stat().st_mode & 0o777) == "0o700"
    assert not folders[0].parent.exists()


def test_polish_sends_the_message_to_the_configured_model_and_keeps_its_key(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fakeserver import FakeLLM, Reply

    key = "sk-test-" + "k3y" * 12
    with FakeLLM([Reply(echo=True)]) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", key)
        response = client.post(
            "/api/polish", json={"scenario": "shipping-in-transit", "facts": TRACKING}
        )
        assert server.received[0].headers["authorization"] == f"Bearer {key}"
    polished = response.json()
    assert (polished["source"], polished["attempts"]) == ("llm", 1)
    assert "LX123456785CN" in polished["text"]
    assert key not in response.text and key not in str(response.headers)


def test_a_websocket_is_closed_at_once(client: TestClient) -> None:
    from starlette.websockets import WebSocketDisconnect

    with pytest.raises(WebSocketDisconnect) as closed, client.websocket_connect("/") as socket:
        socket.receive_text()
    assert closed.value.code == 1008


def test_serve_prints_its_url_serves_the_page_and_ctrl_c_ends_it_with_130() -> None:
    import signal
    import urllib.request

    process = subprocess.Popen([sys.executable, "-m", "sellermail", "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("sellermail: serving on http://127.0.0.1:") and line.endswith(
            "/ (Ctrl-C stops)\n"
        )
        with urllib.request.urlopen(line.split()[3], timeout=10) as page:
            assert 'form id="compose"' in page.read().decode()
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=15)
    finally:
        process.kill()
    assert process.returncode == 130
    assert "Traceback" not in err


def test_a_broken_template_of_the_users_is_its_one_line_on_the_page(tmp_path: Path) -> None:
    (tmp_path / "broken.j2").write_text("---\nid: broken\ntitle: [unclosed\n---\n", "utf-8")
    site = Site(Catalogue(tmp_path), "127.0.0.1", 8765)
    page = TestClient(create_app(site), base_url=URL).get("/")
    assert page.status_code == 422
    assert page.text.startswith("<!doctype html>") and "error: template" in page.text


def test_an_xlsx_upload_is_read_like_the_cli_reads_it(client: TestClient, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["订单号", "跟踪号"])
    sheet.append(["113-4567890-1234567", "LX123456785CN"])
    book.save(tmp_path / "orders.xlsx")
    preview = client.post(
        "/api/batch?name=orders.xlsx&scenario=shipping-in-transit",
        content=(tmp_path / "orders.xlsx").read_bytes(),
    ).json()
    assert preview["mapping"] == {"订单号": "order_id", "跟踪号": "tracking_number"}
    assert (preview["rows"], preview["valid"], preview["errors"]) == (1, 1, [])
